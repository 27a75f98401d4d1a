import Foundation
import Testing

@testable import DyadServer

/// The event-data index of `dyad serve --index-file`: served as JSON, drawn under the chart, a 404 without one.
@Suite struct IndexRouteTests {
    @Test func indexIsServedAsJSON() async throws {
        let (status, type, body) = try await Fixtures.get("/api/index")
        #expect(status == .ok)
        #expect(type.hasPrefix("application/json"))
        let json = try Fixtures.json(body)
        #expect(json["a"] as? String == "NATO")
        #expect(json["b"] as? String == "RUS")
        #expect(json["by"] as? String == "month")
        #expect(json["source"] as? String == "events.tab")
        #expect(json["events"] as? Int == 14)
        #expect(json["malformed"] as? Int == 1)
        let periods = try #require(json["periods"] as? [[String: Any]])
        #expect(periods.map { $0["start"] as? String } == ["2014-01-01", "2014-02-01", "2014-03-01"])
        #expect(periods.map { $0["end"] as? String } == ["2014-01-31", "2014-02-28", "2014-03-31"])
        #expect(periods.map { $0["count"] as? Int } == [4, 0, 10])
        #expect(periods[0]["goldsteinMean"] as? Double == -3.5)
        // A quiet period has no mean rather than a made-up zero, which would read as neutral relations.
        #expect(periods[1]["goldsteinMean"] == nil)
    }

    @Test func withoutAnIndexFileTheRouteIsAJSON404() async throws {
        let (status, type, body) = try await Fixtures.get("/api/index", from: Fixtures.withoutIndex)
        #expect(status == .notFound)
        #expect(type.hasPrefix("application/json"))
        let json = try Fixtures.json(body)
        #expect(json["error"] as? String == "no index")
        #expect((json["detail"] as? String)?.contains("--index-file") == true)
    }

    @Test func theIndexIsReadOnly() async throws {
        let (status, _, body) = try await Fixtures.get("/api/index", method: .post)
        #expect(status == .methodNotAllowed, "\(body)")
    }

    @Test(arguments: ["/api/timeline.svg", "/api/timeline.svg?title=false", "/api/timeline.svg?width=900"])
    func theChartDrawsTheBandOnlyWhenGivenAnIndex(uri: String) async throws {
        let with = try await Fixtures.get(uri)
        #expect(with.status == .ok)
        #expect(with.body.contains("class=\"index-band\""))
        #expect(with.body.contains("NATO–RUS: 14 events, mean Goldstein"))
        // One bar per period with events: January and March, not the quiet February.
        #expect(with.body.contains("2014-01-01–2014-01-31: 4 events"))
        #expect(with.body.contains("2014-03-01–2014-03-31: 10 events"))
        #expect(!with.body.contains("2014-02-01–2014-02-28"))
        let without = try await Fixtures.get(uri, from: Fixtures.withoutIndex)
        #expect(without.status == .ok)
        #expect(!without.body.contains("index-band"))
    }

    @Test func thePageAsksForTheIndex() async throws {
        let (status, _, script) = try await Fixtures.get("/app.js")
        #expect(status == .ok)
        #expect(script.contains("/api/index"))
    }
}
