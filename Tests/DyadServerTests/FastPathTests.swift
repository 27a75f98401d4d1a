import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

@testable import DyadServer

/// The event-loop fast path: what it answers itself, what it leaves to the router, and in what order.
@Suite struct FastPathTests {
    static let body = ByteBuffer(string: #"{"cached":true}"#)

    /// A channel with only the fast path in it, and one remembered answer.
    static func channel() throws -> EmbeddedChannel {
        let cache = ResponseCache()
        cache.remember("/api/state?at=2015-01-01", contentType: JSONBody.contentType, body: body)
        return EmbeddedChannel(handler: FastPathHandler(cache: cache, serverName: "dyad"))
    }

    static func head(_ path: String, method: HTTPRequest.Method = .get, _ fields: HTTPFields = [:]) -> HTTPRequestPart {
        .head(HTTPRequest(method: method, scheme: nil, authority: "localhost", path: path, headerFields: fields))
    }

    /// Sends one whole request (head and end) into the channel.
    static func send(_ channel: EmbeddedChannel, _ head: HTTPRequestPart) throws {
        try channel.writeInbound(head)
        try channel.writeInbound(HTTPRequestPart.end(nil))
    }

    /// The whole response the channel wrote, if any.
    static func response(_ channel: EmbeddedChannel) throws -> (HTTPResponse, String)? {
        guard case .head(let head) = try channel.readOutbound(as: HTTPResponsePart.self) else { return nil }
        guard case .body(let body) = try channel.readOutbound(as: HTTPResponsePart.self) else { return nil }
        guard case .end = try channel.readOutbound(as: HTTPResponsePart.self) else { return nil }
        return (head, String(buffer: body))
    }

    @Test func aRememberedGetIsAnsweredWithoutReachingTheRouter() throws {
        let channel = try Self.channel()
        try Self.send(channel, Self.head("/api/state?at=2015-01-01"))
        let (head, body) = try #require(try Self.response(channel))
        #expect(head.status == .ok)
        #expect(head.headerFields[.contentType] == JSONBody.contentType)
        #expect(head.headerFields[.contentLength] == String(Self.body.readableBytes))
        #expect(head.headerFields[.server] == "dyad")
        #expect(head.headerFields[.date]?.hasSuffix(" GMT") == true)
        #expect(body == #"{"cached":true}"#)
        #expect(try channel.readInbound(as: HTTPRequestPart.self) == nil, "nothing goes on to the router")
    }

    @Test(arguments: [
        head("/api/state?at=2016-01-01"),
        head("/api/state?at=2015-01-01", method: .head),
        head("/api/state?at=2015-01-01", method: .post),
        head("/api/state?at=2015-01-01", [.connection: "close"]),
        head("/api/state?at=2015-01-01", [.contentLength: "5"]),
    ])
    func everythingElseGoesOnUntouched(_ request: HTTPRequestPart) throws {
        let channel = try Self.channel()
        try Self.send(channel, request)
        #expect(try channel.readInbound(as: HTTPRequestPart.self) == request)
        #expect(try channel.readInbound(as: HTTPRequestPart.self) == .end(nil))
        #expect(try channel.readOutbound(as: HTTPResponsePart.self) == nil, "the fast path wrote nothing")
    }

    @Test func responsesKeepTheirOrderWhenRequestsArePipelined() throws {
        let channel = try Self.channel()
        // The router is still working on the first request when the second, remembered one arrives.
        try Self.send(channel, Self.head("/api/changes?from=2008&to=2015"))
        try Self.send(channel, Self.head("/api/state?at=2015-01-01"))
        #expect(try channel.readOutbound(as: HTTPResponsePart.self) == nil, "no answer may overtake the first")
        var forwarded: [HTTPRequestPart] = []
        while let part = try channel.readInbound(as: HTTPRequestPart.self) { forwarded.append(part) }
        #expect(forwarded.count == 4, "both requests went to the router")
        // Once the router's two answers have ended, a remembered request is answered on the spot again.
        for _ in 0..<2 {
            try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
            try channel.writeOutbound(HTTPResponsePart.end(nil))
        }
        while try channel.readOutbound(as: HTTPResponsePart.self) != nil {}
        try Self.send(channel, Self.head("/api/state?at=2015-01-01"))
        #expect(try Self.response(channel)?.1 == #"{"cached":true}"#)
    }

    @Test func theServerRemembersWhatTheRouterAnswered() async throws {
        let service = HistoryService(history: Fixtures.history)
        let uri = "/api/state?at=2015-01-01"
        try await Fixtures.app(service).test(.live) { client in
            let first = try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
            #expect(service.responses.count == 1)
            let second = try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body), $0.headers) }
            #expect(first.0 == .ok && second.0 == .ok)
            #expect(first.1 == second.1, "the remembered answer is the router's, byte for byte")
            #expect(second.2[.contentType] == JSONBody.contentType)
            let bad = try await client.execute(uri: "/api/state?at=not-a-date", method: .get) { $0.status }
            #expect(bad == .badRequest)
            #expect(service.responses.count == 1, "errors are never remembered")
        }
    }

    @Test func datesAreIMFFixdates() {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }
}
