import DyadCore
import DyadExtract
import Foundation
import Testing

/// `ExtractBatch`: several documents over all cores, printed in the order given, whatever order they finish in.
@Suite struct ExtractBatchTests {
    static let first = "Finland joined the European Union in 1995. Sweden joined the European Union in 1995."
    static let second = "The North Atlantic Cooperation Council was established in 1991. Russia joined the Partnership for Peace in 1994."
    static let third = "Greece and Turkey joined NATO in 1952."

    /// Runs a batch into a temporary file and returns what it wrote, the messages and the summary.
    static func run(_ documents: [ExtractBatch.Document], format: EventFormat) throws -> (String, [ExtractBatch.Message], ExtractBatch.Summary) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-batch-test-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let out = try #require(FileHandle(forWritingAtPath: path))
        var messages: [ExtractBatch.Message] = []
        let summary = ExtractBatch(extractor: Extractor(), format: format, title: "Batch test").run(documents, to: out) { messages.append($0) }
        try out.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return (text, messages, summary)
    }

    static func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func jsonLinesKeepTheOrderOfTheDocuments() throws {
        let docs: [ExtractBatch.Document] = [.text(Self.first, name: "one.txt"), .text(Self.second, name: "two.txt"), .text(Self.third, name: "three.txt")]
        let (text, messages, summary) = try Self.run(docs, format: .jsonl)
        let events = try Self.lines(text)
        let documents = events.compactMap { ($0["source"] as? [String: Any])?["document"] as? String }
        // Every document's events, all of them together and in the order the documents were given.
        #expect(documents.first == "one.txt")
        #expect(documents.last == "three.txt")
        var seen: [String] = []
        for d in documents where seen.last != d { seen.append(d) }
        #expect(seen == ["one.txt", "two.txt", "three.txt"])
        #expect(summary.events == events.count)
        #expect(summary.succeeded == 3)
        #expect(summary.exitCode == 0)
        #expect(messages.isEmpty)
        // The content is what the extractor finds in each document alone.
        let alone = try Extractor().extract(text: Self.first, document: "one.txt") + Extractor().extract(text: Self.second, document: "two.txt")
            + Extractor().extract(text: Self.third, document: "three.txt")
        #expect(text == alone.map { EventWriter.jsonLine($0) + "\n" }.joined())
        let firstSubjects = events.filter { ($0["source"] as? [String: Any])?["document"] as? String == "one.txt" }.compactMap { $0["subject"] as? String }
        #expect(firstSubjects == ["Finland", "Sweden"])
    }

    @Test func filesSpillInOrderAndAMissingFileIsReportedAfterTheOthersArePrinted() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for (k, text) in [Self.first, Self.second, Self.third].enumerated() {
            let p = dir.appendingPathComponent("doc\(k).txt").path
            try text.write(toFile: p, atomically: true, encoding: .utf8)
            paths.append(p)
        }
        let missing = dir.appendingPathComponent("missing.txt").path
        let empty = dir.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let docs = [paths[2], missing, paths[0], empty, paths[1]].map(ExtractBatch.Document.file)
        let (text, messages, summary) = try Self.run(docs, format: .jsonl)
        var seen: [String] = []
        for e in try Self.lines(text) {
            let d = (e["source"] as? [String: Any])?["document"] as? String ?? "?"
            if seen.last != d { seen.append(d) }
        }
        #expect(seen == ["doc2.txt", "doc0.txt", "doc1.txt"])
        #expect(summary.exitCode == 66)
        #expect(summary.succeeded == 4)
        var notes: [String] = []
        var errors: [ExtractError] = []
        for m in messages {
            switch m {
            case .note(let n): notes.append(n)
            case .error(let e): errors.append(e)
            }
        }
        #expect(errors.map(\.message) == ["\(missing): no such file"])
        #expect(notes == ["\(empty): empty, no events"])
    }

    @Test func aTableAndADraftAreWrittenOnceForAllDocuments() throws {
        let docs: [ExtractBatch.Document] = [.text(Self.third, name: "three.txt"), .text(Self.first, name: "one.txt")]
        let (table, _, _) = try Self.run(docs, format: .table)
        let rows = table.split(separator: "\n")
        let greece = try #require(rows.firstIndex { $0.contains("Greece") })
        let finland = try #require(rows.firstIndex { $0.contains("Finland") })
        #expect(greece < finland)
        let (yaml, _, summary) = try Self.run(docs, format: .yaml)
        let history = try HistoryFile.read(yaml, name: "batch.yaml")
        #expect(history.title == "Batch test")
        #expect(history.sources.map(\.id) == ["three-txt", "one-txt"])
        #expect(history.events.count == summary.events)
        #expect(history.events.first?.sources.first?.source == "three-txt")
        #expect(history.events.last?.sources.first?.source == "one-txt")
    }

    @Test func nothingIsWrittenWhenNoDocumentCanBeRead() throws {
        let (yaml, messages, summary) = try Self.run([.file("/nonexistent/dyad/a.txt")], format: .yaml)
        #expect(yaml.isEmpty)
        #expect(summary.exitCode == 66)
        #expect(messages.count == 1)
    }
}
