import DyadExtract
import Foundation
import Testing

/// The accuracy ratchet: extraction over the development corpus, the seed and the blind fixtures may not fall more than the
/// recorded tolerance below the micro-F1 recorded in `Fixtures/accuracy.json`, so no change loses accuracy silently.
@Suite("Accuracy ratchet")
struct AccuracyRatchetTests {
    struct Recorded: Decodable {
        var tolerance: Double
        var corpora: [String: Double]
    }

    static let recorded: Recorded = {
        let data = try! Data(contentsOf: Support.fixture("accuracy.json"))
        return try! JSONDecoder().decode(Recorded.self, from: data)
    }()

    /// Micro-averaged precision, recall and F1 over every document of `folder` that has a gold file beside it.
    static func micro(_ folder: URL) throws -> (f1: Double, documents: Int, tp: Int, fp: Int, fn: Int) {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var tp = 0, fp = 0, fn = 0, documents = 0
        for name in names where ["txt", "md", "html"].contains((name as NSString).pathExtension) {
            let base = (name as NSString).deletingPathExtension
            let goldName = base == "nato-russia-relations" ? "gold.json" : base + ".gold.json"
            let gold = folder.appendingPathComponent(goldName)
            guard FileManager.default.fileExists(atPath: gold.path) else { continue }
            let result = try Extractor().extract(path: folder.appendingPathComponent(name).path)
            let score = try Evaluation(gold: Data(contentsOf: gold), events: Support.jsonl(result.events))
            tp += score.truePositives
            fp += score.falsePositives
            fn += score.falseNegatives
            documents += 1
        }
        let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
        return (p + r == 0 ? 0 : 2 * p * r / (p + r), documents, tp, fp, fn)
    }

    static func check(_ corpus: String, _ folder: URL, minimumDocuments: Int) throws {
        let floor = try #require(recorded.corpora[corpus]) - recorded.tolerance
        let m = try micro(folder)
        #expect(m.documents >= minimumDocuments, "only \(m.documents) scored documents in \(folder.path)")
        #expect(m.f1 >= floor, "\(corpus): micro-F1 \(m.f1) (tp \(m.tp) fp \(m.fp) fn \(m.fn)) fell below the recorded \(floor + recorded.tolerance)")
    }

    @Test("development corpus keeps its recorded micro-F1", .enabled(if: Support.hasSharedEval))
    func development() throws {
        try Self.check("dev", Support.sharedEval.appendingPathComponent("dev"), minimumDocuments: 18)
    }

    @Test("seed keeps its recorded F1", .enabled(if: Support.hasSharedEval))
    func seed() throws {
        try Self.check("seed", Support.sharedEval.appendingPathComponent("seed"), minimumDocuments: 1)
    }

    @Test("blind fixtures keep their recorded micro-F1")
    func blind() throws {
        try Self.check("blind", Support.fixture("blind"), minimumDocuments: 14)
    }
}
