import ArgumentParser
import DyadCore
import DyadEventData
import DyadStore
import Foundation

/// `dyad events`: coded event data (GDELT, ICEWS, POLECAT) in a database, and a dyad's index over time.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Import GDELT, ICEWS and POLECAT event data and compute a dyad's cooperation–conflict index.",
        subcommands: [EventsImportCommand.self, EventsIndexCommand.self]
    )
}

extension EventFormat: ExpressibleByArgument {}
extension Granularity: ExpressibleByArgument {}

/// The history named by `--history`, else the built-in one. These commands print their own formats
/// (`--format` means cameo/plover or table/csv/json), so they take `--history` alone rather than `HistoryOptions`.
func loadHistory(path: String?) throws(DyadError) -> History {
    if let path { return try HistoryFile.load(path: path) }
    return try History.builtIn()
}

/// Runs an event-data command body, printing an `EventDataError` as one line with its exit code.
func runEventData(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as EventDataError {
        Terminal.err("dyad: error: \(error.description)\n")
        throw ExitCode(error.exitCode)
    } catch let error as DyadError {
        Terminal.err("dyad: error: \(error.description)\n")
        throw ExitCode(error.code.exitCode)
    }
}

/// The note for rows the streaming index left out of `what`: rows between the pair that did not parse, and rows
/// too broken (too few fields) to tell whose they are, which are counted rather than assumed to be someone else's.
func leftOutNote(file: String, count: Int, of what: String) -> String {
    let rows = count == 1 ? "row" : "rows"
    return "\(file): \(count) malformed \(rows) (between the two actors, or too broken to tell) left out of the \(what)\n"
}
