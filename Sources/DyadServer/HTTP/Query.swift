import DyadCore
import Hummingbird

/// Reading and checking query parameters; every problem becomes a 400 that says what would work.
enum Query {
    /// The longest value accepted for one parameter.
    static let maxValueLength = 200

    static func required(_ request: Request, _ name: String, example: String) throws(APIError) -> String {
        guard let value = optional(request, name) else { throw APIError.missing(name, example: example) }
        return value
    }

    static func optional(_ request: Request, _ name: String) -> String? {
        guard let value = request.uri.queryParameters[Substring(name)], !value.isEmpty else { return nil }
        return String(value)
    }

    static func date(_ text: String, name: String) throws(APIError) -> EDTFDate {
        guard text.utf8.count <= maxValueLength else {
            throw APIError(.badRequest, "bad date", "The parameter '\(name)' is too long to be a date.")
        }
        do {
            return try EDTFDate(text)
        } catch {
            throw APIError.badDate(name, text, error.message)
        }
    }

    static func date(_ request: Request, _ name: String, example: String) throws(APIError) -> EDTFDate {
        try date(required(request, name, example: example), name: name)
    }

    static func optionalDate(_ request: Request, _ name: String) throws(APIError) -> EDTFDate? {
        guard let text = optional(request, name) else { return nil }
        return try date(text, name: name)
    }
}
