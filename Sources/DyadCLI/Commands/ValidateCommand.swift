import ArgumentParser
import DyadCore

/// `dyad validate FILE`: reads a history strictly and reports what looks wrong.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a history file: its shape, dates and references, then the consistency of its events.",
        usage: "dyad validate my-history.yaml\n  dyad validate --builtin",
        discussion: "Exit status: 0 no findings, 1 findings (warnings), 65 the file cannot be read as a history."
    )

    @Argument(help: ArgumentHelp("The history file to check.", valueName: "file")) var file: String?
    @Flag(name: .long, help: "Check the built-in history instead of a file.") var builtin = false
    @Option(name: .long, help: "Output format: table for people, json for programs.") var format: OutputFormat = .table

    func validate() throws {
        if file == nil && !builtin { throw ValidationError("name a history file to check, or pass --builtin") }
        if file != nil && builtin { throw ValidationError("name a file or pass --builtin, not both") }
    }

    struct Report: Encodable {
        var file: String
        var actors, institutions, sources, events: Int
        var warnings: [Diagnostic]
    }

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let history: History
            if let file { history = try HistoryFile.load(path: file) } else { history = try History.builtIn() }
            let name = file ?? History.builtInName
            let warnings = Chronicle(history).warnings
            if format == .json {
                Terminal.out(
                    DyadJSON.encode(
                        Report(
                            file: name, actors: history.actors.count, institutions: history.institutions.count,
                            sources: history.sources.count, events: history.events.count, warnings: warnings)) + "\n")
            } else {
                for w in warnings { Terminal.out("\(w)\n") }
                Terminal.out(
                    "\(name): \(history.actors.count) actors, \(history.institutions.count) institutions, "
                        + "\(history.sources.count) sources, \(history.events.count) events; "
                        + (warnings.isEmpty ? "no findings\n" : "\(warnings.count) finding\(warnings.count == 1 ? "" : "s")\n"))
            }
            return warnings.isEmpty ? 0 : 1
        }
    }
}
