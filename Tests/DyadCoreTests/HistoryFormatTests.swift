import Foundation
import Testing
@testable import DyadCore

/// Reading and writing the history format: round trips, and errors that point at the problem.
@Suite struct HistoryFormatTests {
    @Test func builtInHistoryRoundTrips() throws {
        let history = try History.builtIn()
        let written = HistoryFile.write(history)
        let again = try HistoryFile.read(written, name: "written.yaml")
        #expect(again == history)
        #expect(HistoryFile.write(again) == written, "writing is stable")
    }

    @Test func awkwardTextRoundTrips() throws {
        var h = History(title: "Quotes: \"and\" # hashes", dyad: ["A"])
        h.note = "Line one\nline two\twith a tab, and a trailing colon:"
        h.actors = [Actor(id: "A", name: "- dash first", kind: .state, aliases: ["yes", "a, b", "[x]", "null", "Ünïcødé ✓"])]
        h.sources = [Source(id: "s", title: "'single' start", publisher: "@at", url: "https://example.org/a?b=c#d", date: try EDTFDate("2024-07"))]
        h.institutions = [Institution(id: "I", name: "Inst", kind: .channel, members: ["A"])]
        h.events = [
            Event(
                id: "e1", type: .establish, date: try EDTFDate("2009-21"), subjects: ["A"], object: "I", place: "Rome",
                sources: [Citation(source: "s", locator: "p. 5, para: 2")], assertedBy: "A", note: "  spaces around  ")
        ]
        let back = try HistoryFile.read(HistoryFile.write(h), name: "x.yaml")
        #expect(back == h)
    }

    @Test func readsTheFullYAMLSubsetPeopleWrite() throws {
        let text = """
            ---
            # a comment
            dyad: 1
            title: 'It''s a test'   # trailing comment
            note: >
              Folded text
              on two lines.

              New paragraph.
            actors:
            - id: A
              name: "Alpha \\u00e9"
              kind: state
              aliases:
                - First
                - "Second, with comma"
            institutions: []
            sources:
              - id: s
                title: A plain title
                  that continues
                publisher: |
                  Literal
                  lines
            events: []
            """
        let h = try HistoryFile.read(text, name: "subset.yaml")
        #expect(h.title == "It's a test")
        #expect(h.note == "Folded text on two lines.\nNew paragraph.\n")
        #expect(h.actors.first?.name == "Alpha é")
        #expect(h.actors.first?.aliases == ["First", "Second, with comma"])
        #expect(h.sources.first?.title == "A plain title that continues")
        #expect(h.sources.first?.publisher == "Literal\nlines\n")
    }

    @Test func anchorsAndAliasesFallBackToTheGeneralReader() throws {
        let text = """
            dyad: 1
            title: Anchors
            actors:
              - &alpha {id: A, name: Alpha, kind: state}
            events: []
            """
        let h = try HistoryFile.read(text, name: "anchors.yaml")
        #expect(h.actors.map(\.id) == ["A"])
    }

    struct BadCase: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let line: Int
        let column: Int?
        let fragment: String
        var description: String { name }
    }

    static let minimal = "dyad: 1\ntitle: T\nactors:\n  - {id: A, name: Alpha, kind: state}\ninstitutions:\n  - {id: I, name: Inst, kind: forum}\nsources:\n  - {id: s, title: S, publisher: P}\nevents:\n"

    static let badCases: [BadCase] = [
        BadCase(name: "malformed date", text: minimal + "  - {id: e, type: join, date: 2008-13, object: I}\n", line: 10, column: nil, fragment: "EDTF"),
        BadCase(name: "unknown type", text: minimal + "  - {id: e, type: freeze, date: 2008, object: I}\n", line: 10, column: nil, fragment: "unknown type `freeze`"),
        BadCase(name: "undefined entity", text: minimal + "  - {id: e, type: join, date: 2008, subject: RUS, object: I}\n", line: 10, column: nil, fragment: "`RUS`, which is not defined"),
        BadCase(name: "undefined source", text: minimal + "  - {id: e, type: join, date: 2008, object: I, sources: [nato]}\n", line: 10, column: nil, fragment: "a source, found `nato`"),
        BadCase(name: "unknown key", text: minimal + "  - id: e\n    type: join\n    date: 2008\n    objet: I\n", line: 13, column: 5, fragment: "did you mean `object`?"),
        BadCase(name: "duplicate id", text: minimal + "  - {id: e, type: join, date: 2008, object: I}\n  - {id: e, type: join, date: 2009, object: I}\n", line: 11, column: nil, fragment: "defined twice"),
        BadCase(name: "truncated", text: "dyad: 1\ntitle: T\nactors:\n  - {id: A, name: \"Alp", line: 4, column: nil, fragment: "closing"),
        BadCase(name: "tab indentation", text: "dyad: 1\ntitle: T\nactors:\n\t- {id: A}\n", line: 4, column: 1, fragment: "tab"),
        BadCase(name: "empty", text: "", line: 1, column: 1, fragment: "empty"),
        BadCase(name: "no version", text: "title: T\n", line: 1, column: 1, fragment: "dyad: 1"),
        BadCase(name: "not a mapping", text: "just some words\n", line: 1, column: 1, fragment: "key: value"),
        BadCase(name: "bad indentation", text: "dyad: 1\ntitle: T\n   extra: 1\n", line: 3, column: nil, fragment: "indentation"),
    ]

    @Test(arguments: badCases)
    func badInputGivesFileLineColumn(_ c: BadCase) {
        do {
            _ = try HistoryFile.read(c.text, name: "bad.yaml")
            Issue.record("\(c.name): expected an error")
        } catch {
            #expect(error.code == .badData)
            #expect(error.file == "bad.yaml")
            #expect(error.line == c.line, "\(c.name): \(error)")
            if let column = c.column { #expect(error.column == column, "\(c.name): \(error)") }
            #expect(error.column != nil)
            #expect(error.message.contains(c.fragment), "\(c.name): \(error)")
            #expect(!error.description.contains("\n"), "one line")
        }
    }

    @Test func binaryBytesAreRefusedWithTheirPlace() {
        var bytes = Array("dyad: 1\ntitle: T\n".utf8)
        bytes += [0x00, 0xFF, 0xFE]
        do {
            _ = try HistoryFile.read(Data(bytes), name: "bin.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3 && error.column == 1)
            #expect(error.message.contains("UTF-8"))
        }
    }

    @Test func aMissingFileIsNotFound() {
        #expect(throws: DyadError.self) { try HistoryFile.load(path: "/nonexistent/history.yaml") }
    }

    @Test func savingIsAtomic() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-save-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("h.yaml").path
        try HistoryFile.save(try History.builtIn(), to: path)
        #expect(try HistoryFile.load(path: path) == (try History.builtIn()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["h.yaml"])
    }
}
