import Foundation
import Testing

/// The query commands end to end, on the built-in history and on small files.
@Suite struct QueryCommandTests {
    @Test func stateAsJSONOnTheBuiltInHistory() throws {
        let r = try DyadRunner.run(["state", "--at", "2010-01-01", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let rows = try #require(json?["institutions"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0) })
        for id in ["NRC", "NIO", "MLM", "MISSION", "COOP"] {
            #expect(byID[id]?["status"] as? String == "active", "\(id)")
            #expect(byID[id]?["certainty"] as? String == "certain", "\(id)")
        }
    }

    @Test func stateTableMarksPossibleStatuses() throws {
        let file = try DyadRunner.temporaryFile("spring.yaml", Data(Self.spring.utf8))
        let april = try DyadRunner.run(["state", "--at", "2009-04-15", "--history", file.path])
        #expect(april.status == 0, "\(april.stderr)")
        #expect(april.stdout.contains("active?"))
        #expect(april.stdout.contains("possibly"))
        let june = try DyadRunner.run(["state", "--at", "2009-06-01", "--history", file.path])
        #expect(june.stdout.contains("active "))
        #expect(!june.stdout.contains("active?"))
    }

    @Test func explainNamesTheEventAndItsSource() throws {
        let r = try DyadRunner.run(["explain", "nato information office in moscow", "--at", "2022-01-01"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("closed, since 2021-10"))
        #expect(r.stdout.contains("https://"))
    }

    @Test func anUnknownEntitySuggestsNearNames() throws {
        let r = try DyadRunner.run(["explain", "NRX"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("did you mean"))
        #expect(r.stdout.isEmpty)
    }

    @Test func diffShowsThe2014Suspension() throws {
        let r = try DyadRunner.run(["diff", "2013", "2015"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("COOP"))
        #expect(r.stdout.contains("active → suspended"))
    }

    @Test func timelineAndEntitiesList() throws {
        let t = try DyadRunner.run(["timeline", "--format", "json"])
        #expect(t.status == 0)
        let events = try JSONSerialization.jsonObject(with: Data(t.stdout.utf8)) as? [[String: Any]]
        #expect((events?.count ?? 0) > 30)
        let e = try DyadRunner.run(["entities"])
        #expect(e.stdout.contains("NRC") && e.stdout.contains("Partnership for Peace"))
    }

    @Test func aBadDateIsAUsageError() throws {
        let r = try DyadRunner.run(["state", "--at", "next tuesday"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--at"))
    }

    @Test func dateReadsEachExpressionAndRejectsBadOnes() throws {
        let ok = try DyadRunner.run(["date", "2009-21", "1997-05-27"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("2009-03-01") && ok.stdout.contains("2009-05-31"))
        let bad = try DyadRunner.run(["date", "-"], stdin: "2008-08\n2008-13\n")
        #expect(bad.status == 65)
        #expect(bad.stdout.contains("2008-08-31"))
        #expect(bad.stderr.contains("2008-13: rejected"))
    }

    static let spring = """
        dyad: 1
        title: Spring test
        actors:
          - {id: A, name: Alpha, kind: organisation}
        institutions:
          - {id: C, name: Council, kind: forum, members: [A]}
        sources:
          - {id: s, title: Notes, publisher: Us}
        events:
          - {id: e1, type: establish, date: 2002, object: C, sources: [s]}
          - {id: e2, type: suspend, date: 2008-08, object: C, sources: [s]}
          - {id: e3, type: resume, date: 2009-21, object: C, sources: [s]}
        """
}
