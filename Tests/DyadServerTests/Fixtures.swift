import DyadCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import DyadServer

/// One service over the built-in history, shared by the tests (building it renders the chart once).
enum Fixtures {
    static let service: HistoryService = {
        guard let history = try? History.builtIn() else { fatalError("the built-in history does not load") }
        return HistoryService(history: history)
    }()

    /// The very application `dyad serve` runs, driven in-process.
    static func app() -> some ApplicationProtocol {
        buildApplication(service: service, options: ServeOptions(), logger: Logger(label: "test"))
    }

    /// Sends one request and hands back the status, the content type and the body as text.
    static func get(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: ByteBuffer? = nil
    ) async throws -> (status: HTTPResponse.Status, type: String, body: String) {
        try await app().test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                (response.status, response.headers[.contentType] ?? "", String(buffer: response.body))
            }
        }
    }

    /// The body as a JSON object.
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
