import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import DyadServer

/// Every way a request can be wrong gets a JSON error with the right 4xx status, never a 500.
@Suite struct APIErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        var uri: String
        var status: Int
        var error: String
        var description: String { uri }
    }

    static let cases: [Case] = [
        Case(uri: "/api/state", status: 400, error: "missing parameter"),
        Case(uri: "/api/state?at=", status: 400, error: "missing parameter"),
        Case(uri: "/api/state?at=2015-13-45", status: 400, error: "bad date"),
        Case(uri: "/api/state?at=yesterday", status: 400, error: "bad date"),
        Case(uri: "/api/state?at=%FF%FE", status: 400, error: "bad date"),
        Case(uri: "/api/state?at=" + String(repeating: "9", count: 300), status: 400, error: "bad date"),
        Case(uri: "/api/changes?from=2008", status: 400, error: "missing parameter"),
        Case(uri: "/api/changes?to=2008", status: 400, error: "missing parameter"),
        Case(uri: "/api/changes?from=20x8&to=2015", status: 400, error: "bad date"),
        Case(uri: "/api/changes?from=2015&to=2008", status: 400, error: "bad range"),
        Case(uri: "/api/explain/NOSUCH", status: 404, error: "unknown entity"),
        Case(uri: "/api/explain/COOP?at=soon", status: 400, error: "bad date"),
        Case(uri: "/api/events?type=party", status: 400, error: "bad event type"),
        Case(uri: "/api/events?from=never", status: 400, error: "bad date"),
        Case(uri: "/api/events?to=1999-02-30", status: 400, error: "bad date"),
        Case(uri: "/api/events?entity=Atlantis", status: 404, error: "unknown entity"),
        Case(uri: "/api/timeline.svg?width=wide", status: 400, error: "bad width"),
        Case(uri: "/api/timeline.svg?width=100000", status: 400, error: "bad width"),
        Case(uri: "/api/timeline.svg?title=maybe", status: 400, error: "bad title"),
        Case(uri: "/nope", status: 404, error: "not found"),
        Case(uri: "/api", status: 404, error: "not found"),
        Case(uri: "/api/explain", status: 404, error: "not found"),
        Case(uri: "/../../etc/passwd", status: 404, error: "not found"),
        Case(uri: "/%2e%2e/%2e%2e/etc/passwd", status: 404, error: "not found"),
        Case(uri: "/app.js/../../../etc/passwd", status: 404, error: "not found"),
        Case(uri: "/index.html", status: 404, error: "not found"),
        Case(uri: "/api/state?at=2015&" + String(repeating: "x", count: 3000), status: 414, error: "request too long"),
    ]

    @Test(arguments: cases)
    func badRequestsGetJSONErrors(_ c: Case) async throws {
        let (status, type, body) = try await Fixtures.get(c.uri)
        #expect(status.code == c.status, "\(body)")
        #expect(type.hasPrefix("application/json"))
        let json = try Fixtures.json(body)
        #expect(json["error"] as? String == c.error)
        #expect((json["detail"] as? String)?.isEmpty == false)
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch])
    func writesAreRefused(method: HTTPRequest.Method) async throws {
        let (status, _, body) = try await Fixtures.get("/api/state?at=2015", method: method, body: ByteBuffer(string: "{}"))
        #expect(status == .methodNotAllowed)
        #expect(try Fixtures.json(body)["error"] as? String == "method not allowed")
        let allow = try await Fixtures.app().test(.router) { client in
            try await client.execute(uri: "/", method: method) { $0.headers[.allow] }
        }
        #expect(allow == "GET, HEAD")
    }

    @Test func largeBodiesAreRefused() async throws {
        let body = ByteBuffer(repeating: 0x41, count: 4096)
        let (status, _, text) = try await Fixtures.get("/api/history", headers: [.contentLength: "4096"], body: body)
        #expect(status == .contentTooLarge)
        #expect(try Fixtures.json(text)["error"] as? String == "body too large")
    }

    @Test func unknownEntityMessageSuggests() async throws {
        let (_, _, body) = try await Fixtures.get("/api/explain/NRCC")
        let detail = try #require(try Fixtures.json(body)["detail"] as? String)
        #expect(detail.contains("did you mean"))
    }
}
