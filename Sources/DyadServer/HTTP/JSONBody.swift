import Foundation
import Hummingbird

/// Encodes API values as JSON responses, with one encoder setup for the whole API.
enum JSONBody {
    static let contentType = "application/json; charset=utf-8"

    /// Sorted keys keep responses stable for tests, caches and diffs.
    static func encode(_ value: some Encodable) -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding the API's own plain value types cannot fail; an empty object is a safe fallback regardless.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return ByteBuffer(bytes: data)
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        response(bytes: encode(value), status: status)
    }

    static func response(bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: bytes))
    }
}
