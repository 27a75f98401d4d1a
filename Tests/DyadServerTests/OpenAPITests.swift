import Foundation
import Testing

@testable import DyadServer

/// The OpenAPI document describes exactly the routes the server answers.
@Suite struct OpenAPITests {
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
    }

    static func paths() throws -> [String: [String: Any]] {
        try #require(try document()["paths"] as? [String: [String: Any]])
    }

    @Test func servedDocumentIsTheSource() async throws {
        let (status, type, body) = try await Fixtures.get("/openapi.json")
        #expect(status == .ok)
        #expect(type.hasPrefix("application/json"))
        #expect(try Fixtures.json(body)["openapi"] as? String == "3.0.3")
    }

    @Test func documentsEveryRouteTheIssueNames() throws {
        let expected: Set = [
            "/api/history", "/api/entities", "/api/state", "/api/changes", "/api/explain/{entity}", "/api/events",
            "/api/timeline.svg", "/api/index", "/openapi.json",
        ]
        #expect(Set(try Self.paths().keys) == expected)
    }

    /// Calls each documented operation with its documented examples and checks the documented content type.
    @Test func everyDocumentedOperationAnswers() async throws {
        let document = try Self.document()
        let shared = (document["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]] ?? [:]
        for (template, item) in try Self.paths() {
            let operation = try #require(item["get"] as? [String: Any], "\(template) has no GET")
            var path = template
            var query: [String] = []
            for raw in operation["parameters"] as? [[String: Any]] ?? [] {
                var parameter = raw
                if let ref = raw["$ref"] as? String, let name = ref.split(separator: "/").last {
                    parameter = try #require(shared[String(name)])
                }
                let name = try #require(parameter["name"] as? String)
                var example = "\(try #require(parameter["example"], "\(template) \(name) lacks an example"))"
                // JSONSerialization hands booleans back as numbers; the query wants the words.
                if (parameter["schema"] as? [String: Any])?["type"] as? String == "boolean" {
                    example = ["0": "false", "1": "true"][example] ?? example
                }
                if parameter["in"] as? String == "path" {
                    path = path.replacingOccurrences(of: "{\(name)}", with: example)
                } else {
                    query.append("\(name)=\(example)")
                }
            }
            let uri = path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
            let responses = try #require(operation["responses"] as? [String: Any])
            let ok = try #require(responses["200"] as? [String: Any])
            let type = try #require((ok["content"] as? [String: Any])?.keys.first)
            let answer = try await Fixtures.get(uri)
            #expect(answer.status == .ok, "\(uri): \(answer.body)")
            #expect(answer.type.hasPrefix(type), "\(uri) answered \(answer.type), documented \(type)")
        }
    }

    /// Every 4xx a route can give is documented on it, pointing at the Error schema.
    @Test func errorResponsesAreDocumented() throws {
        let paths = try Self.paths()
        for (path, codes) in [("/api/state", ["400"]), ("/api/changes", ["400"]), ("/api/explain/{entity}", ["400", "404"]),
                              ("/api/events", ["400", "404"]), ("/api/timeline.svg", ["400"]), ("/api/index", ["404"])] {
            let responses = try #require((paths[path]?["get"] as? [String: Any])?["responses"] as? [String: Any])
            for code in codes { #expect(responses[code] != nil, "\(path) does not document \(code)") }
        }
    }
}
