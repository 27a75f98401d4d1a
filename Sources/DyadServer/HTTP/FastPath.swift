import Foundation
import Hummingbird
import NIOCore
import NIOHTTPTypes
import Synchronization

/// Responses the API has already given, by the exact request target, ready to be sent again as they are.
///
/// Only answers that depend on nothing but the target go in (a snapshot, the history, the chart), and
/// only after the router produced them, so every check the router and its middleware make has passed once
/// for that very target.
public final class ResponseCache: Sendable {
    struct Entry {
        var contentType: String
        var body: ByteBuffer
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// Enough for every month of a long history; past it, answers are not kept, so memory stays bounded.
    static let limit = 4096

    /// Creates an empty cache.
    public init() {}

    /// Keeps a successful answer to a GET of `target`.
    func remember(_ target: String, contentType: String, body: ByteBuffer) {
        entries.withLock { entries in
            if entries.count < Self.limit { entries[target] = Entry(contentType: contentType, body: body) }
        }
    }

    func lookup(_ target: String) -> Entry? { entries.withLock { $0[target] } }

    /// The number of answers kept.
    var count: Int { entries.withLock { $0.count } }
}

/// Sends a remembered answer straight from the event loop, so a repeated GET skips the trip through
/// the request task, the router and the middleware.
///
/// On this project's two-core machine the trip costs far more than the answer: a load test of the
/// snapshot route spent most of each request in task hand-offs and Hummingbird's async plumbing. A
/// request is only answered here when nothing else is pending on its connection (so responses keep
/// their order), it is a plain GET without a body, and the client does not ask to close; all else
/// goes on to the router untouched.
final class FastPathHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let cache: ResponseCache
    private let serverName: String
    /// Requests passed on to the router whose responses have not ended yet.
    private var pending = 0
    /// Whether the parts of a request answered here are still arriving (and must not reach the router).
    private var swallowing = false

    init(cache: ResponseCache, serverName: String) {
        self.cache = cache
        self.serverName = serverName
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            if pending == 0, let entry = answerable(head) {
                swallowing = true
                respond(context: context, entry)
                return
            }
            pending += 1
            context.fireChannelRead(data)
        case .body:
            if !swallowing { context.fireChannelRead(data) }
        case .end:
            if swallowing { swallowing = false } else { context.fireChannelRead(data) }
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { pending = max(0, pending - 1) }
        context.write(data, promise: promise)
    }

    private func answerable(_ head: HTTPRequest) -> ResponseCache.Entry? {
        guard head.method == .get, let target = head.path else { return nil }
        let fields = head.headerFields
        guard fields[.contentLength] == nil, fields[.transferEncoding] == nil else { return nil }
        if let connection = fields[.connection], connection.lowercased().contains("close") { return nil }
        return cache.lookup(target)
    }

    private func respond(context: ChannelHandlerContext, _ entry: ResponseCache.Entry) {
        var fields = HTTPFields()
        fields[.contentType] = entry.contentType
        fields[.contentLength] = String(entry.body.readableBytes)
        fields[.date] = HTTPDate.now()
        fields[.server] = serverName
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .ok, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(entry.body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}

/// The `Date` header's text, made at most once a second.
enum HTTPDate {
    private static let cached = Mutex<(second: Int, text: String)>((-1, ""))

    static func now() -> String {
        let now = Date()
        let second = Int(now.timeIntervalSince1970)
        return cached.withLock { cache in
            if cache.second != second { cache = (second, format(now)) }
            return cache.text
        }
    }

    /// RFC 9110's IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        let weekday = days[((c.weekday ?? 1) - 1) % 7]
        let month = months[((c.month ?? 1) - 1) % 12]
        return "\(weekday), \(two(c.day)) \(month) \(c.year ?? 1970) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) GMT"
    }
}
