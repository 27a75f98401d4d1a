import ArgumentParser
import DyadCore
import Foundation

/// Writes to standard output and standard error, and turns errors into exit codes.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Runs a command body, printing a DyadError as one line on standard error with its exit code.
    static func run(_ body: () throws(DyadError) -> Int32) throws(ExitCode) {
        let code: Int32
        do {
            code = try body()
        } catch {
            err("dyad: error: \(error.description)\n")
            throw ExitCode(error.code.exitCode)
        }
        if code != 0 { throw ExitCode(code) }
    }
}

