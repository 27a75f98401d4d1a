import DyadCore
import Foundation

/// Writes a command's output to a file, or to standard output when no file is named.
enum OutputFile {
    /// Writes atomically (a temporary file, then a rename), so a failure never leaves half a file behind.
    static func write(_ text: String, to path: String?) throws(DyadError) {
        guard let path, path != "-" else {
            Terminal.out(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DyadError(.io, "cannot write `\(path)`: \(error.localizedDescription)")
        }
    }
}

/// Reads the history file at `path`, or the built-in history when there is none.
func loadHistory(_ path: String?) throws(DyadError) -> History {
    if let path { return try HistoryFile.load(path: path) }
    return try History.builtIn()
}
