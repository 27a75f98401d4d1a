import DyadExtract
import Foundation

/// Shared helpers: run the extractor on a text and find the shared evaluation files.
enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// ../shared/eval next to the repository, where the seed and the scorer live.
    static let sharedEval = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")
    static var hasSharedEval: Bool { FileManager.default.fileExists(atPath: sharedEval.appendingPathComponent("seed/gold.json").path) }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    static func events(_ text: String, format: InputFormat = .text, published: String? = nil) throws -> [ExtractedEvent] {
        try Extractor(options: ExtractOptions(published: published)).extract(text: text, document: "test.txt", format: format)
    }

    static func jsonl(_ events: [ExtractedEvent]) -> Data {
        Data(events.map { EventWriter.jsonLine($0) + "\n" }.joined().utf8)
    }
}
