import ArgumentParser
import DyadCore

/// `dyad timeline`: the whole history in order, event by event.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the whole history, event by event, in chronological order.",
        usage: "dyad timeline\n  dyad timeline --history my-history.yaml --format json"
    )

    @OptionGroup var options: HistoryOptions

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let history = try options.load()
            let chronicle = Chronicle(history)
            if options.format == .json {
                Terminal.out(DyadJSON.encode(chronicle.chronologicalEvents) + "\n")
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
