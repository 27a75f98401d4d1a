import DyadExtract
import Foundation
import Testing

@Suite("Evaluation agrees with score.py")
struct EvaluationTests {
    /// The seed document: our own output, scored by Evaluation and, when python3 is there, by score.py itself.
    @Test(.enabled(if: Support.hasSharedEval)) func seedFiguresMatchScorePy() throws {
        let seed = Support.sharedEval.appendingPathComponent("seed")
        let text = try String(contentsOf: seed.appendingPathComponent("nato-russia-relations.txt"), encoding: .utf8)
        let events = try Extractor().extract(text: text, document: "nato-russia-relations.txt")
        let gold = try Data(contentsOf: seed.appendingPathComponent("gold.json"))
        let ev = try Evaluation(gold: gold, events: Support.jsonl(events))
        #expect(ev.f1 >= 0.9)
        #expect(ev.datePrecise >= 0.9)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-eval-\(UUID().uuidString).jsonl")
        try Support.jsonl(events).write(to: out)
        defer { try? FileManager.default.removeItem(at: out) }
        if let line = try Self.scorePy(gold: seed.appendingPathComponent("gold.json"), events: out) {
            #expect(line == ev.summary)
        }
    }

    /// A hand-made events file with a miss, an extra, an optional match and an imprecise date; figures checked by hand against score.py.
    @Test(.enabled(if: Support.hasSharedEval)) func handMadeEvents() throws {
        let gold = try Data(contentsOf: Support.sharedEval.appendingPathComponent("seed/gold.json"))
        let lines = [
            #"{"type":"join","subject":"Russia","object":"North Atlantic Cooperation Council","date":"1991"}"#,
            #"{"type":"join","subject":"Russia","object":["Partnership for Peace","KFOR"],"date":"1994"}"#,
            #"{"type":"replace","subject":null,"object":"PJC","by":{"name":"NRC"},"date":"2002"}"#,
            #"{"type":"deploy","subject":"Russia","object":"peace-support operations","date":"1998"}"#,
            #"{"type":"agree","subject":"NATO","object":null,"date":null}"#,
            #"{"type":"close","subject":"NATO","object":"Soviet Union","date":"1991"}"#,
        ]
        let ev = try Evaluation(gold: gold, events: Data(lines.joined(separator: "\n").utf8))
        #expect(ev.extracted == 7)
        #expect(ev.truePositives == 4)
        #expect(ev.falsePositives == 2)
        #expect(ev.falseNegatives == 17)
        #expect(ev.summary == "nato-russia-relations.txt: precision 0.667 recall 0.190 F1 0.296 (tp 4 fp 2 fn 17) date-precise 1.000")
    }

    static func scorePy(gold: URL, events: URL) throws -> String? {
        let script = Support.sharedEval.appendingPathComponent("score.py")
        guard FileManager.default.fileExists(atPath: "/usr/bin/python3") else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [script.path, gold.path, events.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

@Suite("Held-out documents")
struct HeldOutTests {
    static let documents = ["heldout/eu-turkey.html", "heldout/osce-belarus.txt", "heldout/un-iraq.md", "fresh/nato-georgia.html", "fresh/eu-russia.txt", "third/eu-ukraine.txt", "third/au-sudan.txt"]

    @Test(arguments: documents)
    func scoresWell(_ name: String) throws {
        let url = Support.fixture(name)
        let result = try Extractor().extract(path: url.path)
        let goldURL = url.deletingPathExtension().appendingPathExtension("gold.json")
        let ev = try Evaluation(gold: try Data(contentsOf: goldURL), events: Support.jsonl(result.events))
        #expect(ev.f1 >= 0.85, Comment(rawValue: ev.summary + "\n" + (ev.misses + ev.extras).joined(separator: "\n")))
        #expect(ev.datePrecise >= 0.9)
    }
}
