import DyadCore
import Foundation
import Testing

@testable import DyadExtract

/// The language data file: it decodes, every word set the code asks for is in it, and none in it goes unused.
@Suite("Language data")
struct LanguageTests {
    static let sources = Support.packageRoot.appendingPathComponent("Sources/DyadExtract")

    /// The names of word sets the extractor's code asks for (`Language.english.words("NAME")`).
    static func namesAskedFor() throws -> Set<String> {
        var names = Set<String>()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for f in files {
            let text = try String(contentsOf: sources.appendingPathComponent(f), encoding: .utf8)
            var rest = text[...]
            while let r = rest.range(of: "Language.english.words(\"") {
                let tail = rest[r.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                names.insert(String(tail[..<end]))
                rest = tail[end...]
            }
        }
        return names
    }

    @Test func decodesWithTriggersOfEveryType() {
        let data = Language.english
        #expect(data.language == "en")
        #expect(data.verbs.count > 80 && data.nouns.count > 50)
        // Every event type has at least one verb or noun that signals it.
        let types = Set(data.verbs.map(\.type) + data.nouns.map(\.type))
        #expect(types == Set(EventType.allCases))
    }

    @Test func everySetAskedForIsInTheFileAndNoneIsUnused() throws {
        let asked = try Self.namesAskedFor()
        #expect(asked.count > 40, "found only \(asked.count) word-set names in \(Self.sources.path)")
        let held = Set(Language.english.wordSets.keys)
        #expect(asked.subtracting(held).isEmpty, "asked for but missing: \(asked.subtracting(held).sorted())")
        #expect(held.subtracting(asked).isEmpty, "in the file but never used: \(held.subtracting(asked).sorted())")
    }

    @Test func triggersComeFromTheData() {
        // A verb of the data file, with its inflections made by rule and its frame as written.
        #expect(Lexicon.table["severed"]?.first?.type == .suspend)
        #expect(Lexicon.table["upgraded"]?.first.map { $0.type == .establish && $0.frame == .prepositional } == true)
        #expect(Lexicon.table["summit"]?.first.map { $0.isNoun && $0.type == .meet } == true)
        // "initial" is dropped as a bare form: it is far more often the adjective.
        #expect(Lexicon.table["initial"] == nil && Lexicon.table["initialled"]?.first?.type == .sign)
    }

    @Test func brokenDataIsAnErrorWithTheFileName() {
        #expect(throws: ExtractError.self) { try LanguageData.decode(Array("{\"language\": 1}".utf8), name: "broken.json") }
        do {
            _ = try LanguageData.decode(Array("not json".utf8), name: "broken.json")
            Issue.record("decoded text that is not JSON")
        } catch {
            #expect(error.message.hasPrefix("broken.json:"))
        }
    }
}
