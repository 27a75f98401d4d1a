import Foundation
import Testing

@testable import DyadServer

/// Every route of the API answers with the documented shape on good input.
@Suite struct APIRouteTests {
    @Test func historyHasEverything() async throws {
        let (status, type, body) = try await Fixtures.get("/api/history")
        #expect(status == .ok)
        #expect(type.hasPrefix("application/json"))
        let json = try Fixtures.json(body)
        #expect(json["title"] as? String == "NATO–Russia relations")
        #expect((json["events"] as? [Any])?.isEmpty == false)
        #expect((json["sources"] as? [Any])?.isEmpty == false)
    }

    @Test func entitiesListActorsAndInstitutions() async throws {
        let (status, _, body) = try await Fixtures.get("/api/entities")
        #expect(status == .ok)
        let entities = try #require(try Fixtures.json(body)["entities"] as? [[String: Any]])
        #expect(entities.contains { $0["id"] as? String == "COOP" && $0["entity"] as? String == "institution" })
        #expect(entities.contains { $0["id"] as? String == "RUS" && $0["entity"] as? String == "actor" })
    }

    @Test(arguments: [("2015-01-01", "suspended"), ("2010-01-01", "active"), ("2015", "suspended")])
    func stateOfPracticalCooperation(at: String, expected: String) async throws {
        let (status, _, body) = try await Fixtures.get("/api/state?at=\(at)")
        #expect(status == .ok)
        let entries = try #require(try Fixtures.json(body)["entries"] as? [[String: Any]])
        let coop = try #require(entries.first { $0["id"] as? String == "COOP" })
        let state = try #require(coop["state"] as? [String: Any])
        #expect(state["status"] as? String == expected)
        #expect(state["certainty"] as? String == "certain")
    }

    @Test func stateIsCachedAndIdentical() async throws {
        let first = try await Fixtures.get("/api/state?at=2012-06-01")
        let second = try await Fixtures.get("/api/state?at=2012-06-01")
        #expect(first.body == second.body)
    }

    @Test func changesBetweenTwoDates() async throws {
        let (status, _, body) = try await Fixtures.get("/api/changes?from=2008&to=2015")
        #expect(status == .ok)
        let changes = try #require(try Fixtures.json(body)["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["entity"] as? String == "COOP" && $0["after"] as? String == "suspended" })
    }

    @Test func explainNamesTheEventsAndSources() async throws {
        let (status, _, body) = try await Fixtures.get("/api/explain/COOP?at=2015-01-01")
        #expect(status == .ok)
        let json = try Fixtures.json(body)
        #expect((json["state"] as? [String: Any])?["status"] as? String == "suspended")
        #expect((json["chain"] as? [Any])?.isEmpty == false)
        #expect((json["sources"] as? [Any])?.isEmpty == false)
    }

    @Test func explainResolvesNamesCaseInsensitively() async throws {
        let (status, _, body) = try await Fixtures.get("/api/explain/nato-russia%20council")
        #expect(status == .ok)
        #expect(try Fixtures.json(body)["entity"] as? String == "NRC")
    }

    @Test func eventsFilterByTypeDateAndEntity() async throws {
        let (status, _, body) = try await Fixtures.get("/api/events?type=suspend&from=2008&to=2022&entity=COOP")
        #expect(status == .ok)
        let json = try Fixtures.json(body)
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        #expect(json["count"] as? Int == events.count)
        for event in events {
            #expect(event["type"] as? String == "suspend")
            #expect(event["object"] as? String == "COOP" || (event["subjects"] as? [String])?.contains("COOP") == true)
        }
    }

    @Test func eventsUnfilteredAreAllInDateOrder() async throws {
        let (_, _, body) = try await Fixtures.get("/api/events")
        let events = try #require(try Fixtures.json(body)["events"] as? [[String: Any]])
        #expect(events.count == Fixtures.service.history.events.count)
        let starts = events.compactMap { ($0["date"] as? [String: Any])?["earliest"] as? String }
        #expect(starts == starts.sorted())
    }

    @Test(arguments: ["/api/timeline.svg", "/api/timeline.svg?width=800", "/api/timeline.svg?title=false&width=600"])
    func timelineIsSVG(uri: String) async throws {
        let (status, type, body) = try await Fixtures.get(uri)
        #expect(status == .ok)
        #expect(type.hasPrefix("image/svg+xml"))
        #expect(body.contains("<svg"))
    }

    @Test(arguments: [("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css")])
    func pageAssets(uri: String, type expected: String) async throws {
        let (status, type, body) = try await Fixtures.get(uri)
        #expect(status == .ok)
        #expect(type.hasPrefix(expected))
        #expect(!body.isEmpty)
    }

    @Test func headAnswersWithoutBody() async throws {
        let (status, _, body) = try await Fixtures.get("/api/state?at=2015", method: .head)
        #expect(status == .ok)
        #expect(body.isEmpty)
    }
}
