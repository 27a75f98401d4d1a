import ArgumentParser
import DyadCore

/// `dyad diff FROM TO`: what changed between two dates, and which event changed it.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two dates, and why.",
        usage: "dyad diff 2008 2015\n  dyad diff 2021-01-01 2022-01-01 --format json"
    )

    @Argument(help: ArgumentHelp("The earlier date (EDTF).", valueName: "from")) var from: String
    @Argument(help: ArgumentHelp("The later date (EDTF).", valueName: "to")) var to: String
    @OptionGroup var options: HistoryOptions

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let start = try parseDate(from, option: "FROM")
            let end = try parseDate(to, option: "TO")
            guard start.earliest <= end.latest else {
                throw DyadError(.usage, "FROM (\(from)) must not come after TO (\(to))")
            }
            let history = try options.load()
            let chronicle = Chronicle(history)
            let changes = chronicle.changes(from: start, to: end)
            if options.format == .json {
                Terminal.out(DyadJSON.encode(changes) + "\n")
                return 0
            }
            var out = "\(history.title): changes after \(start.text) up to \(end.text)\n"
            let statusChanges = changes.filter { $0.before != nil }
            let points = changes.filter { $0.before == nil }
            if statusChanges.isEmpty && points.isEmpty { out += "\nNothing changed.\n" }
            if !statusChanges.isEmpty {
                out += "\nStatus changes\n"
                var t = Table("DATE", "ENTITY", "CHANGE", "EVENT", "")
                for c in statusChanges {
                    t.add(
                        c.event.date.text, c.entity ?? "", "\(c.before!.rawValue) → \(c.after!.rawValue)",
                        "\(c.event.type.rawValue) (\(c.event.id))", c.certainty == .possible ? "possibly in the window" : "")
                }
                out += t.render(indent: "  ")
            }
            if !points.isEmpty {
                out += "\nOther events\n"
                var t = Table("DATE", "TYPE", "WHO → WHAT", "EVENT")
                for c in points { t.add(c.event.date.text, c.event.type.rawValue, Describe.roles(c.event), c.event.id) }
                out += t.render(indent: "  ")
            }
            Terminal.out(out)
            return 0
        }
    }
}
