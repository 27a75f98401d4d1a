import DyadCore
import DyadExtract
import Foundation
import Testing

@Suite("Inputs")
struct InputTests {
    static func temp(_ bytes: [UInt8], _ ext: String = "txt") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-input-\(UUID().uuidString).\(ext)")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func htmlDropsFurnitureAndDecodesEntities() throws {
        let html = """
            <html><head><script>var x = "NATO opened an office in 1990";</script><style>p{}</style></head><body>
            <nav><a>Join us</a></nav><div class="cookie-banner">We use cookies. You agree to our terms.</div>
            <p>In 2004 the Council of Europe opened an office in Kyiv&nbsp;&amp; Lviv.</p>
            <footer>Share this page</footer></body></html>
            """
        let events = try Support.events(html, format: .html)
        #expect(events.count == 1)
        #expect(events.first?.date == "2004")
        // The offsets point into the HTML itself.
        let e = try #require(events.first)
        let bytes = Array(html.utf8)
        #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self).contains("Council of Europe opened an office in Kyiv"))
    }

    @Test func markdownKeepsWords() throws {
        let md = "# Timeline\n\n* **Finland** joined the [European Union](https://example.org) in 1995.\n"
        let events = try Support.events(md, format: .markdown)
        #expect(events.first?.type == .join)
        #expect(events.first?.object == "European Union")
    }

    @Test func byteOrderMarkIsSkippedAndOffsetsStayFileOffsets() throws {
        let path = try Self.temp([0xEF, 0xBB, 0xBF] + Array("Sweden joined the European Union in 1995.".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try Extractor().extract(path: path)
        #expect(r.events.first?.start == 3)
    }

    static let badFiles: [(String, [UInt8], Int32)] = [
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02], 65),
        ("latin-1", Array("Caf".utf8) + [0xE9] + Array(" du Commerce opened in 1990.".utf8), 65),
        ("utf-16", [0xFF, 0xFE, 0x4E, 0x00, 0x41, 0x00], 65),
        ("cut-off character", Array("NATO ".utf8) + [0xE2, 0x80], 65),
    ]

    @Test(arguments: badFiles)
    func badFilesGetOneLine(_ name: String, _ bytes: [UInt8], _ code: Int32) throws {
        let path = try Self.temp(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Extractor().extract(path: path)
            Issue.record("\(name) was accepted")
        } catch {
            #expect(error.code == code)
            #expect(!error.message.contains("\n"))
            #expect(error.message.contains(".txt"))
        }
    }

    @Test func emptyFileGivesNothing() throws {
        let path = try Self.temp([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try Extractor().extract(path: path)
        #expect(r.events.isEmpty && r.bytes == 0)
    }

    @Test(arguments: ["He stood 5'10.", "It cost 1'000 francs in 1990.", "circa 18'0"])
    func anApostropheBetweenDigitsIsNoNumber(_ text: String) throws {
        // A digit, an apostrophe and a digit once made a number token whose apostrophe was read as a digit, and trapped.
        let events = try Extractor().extract(text: text, document: "apostrophe.txt")
        #expect(events.allSatisfy { $0.date == nil || $0.date == "1990" })
        #expect(DateNormalizer().edtf(for: text) != "5")
    }

    @Test func numbersTooLongForAnIntAreNoDates() throws {
        // A 19-digit number fits an Int, a 20-digit one does not; neither, before a slash, is a date or a crash.
        let text = "The office was closed in 2001 under case 1234567890123456789/2. NATO opened an office in 2002 under file 12345678901234567890/3."
        let events = try Extractor().extract(text: text, document: "long-numbers.txt")
        #expect(events.map(\.date) == ["2001", "2002"])
        #expect(DateNormalizer().edtf(for: "12345678901234567890/3") == nil)
    }

    @Test func missingFile() {
        #expect(throws: ExtractError.self) { try Extractor().extract(path: "/nonexistent/dyad.txt") }
    }

    @Test func deeplyNestedAndBrokenHTML() throws {
        let nested = String(repeating: "<div>", count: 100_000) + "<p>Norway joined the Council of Europe in 1949.</p>"
        #expect(try Support.events(nested, format: .html).first?.type == .join)
        let broken = "<p>Norway joined <b>the Council of Europe in 1949.<p>3 < 5 & 6 > 2 <i unclosed=\"yes>"
        #expect(try Support.events(broken, format: .html).first?.type == .join)
    }

    /// A long single line with no full stop, streamed in small chunks: bounded work, events still found.
    @Test func longLineStreams() throws {
        var text = ""
        for k in 0..<5_000 { text += "and Norway joined the Council of Europe in \(1900 + k % 100) " }
        let path = try Self.temp(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try Extractor(options: ExtractOptions(maxSentenceBytes: 2048, chunkBytes: 64 * 1024)).extract(path: path)
        #expect(r.bytes == text.utf8.count)
        #expect(r.sentences > 100)
    }

    /// A multi-megabyte file that is one line, with and without full stops, read with the default options.
    /// The sink takes the events as they come, so nothing but the stream is held; the check is that it ends and finds them.
    @Test(arguments: [". ", " "])
    func multiMegabyteSingleLine(_ separator: String) throws {
        // Mostly filler with a dated meeting every few hundred bytes: the shape of a page dumped without line breaks.
        let unit = "The delegates spoke at length about the weather and the roads" + separator + "NATO and Russia met in 1997" + separator
        let repeats = 1_500_000 / unit.utf8.count
        let text = String(repeating: unit, count: repeats)
        #expect(!text.contains("\n"))
        let path = try Self.temp(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let box = Counter()
        let r = try Extractor().extract(path: path) { box.add($0.count) }
        #expect(r.bytes == text.utf8.count)
        #expect(box.total == r.eventCount)
        if separator == ". " {
            // Every meeting is found when sentences end properly.
            #expect(r.eventCount == repeats)
            #expect(r.sentences == 2 * repeats)
        } else {
            // Without punctuation the line is cut at the sentence limit; the same meeting repeated inside one
            // piece counts once (one event per type and object in a sentence), so expect about one per piece.
            #expect(r.sentences >= text.utf8.count / ExtractOptions().maxSentenceBytes)
            #expect(r.eventCount >= r.sentences / 2)
        }
    }

    @Test func sinkReceivesEventsInChunks() throws {
        var text = ""
        for k in 0..<2_000 { text += "Norway joined the Council of Europe in \(1900 + k % 100).\n" }
        let path = try Self.temp(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let box = Counter()
        let r = try Extractor(options: ExtractOptions(chunkBytes: 16 * 1024)).extract(path: path) { box.add($0.count) }
        #expect(box.calls > 1)
        #expect(box.total == r.eventCount)
        #expect(r.events.isEmpty)
    }

    @Test func yamlDraftIsReadByDyadCore() throws {
        let events = try Support.events("Finland joined the European Union in 1995. The Nordic Council was founded in 1952.")
        let yaml = EventWriter.yaml(events, title: "Test draft")
        let history = try HistoryFile.read(yaml, name: "draft.yaml")
        #expect(history.events.count == events.count)
    }

    @Test func sentencesRespectAbbreviations() throws {
        let events = try Support.events("On Dec. 3, 2001 the U.S. opened a mission in Kabul. Gen. J. Smith led it.")
        #expect(events.first?.date == "2001-12-03")
        #expect(events.first?.object == "mission in Kabul")
    }
}

final class Counter: @unchecked Sendable {
    var calls = 0
    var total = 0
    func add(_ n: Int) { calls += 1; total += n }
}
