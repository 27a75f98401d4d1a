import ArgumentParser
import DyadCore

/// `dyad state --at DATE`: what stood between the two actors on a date.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Show the status of every institution and channel on a date.",
        usage: "dyad state --at 2010-01-01\n  dyad state --at 2015 --format json --history my-history.yaml",
        discussion: """
            A date inside the span of a fuzzy event date (say 2009-04-15 against a resumption dated \
            spring 2009, 2009-21) answers "possibly", marked with `?`, never a false yes or no.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The date to look at (EDTF: 2010, 2010-01, 2010-01-01, 2009-21).", valueName: "date"))
    var at: String

    @OptionGroup var options: HistoryOptions

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let date = try parseDate(at, option: "--at")
            let history = try options.load()
            let snapshot = Chronicle(history).snapshot(at: date)
            Terminal.out(options.format == .json ? DyadJSON.encode(snapshot) + "\n" : StateReport.render(snapshot, history: history))
            return 0
        }
    }
}

/// The table form of a snapshot.
enum StateReport {
    static func render(_ snapshot: Snapshot, history: History) -> String {
        var out = "\(history.title) on \(snapshot.date.text)"
        if snapshot.date.earliest != snapshot.date.latest {
            out += " (\(snapshot.date.earliest) to \(snapshot.date.latest))"
        }
        out += "\n"
        var caveats: [String] = []
        for kind in InstitutionKind.allCases {
            let entries = snapshot.entries.filter { $0.institution.kind == kind }
            guard !entries.isEmpty else { continue }
            out += "\n\(kind.heading)\n"
            var table = Table("ID", "NAME", "STATUS", "SINCE", "PARTS")
            for e in entries {
                let parts = e.parts.map { "\($0.actor.id) \(Describe.status($0.state))" }.joined(separator: ", ")
                table.add(e.institution.id, e.institution.name, Describe.status(e.state), Describe.since(e.state), parts)
                if let c = Describe.caveat(e.state) { caveats.append("\(e.institution.id): \(c)") }
            }
            out += table.render(indent: "  ")
        }
        if !caveats.isEmpty {
            out += "\n? marks a status that is possible, not certain:\n"
            for c in caveats { out += "  \(c)\n" }
        }
        return out
    }
}
