import DyadCore
@testable import DyadExtract
import Foundation
import Testing

/// `dyad extract --format yaml`: a draft that `dyad validate` reads with warnings at most, actors from the world
/// table, institutions of the right kind, and one cited source per document.
@Suite struct DraftHistoryTests {
    static let cuba = """
        Relations between Cuba and the United States

        The United States and Cuba restored diplomatic relations on 20 July 2015. On the same day the United States \
        opened an embassy in Havana. In 2017 the United States expelled fifteen Cuban diplomats. In 2018 Cuba expelled \
        two American diplomats.
        """

    static let page = """
        <!doctype html>
        <html><head>
        <title>Iran, the IAEA &amp; the nuclear deal</title>
        <meta property="og:url" content="https://example.org/news/iran-iaea">
        <link rel="canonical" href="https://example.org/canonical/iran-iaea">
        <meta property="og:site_name" content="Example News">
        <meta name="author" content="A. Writer">
        <meta property="article:published_time" content="2019-06-02T08:00:00Z">
        </head><body>
        <nav><a href="/">Home</a></nav>
        <h1>Iran and the IAEA</h1>
        <p>Iran signed the Joint Comprehensive Plan of Action on 14 July 2015.</p>
        <p>In May 2018 the United States withdrew from the Joint Comprehensive Plan of Action.</p>
        <p>In 1999 NATO deployed a peacekeeping force in Kosovo.</p>
        <p>In 1998 NATO and Russia established a Military Liaison Mission in Moscow.</p>
        </body></html>
        """

    static let treaties = """
        # Treaties in Europe

        Greece and Turkey joined NATO in 1952. The Treaty on Conventional Armed Forces in Europe was signed in 1990. \
        Russia suspended the Treaty on Conventional Armed Forces in Europe in 2007. The NATO-Russia Council was \
        established in 2002. The Partnership for Peace programme was launched in 1994.
        """

    /// The draft of the three documents, through the batch as `dyad extract a.txt b.html c.md --format yaml` runs it.
    static func draft(_ options: ExtractOptions = ExtractOptions()) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-draft-test-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let out = try #require(FileHandle(forWritingAtPath: path))
        let docs: [ExtractBatch.Document] = [.text(cuba, name: "cuba.txt"), .text(page, name: "iran.html"), .text(treaties, name: "treaties.md")]
        let summary = ExtractBatch(extractor: Extractor(options: options), format: .yaml, title: "Draft").run(docs, to: out)
        try out.close()
        #expect(summary.exitCode == 0)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// What `dyad validate` does: read strictly (errors throw, exit 65), then the engine's findings (exit 1).
    static func validate(_ yaml: String) throws -> (History, [Diagnostic]) {
        let history = try HistoryFile.read(Data(yaml.utf8), name: "draft.yaml")
        return (history, Chronicle(history).warnings)
    }

