import Foundation
import GRDB
import Logging
import PostgresNIO
import Testing

/// The databases the integration tests run on: a SQLite file always, PostgreSQL when DYAD_TEST_POSTGRES_URL is set.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The server URL from the environment (`scripts/ci-postgres.sh` exports it).
    static let postgresURL = ProcessInfo.processInfo.environment["DYAD_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// SQLite always; PostgreSQL only when a server was given.
    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// A fresh, empty database of this kind: a new temporary file, or a new database on the server.
    func makeLocation() async throws -> String {
        switch self {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return dir.appendingPathComponent("test.sqlite").path
        case .postgres:
            let base = Backend.postgresURL!
            let name = "dyad_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            try await Self.admin(base) { connection, logger in
                _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
            }
            var url = URLComponents(string: base)!
            url.path = "/" + name
            return url.string!
        }
    }

    /// Drops a database made by `makeLocation`.
    func dispose(_ location: String) async {
        switch self {
        case .sqlite:
            try? FileManager.default.removeItem(atPath: (location as NSString).deletingLastPathComponent)
        case .postgres:
            guard let name = URLComponents(string: location)?.path.dropFirst(), name.hasPrefix("dyad_test_") else { return }
            try? await Self.admin(Backend.postgresURL!) { connection, logger in
                _ = try await connection.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name)"), logger: logger)
            }
        }
    }

    /// Runs one SQL statement on the database at `location`, outside the store, and says whether the schema refused it.
    func execute(_ sql: String, at location: String) async throws -> Refusal? {
        switch self {
        case .sqlite:
            let queue = try DatabaseQueue(path: location)
            defer { try? queue.close() }
            do {
                try await queue.write { db in try db.execute(sql: sql) }
                return nil
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                return switch error.extendedResultCode {
                case .SQLITE_CONSTRAINT_CHECK: .check
                case .SQLITE_CONSTRAINT_NOTNULL: .notNull
                case .SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE: .key
                default: .other(error.description)
                }
            }
        case .postgres:
            var refusal: Refusal?
            try await Self.admin(location) { connection, logger in
                do {
                    _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                } catch let error as PSQLError where error.serverInfo?[.sqlState]?.hasPrefix("23") == true {
                    // Class 23 is "integrity constraint violation"; anything else (a syntax error) is not a refusal.
                    refusal = switch error.serverInfo?[.sqlState] {
                    case "23514": .check
                    case "23502": .notNull
                    case "23505": .key
                    default: .other(String(reflecting: error))
                    }
                }
            }
            return refusal
        }
    }

    private static func admin(_ url: String, _ body: (PostgresConnection, Logger) async throws -> Void) async throws {
        let u = URLComponents(string: url)!
        let logger = Logger(label: "dyad.test")
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: u.host ?? "localhost", port: u.port ?? 5432, username: u.user ?? "postgres", password: u.password,
                database: String(u.path.dropFirst()), tls: .disable),
            id: 1, logger: logger)
        do { try await body(connection, logger) } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

/// Which kind of constraint refused a row, in terms both databases share.
enum Refusal: Equatable, Sendable {
    case check, notNull, key
    /// A constraint violation of another kind, with the database's words.
    case other(String)
}

/// The shared sample files, relative to the package root.
enum SharedData {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/eventdata")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func temporary(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
