import Testing
@testable import DyadCore

/// The status engine on small histories written for each rule.
@Suite struct ChronicleTests {
    static let header = """
        dyad: 1
        title: Test
        pair: [A, B]
        actors:
          - {id: A, name: Alpha, kind: organisation}
          - {id: B, name: Beta, kind: state}
          - {id: C, name: Gamma, kind: state}
        sources:
          - {id: s, title: Notes, publisher: Us}

        """

    func chronicle(_ body: String) throws -> Chronicle {
        Chronicle(try HistoryFile.read(Self.header + body, name: "test.yaml"))
    }

    static let springResumption = """
        institutions:
          - {id: C1, name: Council, kind: forum, members: [A, B]}
        events:
          - {id: e1, type: establish, date: 2002-05-28, object: C1, sources: [s]}
          - {id: e2, type: suspend, date: 2008-08-19, subject: A, object: C1, sources: [s]}
          - {id: e3, type: resume, date: 2009-21, object: C1, sources: [s]}
        """

    @Test func aQueryInsideASeasonAnswersPossibly() throws {
        let c = try chronicle(Self.springResumption)
        let april = try #require(c.status(of: "C1", at: try EDTFDate("2009-04-15")))
        #expect(april.status == .active)
        #expect(april.certainty == .possible)
        #expect(april.otherwise == .suspended)
        #expect(april.pending.map(\.id) == ["e3"])
        let june = try #require(c.status(of: "C1", at: try EDTFDate("2009-06-01")))
        #expect(june.status == .active)
        #expect(june.certainty == .certain)
        #expect(june.since?.id == "e3")
        let february = try #require(c.status(of: "C1", at: try EDTFDate("2009-02-28")))
        #expect(february.status == .suspended)
        #expect(february.certainty == .certain)
    }

    @Test func partsFollowTheirBody() throws {
        let c = try chronicle(Self.springResumption)
        #expect(c.status(of: "B", in: "C1", at: try EDTFDate("2005"))?.status == .active)
        #expect(c.status(of: "B", in: "C1", at: try EDTFDate("2009-01-01"))?.status == .suspended)
        #expect(c.status(of: "B", in: "C1", at: try EDTFDate("2009-04-15"))?.certainty == .possible)
        #expect(c.status(of: "C", in: "C1", at: try EDTFDate("2005")) == nil)
    }

    @Test func aYearQueryStraddlingAnEventIsPossible() throws {
        let c = try chronicle(Self.springResumption)
        let s = try #require(c.status(of: "C1", at: try EDTFDate("2008")))
        #expect(s.certainty == .possible)
        #expect(s.status == .suspended)
        #expect(s.otherwise == .active)
    }

    @Test func notYetBeforeTheFirstEvent() throws {
        let c = try chronicle(Self.springResumption)
        #expect(c.status(of: "C1", at: try EDTFDate("2001-12-31"))?.status == .notYet)
    }

    @Test func replacementEndsTheOldBodyAndStartsTheNewWithItsMembers() throws {
        let c = try chronicle("""
            institutions:
              - {id: OLD, name: Old Council, kind: forum, members: [A]}
              - {id: NEW, name: New Council, kind: forum}
            events:
              - {id: e1, type: establish, date: 1991-12-20, object: OLD, sources: [s]}
              - {id: e2, type: join, date: 1992, subject: B, object: OLD, sources: [s]}
              - {id: e3, type: replace, date: 1997-05-30, object: OLD, by: NEW, sources: [s]}
            """)
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        let at = try EDTFDate("1998")
        #expect(c.status(of: "OLD", at: at)?.status == .replaced)
        #expect(c.status(of: "NEW", at: at)?.status == .active)
        #expect(c.status(of: "NEW", at: at)?.since?.id == "e3")
        #expect(c.status(of: "A", in: "NEW", at: at)?.status == .active)
        #expect(c.status(of: "B", in: "NEW", at: at)?.status == .active)
        #expect(c.intervals(of: "OLD").map(\.status) == [.notYet, .active, .replaced])
    }

