import ArgumentParser
import DyadExtract
import Foundation

/// `dyad eval GOLD EVENTS`: precision, recall, F1 and date precision of extracted events against a gold file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extracted events against a gold file (the same figures as score.py).",
        usage: "dyad extract doc.txt > out.jsonl && dyad eval gold.json out.jsonl --verbose",
        discussion: "Exit status: 0, or 1 when --min-f1 is given and not reached; 65 unreadable input."
    )

    @Argument(help: ArgumentHelp("The gold file (JSON: entities and events).", valueName: "gold")) var gold: String
    @Argument(help: ArgumentHelp("Extracted events: JSON Lines or a JSON array.", valueName: "events")) var events: String
    @Flag(name: .long, help: "List misses, extras and imprecise dates.") var verbose = false
    @Flag(name: .long, help: "Print the figures as one JSON object.") var json = false
    @Option(name: .customLong("min-f1"), help: "Exit 1 when F1 is below this.") var minF1: Double?

    func run() throws {
        guard let g = FileManager.default.contents(atPath: gold) else { Terminal.err("dyad: error: \(gold): cannot read\n"); throw ExitCode(66) }
        guard let e = FileManager.default.contents(atPath: events) else { Terminal.err("dyad: error: \(events): cannot read\n"); throw ExitCode(66) }
        let ev: Evaluation
        do { ev = try Evaluation(gold: g, events: e) } catch {
            Terminal.err("dyad: error: \(error.message)\n")
            throw ExitCode(error.code)
        }
        var out = ""
        if json {
            out += String(format: "{\"document\": %@, \"required\": %d, \"extracted\": %d, \"tp\": %d, \"fp\": %d, \"fn\": %d, \"precision\": %.3f, \"recall\": %.3f, \"f1\": %.3f, \"date_precise\": %.3f}\n",
                EventWriter.jsonString(ev.document), ev.required, ev.extracted, ev.truePositives, ev.falsePositives, ev.falseNegatives, ev.precision, ev.recall, ev.f1, ev.datePrecise)
        }
        if verbose {
            for l in ev.misses + ev.extras + ev.imprecise { out += l + "\n" }
        }
        if !json { out += ev.summary + "\n" }
        Terminal.out(out)
        if let minF1, ev.f1 < minF1 { throw ExitCode(1) }
    }
}
