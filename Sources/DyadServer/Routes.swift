import DyadCore
import Foundation
import DyadRender
import Hummingbird

/// The API's handlers: each reads its parameters, asks the chronicle, and encodes the answer.
enum Routes {
    static func add(to router: Router<some RequestContext>, service: HistoryService) {
        router.get("/api/history") { request, _ in kept(request, service.historyJSON, service) }
        router.get("/api/entities") { request, _ in kept(request, service.entitiesJSON, service) }
        router.get("/api/state") { request, _ throws(APIError) in
            let at = try Query.required(request, "at", example: "2015-01-01")
            return kept(request, try service.state(at: at), service)
        }
        router.get("/api/changes") { request, _ throws(APIError) in try changes(request, service) }
        router.get("/api/explain/{entity}") { request, context throws(APIError) in try explain(request, context, service) }
        router.get("/api/events") { request, _ throws(APIError) in try events(request, service) }
        router.get("/api/timeline.svg") { request, _ throws(APIError) in try timeline(request, service) }
        router.get("/api/index") { request, _ throws(APIError) in
            guard let bytes = service.indexJSON else {
                throw APIError(
                    .notFound, "no index",
                    "This server was started without event data; start it with --index-file FILE --dyad A:B to serve an index.")
            }
            return kept(request, bytes, service)
        }
        router.get("/openapi.json") { request, _ in kept(request, service.openAPIJSON, service) }
        for (path, asset) in WebAssets.byPath {
            router.get(RouterPath(path)) { _, _ in WebAssets.response(asset) }
        }
    }

    /// A JSON answer that depends on nothing but the request target: sent, and kept for the fast path.
    static func kept(_ request: Request, _ bytes: ByteBuffer, _ service: HistoryService) -> Response {
        if let target = request.head.path { service.responses.remember(target, contentType: JSONBody.contentType, body: bytes) }
        return JSONBody.response(bytes: bytes)
    }

    static func changes(_ request: Request, _ service: HistoryService) throws(APIError) -> Response {
        let from = try Query.date(request, "from", example: "2008")
        let to = try Query.date(request, "to", example: "2015")
        guard from.compare(to) != .after else {
            throw APIError(.badRequest, "bad range", "'from' (\(from)) must not be after 'to' (\(to)).")
        }
        let changes = service.chronicle.changes(from: from, to: to).map {
            APIChange(
                event: APIEvent($0.event), entity: $0.entity, before: $0.before?.rawValue, after: $0.after?.rawValue,
                certainty: $0.certainty.rawValue)
        }
        return JSONBody.response(APIChanges(from: APIDate(from), to: APIDate(to), changes: changes))
    }

    static func explain(_ request: Request, _ context: some RequestContext, _ service: HistoryService) throws(APIError) -> Response {
        let name = context.parameters.get("entity") ?? ""
        guard name.utf8.count <= Query.maxValueLength else {
            throw APIError(.badRequest, "bad entity", "An entity name is at most \(Query.maxValueLength) bytes.")
        }
        let entity = try service.entity(name.removingPercentEncoding ?? name)
        let at = try Query.optionalDate(request, "at")
        let explanation = service.chronicle.explain(entity, at: at)
        return JSONBody.response(
            APIExplanation(
                entity: entity.id, name: entity.name, at: at.map(APIDate.init), state: explanation.state.map(APIStatusAt.init),
                chain: explanation.chain.map(APIEvent.init), sources: explanation.sources.map(APISource.init)))
    }

    static func events(_ request: Request, _ service: HistoryService) throws(APIError) -> Response {
        var type: EventType?
        if let text = Query.optional(request, "type") {
            guard let known = EventType(rawValue: text) else {
                let all = EventType.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError(.badRequest, "bad event type", "'\(text.prefix(40))' is not an event type; use one of: \(all).")
            }
            type = known
        }
        let from = try Query.optionalDate(request, "from")
        let to = try Query.optionalDate(request, "to")
        let entity = try Query.optional(request, "entity").map { name throws(APIError) in try service.entity(name).id }
        // An event whose fuzzy date may fall in the range is kept: "possibly in range" is still in range.
        let events = service.history.events.filter { event in
            (type == nil || event.type == type)
                && (from.map { event.date.latest >= $0.earliest } ?? true)
                && (to.map { event.date.earliest <= $0.latest } ?? true)
                && (entity.map { id in event.subjects.contains(id) || event.object == id || event.by == id } ?? true)
        }
        .sorted { ($0.date.earliest, $0.date.latest) < ($1.date.earliest, $1.date.latest) }
        return JSONBody.response(APIEvents(count: events.count, events: events.map(APIEvent.init)))
    }

    static func timeline(_ request: Request, _ service: HistoryService) throws(APIError) -> Response {
        var showsTitle = true
        if let text = Query.optional(request, "title") {
            guard let flag = ["true": true, "false": false][text] else {
                throw APIError(.badRequest, "bad title", "'title' must be true or false.")
            }
            showsTitle = flag
        }
        var bytes = showsTitle ? service.timelineSVG : service.untitledSVG
        if let text = Query.optional(request, "width") {
            guard let width = Int(text), (480...4000).contains(width) else {
                throw APIError(.badRequest, "bad width", "'width' must be a whole number of pixels from 480 to 4000.")
            }
            bytes = ByteBuffer(string: SVGChart.render(service.chronicle, options: ChartOptions(width: width, showsTitle: showsTitle, band: service.index?.band)))
        }
        return Response(status: .ok, headers: [.contentType: "image/svg+xml; charset=utf-8"], body: .init(byteBuffer: bytes))
    }
}
