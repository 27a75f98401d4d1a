import ArgumentParser
import DyadCore
import DyadEventData
import DyadStore
import Foundation

/// How `dyad events index` prints the series.
enum IndexOutput: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// `dyad events index --dyad A:B`: a dyad's cooperation–conflict index per period, from the database or a file.
struct EventsIndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "A dyad's event count, Goldstein mean and sum, and quad-class shares per period and direction.",
        usage: "dyad events index --dyad NATO:RUS --by year\n  dyad events index --dyad RUS:UKR --file events.tab --format csv",
        discussion: """
            Actors match by name, code and alias: the history's actors (ids, names, aliases, codes) and a built-in \
            table of dataset names (RUS is also ICEWS's "Russian Federation"; NATO is also GDELT's NAT). A side of an \
            event counts as an actor when its principal (the bracketed owner of a name like "Police (Ukraine)", or \
            GDELT's known-group code) or its country is one of these. With --file, the index is computed straight \
            from the file without a database.
            """
    )

    @Option(help: "The two actors, A:B (ids, codes or names).")
    var dyad: String

    @Option(help: "Period: month, quarter or year.")
    var by: Granularity = .month

    @Option(help: "First date counted (2018, 2018-06 or 2018-06-01).")
    var from: String?

    @Option(help: "Last date counted.")
    var to: String?

    @Option(help: "A SQLite file or postgres:// URL to read the events from.")
    var db: String = "dyad.sqlite"

    @Option(help: "Compute straight from this event file instead of the database.")
    var file: String?

    @Option(help: "The format of --file, when detection is not wanted.")
    var fileFormat: EventFormat?

    @Option(help: "A history file whose actors' aliases to use instead of the built-in history's.")
    var history: String?

    @Option(help: "Output: table, csv or json.")
    var format: IndexOutput = .table

    func run() async throws {
        try await runEventData {
            let loaded = try loadHistory(path: history)
            let spec = try DyadSpec.parse(dyad, history: loaded)
            let fromDay = try from.map { try Self.day($0, option: "--from", last: false) }
            let toDay = try to.map { try Self.day($0, option: "--to", last: true) }
            let series: IndexSeries
            if let file {
                let result = try StreamingIndex.compute(path: file, format: fileFormat, dyad: spec, by: by, from: fromDay, to: toDay)
                for issue in result.malformed.prefix(20) { Terminal.err("\(file):\(issue.line): \(issue.message)\n") }
                if result.malformedCount > 0 {
                    Terminal.err(leftOutNote(file: file, count: result.malformedCount, of: "index"))
                }
                series = result.series
            } else {
                let store = try await EventStore.open(db)
                series = try await store.index(dyad: spec, by: by, from: fromDay, to: toDay)
                try await store.close()
            }
            switch format {
            case .table: Terminal.out(series.table())
            case .csv: Terminal.out(series.csv())
            case .json: Terminal.out(series.json() + "\n")
            }
        }
    }

    /// An EDTF date's first or last day as `yyyymmdd`.
    static func day(_ text: String, option: String, last: Bool) throws -> Int {
        let date = try parseDate(text, option: option)
        let (y, m, d) = (last ? date.latest : date.earliest).civil
        return y * 10000 + m * 100 + d
    }
}