    @Test func leavingClosesOnlyThatPart() throws {
        let c = try chronicle("""
            institutions:
              - {id: T, name: Treaty, kind: agreement}
            events:
              - {id: e1, type: sign, date: 1990, subject: [A, B], object: T, sources: [s]}
              - {id: e2, type: leave, date: 2023-11-07, subject: B, object: T, sources: [s]}
            """)
        let at = try EDTFDate("2024")
        #expect(c.status(of: "T", at: at)?.status == .active)
        #expect(c.status(of: "A", in: "T", at: at)?.status == .active)
        #expect(c.status(of: "B", in: "T", at: at)?.status == .closed)
    }

    @Test(arguments: [
        ("resume", "- {id: e2, type: resume, date: 2001, object: X, sources: [s]}", "never suspended"),
        ("closed", "- {id: e2, type: close, date: 2001, object: X, sources: [s]}\n  - {id: e3, type: suspend, date: 2002, object: X, sources: [s]}", "after it was closed"),
        ("join early", "- {id: e2, type: join, date: 1999, subject: B, object: Y, sources: [s]}\n  - {id: e3, type: establish, date: 2001, object: Y, sources: [s]}", "before it is established"),
        ("late successor", "- {id: e2, type: replace, date: 2001, object: X, by: Y, sources: [s]}\n  - {id: e3, type: establish, date: 2003, object: Y, sources: [s]}", "only established after it took over"),
        ("no successor", "- {id: e2, type: replace, date: 2001, object: X, sources: [s]}", "names no successor"),
        ("twice", "- {id: e2, type: establish, date: 2001, object: X, sources: [s]}", "established again"),
        ("meeting", "- {id: e2, type: suspend, date: 2001, object: X, sources: [s]}\n  - {id: e3, type: meet, date: 2002, object: X, sources: [s]}", "while it is suspended"),
    ])
    func findingsPointAtTheEvent(name: String, events: String, expected: String) throws {
        let c = try chronicle("""
            institutions:
              - {id: X, name: Ex, kind: forum}
              - {id: Y, name: Why, kind: forum}
            events:
              - {id: e1, type: establish, date: 2000, object: X, sources: [s]}
              \(events)
            """)
        let hit = c.warnings.first { $0.message.contains(expected) }
        #expect(hit != nil, "\(name): \(c.warnings)")
        #expect(hit?.location?.file == "test.yaml")
        #expect(hit?.eventID != nil)
    }

    @Test func changesBetweenTwoDatesListTransitionsAndPointEvents() throws {
        let c = try chronicle(Self.springResumption + "\n  - {id: e4, type: condemn, date: 2008-08-27, subject: A, object: B, sources: [s]}")
        let changes = c.changes(from: try EDTFDate("2008-01-01"), to: try EDTFDate("2010-01-01"))
        let institutionChanges = changes.filter { $0.entity == "C1" }
        #expect(institutionChanges.map(\.event.id) == ["e2", "e3"])
        #expect(institutionChanges.first?.before == .active && institutionChanges.first?.after == .suspended)
        #expect(changes.contains { $0.event.id == "e4" && $0.before == nil })
        #expect(!changes.contains { $0.event.id == "e1" })
    }

    @Test func explanationChainsStopAtTheDate() throws {
        let c = try chronicle(Self.springResumption)
        let x = c.explain(try c.history.resolve("council"), at: try EDTFDate("2008-12-31"))
        #expect(x.chain.map(\.id) == ["e1", "e2"])
        #expect(x.state?.status == .suspended)
        #expect(x.sources.map(\.id) == ["s"])
    }

    @Test func anInstitutionNothingEstablishesIsAssumedAndReported() throws {
        let c = try chronicle("""
            institutions:
              - {id: R, name: Relations, kind: relationship}
            events:
              - {id: e1, type: suspend, date: 1999-03-24, subject: B, object: R, sources: [s]}
            """)
        #expect(c.status(of: "R", at: try EDTFDate("1998"))?.status == .active)
        #expect(c.status(of: "R", at: try EDTFDate("2000"))?.status == .suspended)
        #expect(c.warnings.contains { $0.message.contains("nothing establishes") })
    }
}
