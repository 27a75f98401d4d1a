import DyadCore
import DyadRender
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import DyadServer

/// Services over the built-in history, shared by the tests (building one renders the chart once).
enum Fixtures {
    static let history: History = {
        guard let history = try? History.builtIn() else { fatalError("the built-in history does not load") }
        return history
    }()

    /// Three months of event data, as `dyad serve --index-file … --dyad NATO:RUS` would compute them; February is quiet.
    static let index: ServedIndex = {
        func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
        let band = IndexBand(
            title: "NATO–RUS: 14 events, mean Goldstein",
            cells: [
                IndexBand.Cell(start: day(2014, 1, 1), end: day(2014, 1, 31), count: 4, mean: -3.5),
                IndexBand.Cell(start: day(2014, 2, 1), end: day(2014, 2, 28), count: 0, mean: nil),
                IndexBand.Cell(start: day(2014, 3, 1), end: day(2014, 3, 31), count: 10, mean: 2),
            ])
        return ServedIndex(band: band, a: "NATO", b: "RUS", granularity: "month", source: "events.tab", events: 14, malformed: 1)
    }()

    /// The server as started with an index, so every documented route answers.
    static let service = HistoryService(history: history, index: index)

    /// The server as started without --index-file.
    static let withoutIndex = HistoryService(history: history)

    /// The very application `dyad serve` runs, driven in-process.
    static func app(_ service: HistoryService = service) -> some ApplicationProtocol {
        buildApplication(service: service, options: ServeOptions(), logger: Logger(label: "test"))
    }

    /// Sends one request and hands back the status, the content type and the body as text.
    static func get(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: ByteBuffer? = nil,
        from service: HistoryService = service
    ) async throws -> (status: HTTPResponse.Status, type: String, body: String) {
        try await app(service).test(.router) { client in
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
