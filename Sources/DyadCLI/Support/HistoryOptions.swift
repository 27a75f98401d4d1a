import ArgumentParser
import DyadCore
import Foundation

/// How a command prints its answer.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json
}

/// The options every query command shares: which history to read and how to print.
public struct HistoryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A history file to read instead of the built-in NATO–Russia history.", valueName: "file"))
    public var history: String?

    @Option(name: .long, help: "Output format: table for people, json for programs.")
    public var format: OutputFormat = .table

    public init() {}

    /// Loads the chosen history.
    func load() throws(DyadError) -> History {
        if let history { return try HistoryFile.load(path: history) }
        return try History.builtIn()
    }
}

/// Parses a date typed on the command line: any EDTF value (`2010`, `2010-01-01`, `2009-21`, `1995/1999`).
func parseDate(_ text: String, option: String) throws(DyadError) -> EDTFDate {
    do {
        return try EDTFDate(text.trimmingCharacters(in: .whitespaces))
    } catch {
        throw DyadError(
            .usage,
            "\(option): expected a date like 2010, 2010-01 or 2010-01-01 (any EDTF value), found `\(text)`: \(error.message)")
    }
}
