import ArgumentParser
import DyadCore
import DyadEventData

/// The event-data formats `dyad export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case cameo, plover
}

/// `dyad export --format cameo|plover`: the history's events as ICEWS-style rows or PLOVER records.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the history's events as ICEWS-style CAMEO rows (TSV) or PLOVER JSON records (JSON Lines).",
        usage: "dyad export --format cameo > events.tab\n  dyad export --format plover --history my.yaml",
        discussion: "Codes come from one table, documented in docs/eventdata.md. Dates are the first day of each event's EDTF interval."
    )

    @Option(help: "cameo (ICEWS-style tab-separated rows) or plover (JSON Lines).")
    var format: ExportFormat

    @Option(name: .long, help: ArgumentHelp("A history file to read instead of the built-in NATO–Russia history.", valueName: "file"))
    var history: String?

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let loaded = try loadHistory(path: history)
            switch format {
            case .cameo: Terminal.out(EventExport.cameoTSV(loaded))
            case .plover: Terminal.out(EventExport.ploverJSONLines(loaded))
            }
            return 0
        }
    }
}
