import Hummingbird

/// The server's one door: refuses what a read-only API never accepts, and turns every error into JSON.
struct APIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The longest request target accepted, path and query together.
    static var maxTargetLength: Int { 2048 }
    /// The largest request body accepted; the API reads none, so anything more than a stray byte is refused.
    static var maxBodyLength: Int { 1024 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            try Self.check(request)
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPResponseError {
            return try Self.translate(error.status).response(from: request, context: context)
        } catch {
            // Never expected: every handler throws APIError. Say so without leaking internals.
            return try APIError(.internalServerError, "internal error", "The server failed to answer this request.")
                .response(from: request, context: context)
        }
    }

    static func check(_ request: Request) throws(APIError) {
        guard request.method == .get || request.method == .head else {
            throw APIError(.methodNotAllowed, "method not allowed", "The API is read-only: use GET (or HEAD), not \(request.method.rawValue).")
        }
        guard request.uri.string.utf8.count <= maxTargetLength else {
            throw APIError(.uriTooLong, "request too long", "The path and query may be at most \(maxTargetLength) bytes.")
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyLength {
            throw APIError(.contentTooLarge, "body too large", "The API reads no request body; send at most \(maxBodyLength) bytes.")
        }
    }

    /// The router's own errors (no such route) in the API's shape.
    static func translate(_ status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound:
            APIError(.notFound, "not found", "No such page or API route. The routes are listed at /openapi.json.")
        default:
            APIError(status, status.reasonPhrase.lowercased(), "The request could not be served (\(status.code)).")
        }
    }
}
