import ArgumentParser
import DyadCore
import DyadRender
import Foundation

/// `dyad timeline`: the whole history in order, event by event.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the whole history, event by event, in chronological order.",
        usage: "dyad timeline\n  dyad timeline --history my-history.yaml --format json"
    )

    @OptionGroup var options: HistoryOptions

    @Option(name: .long, help: "lanes: one lane per institution over the years (default on a terminal); list: one event a line.")
    var style: TimelineStyle?

    @Option(name: .long, help: "Columns to fill with lanes (default: the terminal's width).")
    var width: Int?

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let history = try options.load()
            let chronicle = Chronicle(history)
            if options.format == .json {
                Terminal.out(DyadJSON.encode(chronicle.chronologicalEvents) + "\n")
                return 0
            }
            let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
            if (style ?? (terminal.isTerminal ? .lanes : .list)) == .lanes {
                let lanes = TerminalTimelineOptions(width: width ?? terminal.width, color: terminal.color)
                Terminal.out(TerminalTimeline.render(chronicle, options: lanes))
                return 0
            }
            var out = "\(history.title): \(history.events.count) events\n\n"
            var t = Table("DATE", "TYPE", "WHO → WHAT", "NOTE")
            for e in chronicle.chronologicalEvents {
                var note = e.note ?? ""
                if note.count > 90 { note = String(note.prefix(89)) + "…" }
                t.add(e.date.text, e.type.rawValue, Describe.roles(e), note)
            }
            out += t.render()
            Terminal.out(out)
            return 0
        }
    }
}
