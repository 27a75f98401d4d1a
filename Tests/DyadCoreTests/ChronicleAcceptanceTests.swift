import Testing
@testable import DyadCore

/// The acceptance facts of the built-in NATO–Russia history.
@Suite struct ChronicleAcceptanceTests {
    let chronicle: Chronicle

    init() throws {
        chronicle = Chronicle(try History.builtIn())
    }

    private func status(_ id: String, _ date: String) throws -> StatusAt {
        try #require(chronicle.status(of: id, at: try EDTFDate(date)))
    }

    @Test func builtInHistoryHasNoFindings() {
        #expect(chronicle.warnings.isEmpty, "\(chronicle.warnings)")
    }

    @Test(arguments: ["NRC", "NIO", "MLM", "MISSION", "COOP"])
    func activeOnFirstJanuary2010(id: String) throws {
        let s = try status(id, "2010-01-01")
        #expect(s.status == .active)
        #expect(s.certainty == .certain)
    }

    @Test func practicalCooperationSuspendedIn2015WhileChannelsStand() throws {
        #expect(try status("COOP", "2015-01-01").status == .suspended)
        for id in ["NRC", "NIO", "MLM", "MISSION"] {
            #expect(try status(id, "2015-01-01").status == .active, "\(id)")
        }
    }

    @Test func channelsCurtailedBy2022() throws {
        #expect(try status("MISSION", "2022-01-01").status == .suspended)
        #expect(try status("MLM", "2022-01-01").status == .suspended)
        #expect(try status("NIO", "2022-01-01").status == .closed)
    }

    @Test func relationsFrozenInMay1999() throws {
        let s = try status("REL", "1999-05-01")
        #expect(s.status == .suspended)
        #expect(s.certainty == .certain)
    }

    @Test func explainingTheInformationOfficeNamesOctober2021AndItsSource() throws {
        let history = chronicle.history
        let x = chronicle.explain(try history.resolve("NIO"), at: try EDTFDate("2022-01-01"))
        let closing = try #require(x.state?.since)
        #expect(closing.type == .close)
        #expect(closing.date.earliest >= Day(year: 2021, month: 10, day: 1)!)
        #expect(closing.date.latest <= Day(year: 2021, month: 11, day: 1)!)
        #expect(!closing.sources.isEmpty)
        let cited = Set(closing.sources.map(\.source))
        #expect(x.sources.contains { cited.contains($0.id) && $0.url != nil })
    }

    @Test func replacementCarriesMembersOver() throws {
        let nrc = try #require(chronicle.status(of: "RUS", in: "NRC", at: try EDTFDate("2003-01-01")))
        #expect(nrc.status == .active)
        #expect(try status("PJC", "2003-01-01").status == .replaced)
        #expect(try status("NACC", "1998-01-01").status == .replaced)
        #expect(try status("EAPC", "1998-01-01").status == .active)
    }

    @Test func everyEventCitesASourceWithAnAddress() {
        let sources = Dictionary(uniqueKeysWithValues: chronicle.history.sources.map { ($0.id, $0) })
        for e in chronicle.history.events {
            #expect(!e.sources.isEmpty, "\(e.id) cites nothing")
            for c in e.sources { #expect(sources[c.source]?.url != nil, "\(e.id) → \(c.source)") }
        }
    }
}
