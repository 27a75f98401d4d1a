import Foundation
import Hummingbird

/// An error the API reports as JSON `{"error": …, "detail": …}` with a 4xx status.
///
/// Every failure, whatever raised it, is turned into one of these in one place
/// (`APIErrorMiddleware`), so clients see one shape of error.
public struct APIError: Error, HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short, stable phrase a program can match (`bad date`, `not found`).
    public var error: String
    /// What went wrong and what to do about it, for a person.
    public var detail: String

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, _ error: String, _ detail: String) {
        self.status = status
        self.error = error
        self.detail = detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONBody.response(Body(error: error, detail: detail), status: status)
        // RFC 9110 asks a 405 to say which methods would work.
        if status == .methodNotAllowed { response.headers[.allow] = "GET, HEAD" }
        return response
    }

    struct Body: Encodable {
        var error: String
        var detail: String
    }
}

extension APIError {
    /// A query parameter that must be there is missing.
    static func missing(_ name: String, example: String) -> APIError {
        APIError(.badRequest, "missing parameter", "The query parameter '\(name)' is required, for example ?\(name)=\(example).")
    }

    /// A date that is not EDTF.
    static func badDate(_ name: String, _ text: String, _ reason: String) -> APIError {
        APIError(
            .badRequest, "bad date",
            "The parameter '\(name)' must be an EDTF date such as 2015, 2015-01-01 or 2009-21; '\(text)' is not: \(reason).")
    }
}
