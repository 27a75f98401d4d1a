import ArgumentParser
import DyadCore

/// `dyad explain ENTITY [--at DATE]`: the status of one entity and the events and sources behind it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one actor or institution: its status, the events behind it and their sources.",
        usage: "dyad explain NIO --at 2022-01-01\n  dyad explain \"NATO-Russia Council\""
    )

    @Argument(help: ArgumentHelp("An id, name or alias (case does not matter).", valueName: "entity")) var entity: String
    @Option(name: .long, help: ArgumentHelp("Explain the status on this date (EDTF); default: the whole history.", valueName: "date"))
    var at: String?
    @OptionGroup var options: HistoryOptions

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let date = try at.map { text throws(DyadError) in try parseDate(text, option: "--at") }
            let history = try options.load()
            let ref = try history.resolve(entity)
            let chronicle = Chronicle(history)
            let explanation = chronicle.explain(ref, at: date)
            if options.format == .json {
                Terminal.out(DyadJSON.encode(explanation) + "\n")
                return 0
            }
            Terminal.out(render(explanation, chronicle: chronicle))
            return 0
        }
    }

    private func render(_ x: Explanation, chronicle: Chronicle) -> String {
        var out = "\(x.entity.name) (\(x.entity.id))"
        if case .institution(let i) = x.entity { out += ", \(i.kind.rawValue)" }
        out += "\n"
        if let state = x.state, let date = x.date {
            out += "\nOn \(date.text): \(Describe.status(state)), since \(Describe.since(state))\n"
            if let c = Describe.caveat(state) { out += "  \(c)\n" }
        } else if case .institution(let i) = x.entity {
            out += "\nStatus over time\n"
            var t = Table("FROM", "TO", "STATUS", "BECAUSE OF")
            for span in chronicle.intervals(of: i.id) {
                t.add(span.start?.text ?? "…", span.end?.text ?? "…", span.status.rawValue, span.startEvent.map { "\($0.type.rawValue) (\($0.id))" } ?? "")
            }
            out += t.render(indent: "  ")
        }
        out += "\nEvents\(x.date.map { " up to \($0.text)" } ?? "")\n"
        if x.chain.isEmpty { out += "  none\n" }
        for e in x.chain {
            out += "  \(e.date.text)  \(e.type.rawValue)  \(Describe.roles(e))  (\(e.id))\n"
            if let note = e.note { out += "      \(note)\n" }
            let cited = e.sources.map { c in c.source + (c.locator.map { ", \($0)" } ?? "") }
            if !cited.isEmpty { out += "      sources: \(cited.joined(separator: "; "))\n" }
        }
        if !x.sources.isEmpty {
            out += "\nSources\n"
            for s in x.sources {
                out += "  [\(s.id)] \(s.title). \(s.publisher)\(s.date.map { ", \($0.text)" } ?? "").\(s.url.map { " \($0)" } ?? "")\n"
            }
        }
        return out
    }
}