    @Test func theDraftValidatesWithActorsFromTheWorldTable() throws {
        let (history, _) = try Self.validate(try Self.draft())
        let actors = Dictionary(uniqueKeysWithValues: history.actors.map { ($0.id, $0) })
        for code in ["USA", "CUB", "IRN", "NATO", "GRC", "TUR", "RUS"] {
            let actor = try #require(actors[code], "no actor \(code) in \(history.actors.map(\.id))")
            #expect(actor.name == World.shared.entry(code: code)?.name)
            #expect(actor.codes.first == code)
        }
        #expect(actors["USA"]?.kind == .state)
        #expect(actors["NATO"]?.kind == .organisation)
        // Every actor is an entry of the world table, under its code.
        for a in history.actors { #expect(World.shared.entry(code: a.id) != nil, "\(a.id) is not a world code") }
        // A body of an organisation is an institution, so that it can be established and replaced.
        #expect(history.institutions.first { $0.id == "NRC" }?.kind == .forum)
    }

    @Test func institutionsHaveTheKindTheirHeadWordGives() throws {
        let (history, _) = try Self.validate(try Self.draft())
        func kind(_ name: String) -> InstitutionKind? { history.institutions.first { $0.name == name }?.kind }
        #expect(kind("embassy in Havana") == .channel)
        #expect(kind("diplomatic relations") == .relationship)
        #expect(kind("Military Liaison Mission in Moscow") == .channel)
        #expect(kind("Treaty on Conventional Armed Forces in Europe") == .agreement)
        #expect(kind("Joint Comprehensive Plan of Action") == .programme)
    }

    @Test func theHeadWordTable() {
        let cases: [(String, InstitutionKind?)] = [
            ("NATO Liaison Office in Kyiv", .channel), ("Russian embassy", .channel), ("the hotline", .channel),
            ("Information Office in Moscow", .channel), ("Military Liaison Mission", .channel), ("Russia's mission to NATO", .channel),
            ("UN peacekeeping mission", .operation), ("a mission of peacekeepers", .operation), ("Kosovo Force", .operation),
            ("Operation Allied Force", .operation), ("Founding Act on Mutual Relations, Cooperation and Security", .agreement),
            ("Rome Declaration", .agreement), ("Minsk agreements", .agreement), ("Memorandum of Understanding", .agreement),
            ("Treaty on Conventional Armed Forces in Europe", .agreement), ("Charter of Paris", .agreement), ("Kharkiv Accords", .agreement),
            ("Euro-Atlantic Partnership Council", .forum), ("Joint Commission", .forum), ("the Council of Europe's Parliamentary Assembly", .forum),
            ("strategic dialogue", .forum), ("Partnership for Peace", .programme), ("Eastern Partnership", .programme),
            ("Belt and Road Initiative", .programme), ("Action Plan", .programme), ("diplomatic relations", .relationship),
            ("practical cooperation", .cooperation), ("voting rights of the delegation", nil), ("warships", nil),
        ]
        for (name, expected) in cases { #expect(InstitutionKinds.kind(of: name) == expected, "\(name)") }
    }

    @Test func oneSourcePerDocumentWithItsTitleAddressAndPublisher() throws {
        let (history, _) = try Self.validate(try Self.draft())
        #expect(history.sources.count == 3)
        let cuba = try #require(history.sources.first)
        #expect(cuba.title == "Relations between Cuba and the United States")
        #expect(cuba.url == nil)
        let page = try #require(history.sources.first { $0.id == "iran-html" })
        #expect(page.title == "Iran, the IAEA & the nuclear deal")
        #expect(page.url == "https://example.org/news/iran-iaea")
        #expect(page.publisher == "Example News")
        #expect(page.date?.text == "2019-06-02")
        #expect(history.sources.last?.title == "Treaties in Europe")
        // Every event cites the source of its own document.
        for e in history.events {
            #expect(e.sources.count == 1)
            let note = e.note ?? ""
            let source = e.sources[0].source
            if note.contains("Havana") || note.contains("Cuban") { #expect(source == "cuba-txt") }
            if note.contains("Liaison") || note.contains("peacekeeping") { #expect(source == "iran-html") }
            if note.contains("Treaty") || note.contains("Greece") { #expect(source == "treaties-md") }
        }
        #expect(Set(history.events.flatMap { $0.sources.map(\.source) }) == ["cuba-txt", "iran-html", "treaties-md"])
    }

    @Test func theCommandLineGivesAddressAndPublisher() throws {
        let (history, _) = try Self.validate(try Self.draft(ExtractOptions(sourceURL: "https://example.com/a", publisher: "Someone")))
        for s in history.sources {
            #expect(s.url == "https://example.com/a")
            #expect(s.publisher == "Someone")
        }
    }

    @Test(.timeLimit(.minutes(1))) func metadataFromMarkup() {
        let html = DocumentMetadata.read(
            head: Array(
                """
                <html><head><!-- <title>not this</title> --><TITLE>  A  page
                title </TITLE><link href="https://x.org/c" rel="canonical"><meta content='Ministry of Foreign Affairs' name=author>
                </head><body><h1>Heading</h1></body></html>
                """.utf8), format: .html)
        #expect(html.title == "A page title")
        #expect(html.url == "https://x.org/c")
        #expect(html.publisher == "Ministry of Foreign Affairs")
        let untitled = DocumentMetadata.read(head: Array("<html><body><h1>Only a heading</h1><p>Text.</p></body></html>".utf8), format: .html)
        #expect(untitled.title == "Only a heading")
        let relative = DocumentMetadata.read(head: Array("<link rel=canonical href=/relative/path>".utf8), format: .html)
        #expect(relative.url == nil)
        #expect(DocumentMetadata.read(head: Array("\n\n  First line  \nSecond".utf8), format: .text).title == "First line")
        #expect(DocumentMetadata.read(head: Array("---\ntitle: \"Front matter\"\n---\n# Heading\n".utf8), format: .markdown).title == "Front matter")
        #expect(DocumentMetadata.read(head: Array("## Heading ##\ntext".utf8), format: .markdown).title == "Heading")
        let long = DocumentMetadata.read(head: Array(String(repeating: "word ", count: 100).utf8), format: .text).title ?? ""
        #expect(long.count <= DocumentMetadata.maxTitle && long.hasSuffix("\u{2026}"))
        // Broken markup gives what it can and never traps.
        _ = DocumentMetadata.read(head: Array("<title>unclosed <meta content=\"x <link".utf8), format: .html)
        _ = DocumentMetadata.read(head: [0xE2, 0x80], format: .html)
        // Unclosed quotes in a quarter of a megabyte of tags are read in one pass, not once per `<`.
        let bomb = Array(("<a \"" + String(repeating: "<b x", count: 60_000)).utf8)
        #expect(DocumentMetadata.read(head: bomb, format: .html).title == nil)
    }

    // MARK: - Ids (issue 12, item 2)

    static func event(_ type: EventType, object: String, date: String = "2019", start: Int = 0) -> ExtractedEvent {
        ExtractedEvent(
            type: type, subject: "Norway", object: object, by: nil, date: date, dateInherited: false, document: "long.txt", start: start,
            end: start + 10, quote: "Norway expelled \(object)", confidence: 0.8, subjectID: "NOR", objectID: nil, byID: nil)
    }

    @Test(.timeLimit(.minutes(1))) func twoEventsOnALongNamedObjectGetDistinctIds() throws {
        let object = "members of the Permanent Delegation of the Russian Federation to the Organization for Security and Co-operation in Europe"
        let events = [Self.event(.expel, object: object, date: "2018"), Self.event(.expel, object: object, date: "2019", start: 100)]
        let yaml = EventWriter.yaml(events, title: "Long names")
        let (history, _) = try Self.validate(yaml)
        #expect(history.events.count == 2)
        #expect(Set(history.events.map(\.id)).count == 2)
        #expect(history.events.allSatisfy { $0.object == history.events[0].object })
        #expect(history.events[1].id.hasSuffix("-2"))
    }

    @Test(.timeLimit(.minutes(1))) func longNamedRepeatsInATextFinish() throws {
        let sentence = "Norway expelled members of the Permanent Delegation of the Russian Federation to the Organization for Security and Co-operation in Europe"
        let text = "In 2018 \(sentence). In 2019 \(sentence)."
        let events = try Extractor().extract(text: text, document: "long.txt")
        let (history, _) = try Self.validate(EventWriter.yaml(events, title: "Long names"))
        #expect(Set(history.events.map(\.id)).count == history.events.count)
        #expect(history.events.count == events.filter { $0.date != nil }.count)
    }

    @Test func twoThousandRepeatsGiveTwoThousandDistinctIds() throws {
        let events = (0..<2_000).map { Self.event(.join, object: "Council of Europe Parliamentary Assembly Monitoring Committee", start: $0 * 20) }
        let (history, _) = try Self.validate(EventWriter.yaml(events, title: "Repeats"))
        #expect(history.events.count == 2_000)
        #expect(Set(history.events.map(\.id)).count == 2_000)
        // Ids a suffix made never collide with a base that already ends in a number.
        let clash = [Self.event(.join, object: "Treaty"), Self.event(.join, object: "Treaty"), Self.event(.join, object: "Treaty 2")]
        let (small, _) = try Self.validate(EventWriter.yaml(clash, title: "Clash"))
        #expect(Set(small.events.map(\.id)).count == 3)
    }

    @Test func slugsAreCutBeforeTheSuffix() {
        let long = String(repeating: "abcdefghij ", count: 10)
        #expect(EventWriter.slug(long).count <= 40)
        #expect(!EventWriter.slug(long).hasSuffix("-"))
        var ids = IDAllocator()
        let base = EventWriter.slug(long)
        let a = ids.unique(base)
        let b = ids.unique(base)
        #expect(a != b && b == base + "-2")
    }

    @Test func everyDevelopmentDocumentGivesAValidDraft() throws {
        let dir = Support.sharedEval.appendingPathComponent("dev")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted(), !names.isEmpty else { return }
        for name in names {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let events = try Extractor().extract(text: text, document: name)
            let meta = DocumentMetadata.read(head: Array(text.utf8.prefix(DocumentMetadata.headBytes)), format: .text)
            let yaml = EventWriter.yaml([DraftDocument(name: name, metadata: meta, events: events)], title: name)
            #expect(throws: Never.self, "\(name)") { _ = try Self.validate(yaml) }
        }
    }
}
