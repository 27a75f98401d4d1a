import DyadEventData
import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL backend, on PostgresNIO: one connection; each batch is one `INSERT … SELECT FROM unnest(…)`
/// statement, so a batch lands whole or not at all.
final class PostgresBackend: StoreBackend {
    let connection: PostgresConnection
    let logger: Logger
    let shownURL: String
    var filePath: String? { nil }

    private init(connection: PostgresConnection, logger: Logger, shownURL: String) {
        self.connection = connection
        self.logger = logger
        self.shownURL = shownURL
    }

    /// Connects to `postgres://user:password@host:port/database`.
    static func connect(url text: String, logger: Logger) async throws -> PostgresBackend {
        guard let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw EventDataError(.usage, "--db: expected postgres://user[:password]@host[:port]/database, found \(redacted(text))")
        }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        let configuration = PostgresConnection.Configuration(
            host: host, port: url.port ?? 5432, username: url.user ?? "postgres", password: url.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return PostgresBackend(connection: connection, logger: logger, shownURL: redacted(text))
        } catch {
            throw EventDataError(
                .unavailable, "cannot connect to PostgreSQL at \(redacted(text)): \(describe(error)); is the server running and the URL right?")
        }
    }

    /// The URL with its password replaced, for messages.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            // A refused or dropped connection carries the socket error underneath, which says more than the code.
            if let underlying = error.underlying { return "\(error.code) (\(underlying))" }
            return "\(error.code)"
        }
        return "\(error)"
    }

    private func run(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        do { return try await connection.query(query, logger: logger) } catch {
            throw EventDataError(.unavailable, "PostgreSQL at \(shownURL): \(Self.describe(error))")
        }
    }

    func migrate() async throws {
        _ = try await run("CREATE TABLE IF NOT EXISTS dyad_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        for migration in Schema.migrations {
            _ = try await run("BEGIN")
            do {
                // One migrator at a time: a second process waits here, then sees the name recorded and skips.
                _ = try await run("SELECT pg_advisory_xact_lock(4242001)")
                let done = try await run("SELECT 1 FROM dyad_migrations WHERE name = \(migration.name)")
                var applied = false
                for try await _ in done { applied = true }
                if !applied {
                    for statement in migration.postgres.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
                        _ = try await run(PostgresQuery(unsafeSQL: String(statement)))
                    }
                    _ = try await run("INSERT INTO dyad_migrations (name) VALUES (\(migration.name))")
                }
                _ = try await run("COMMIT")
            } catch {
                _ = try? await run("ROLLBACK")
                throw error
            }
        }
    }

    func appliedMigrations() async throws -> [String] {
        var names: [String] = []
        for try await name in try await run("SELECT name FROM dyad_migrations ORDER BY name").decode(String.self) {
            names.append(name)
        }
        return names
    }

    func insertBlocking(_ batch: [EventRecord]) throws -> Int {
        // Arrays cannot carry NULL through this encoder, so missing text travels as "" and NULLIF restores it;
        // an empty string is never a real value in these datasets.
        func col(_ pick: (EventRecord) -> String?) -> [String] { batch.map { pick($0) ?? "" } }
        var binds = PostgresBindings(capacity: 15)
        binds.append(batch.map(\.dataset.rawValue))
        binds.append(batch.map(\.id))
        binds.append(batch.map(\.day))
        binds.append(col(\.source.name))
        binds.append(col(\.source.code))
        binds.append(col(\.source.country))
        binds.append(col(\.source.owner))
        binds.append(col(\.target.name))
        binds.append(col(\.target.code))
        binds.append(col(\.target.country))
        binds.append(col(\.target.owner))
        binds.append(col(\.cameo))
        binds.append(col(\.plover))
        binds.append(batch.map(\.goldstein))
        binds.append(batch.map(\.quad.rawValue))
        let sql = """
            WITH added AS (
                INSERT INTO events (\(Schema.insertColumns))
                SELECT d, i, y, NULLIF(a, ''), NULLIF(b, ''), NULLIF(c, ''), NULLIF(e, ''), NULLIF(f, ''), NULLIF(g, ''),
                       NULLIF(h, ''), NULLIF(k, ''), NULLIF(m, ''), NULLIF(p, ''), s, q
                FROM unnest($1::text[], $2::text[], $3::int8[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                            $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::float8[], $15::int8[])
                     AS t(d, i, y, a, b, c, e, f, g, h, k, m, p, s, q)
                ON CONFLICT DO NOTHING
                RETURNING 1
            )
            SELECT count(*)::int8 FROM added
            """
        let query = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try blocking {
            var added = 0
            for try await n in try await self.run(query).decode(Int.self) { added = n }
            return added
        }
    }

    func beginImport(file: String, format: EventFormat) async throws -> Int64 {
        let rows = try await run("INSERT INTO imports (file, format, started_at) VALUES (\(file), \(format.rawValue), now()) RETURNING id")
        for try await id in rows.decode(Int64.self) { return id }
        throw EventDataError(.unavailable, "PostgreSQL at \(shownURL) returned no import id")
    }

    func finishImport(id: Int64, rows: Int, added: Int, malformed: Int) async throws {
        _ = try await run(
            "UPDATE imports SET finished_at = now(), rows_read = \(rows), rows_added = \(added), rows_malformed = \(malformed) WHERE id = \(id)")
    }

    func indexRows(keys: [String], from: Int?, to: Int?) async throws -> [IndexRow] {
        let rows = try await run(
            """
            SELECT day, src_owner, src_country, tgt_owner, tgt_country, goldstein, quad FROM events
            WHERE (src_owner = ANY(\(keys)) OR src_country = ANY(\(keys)))
              AND (tgt_owner = ANY(\(keys)) OR tgt_country = ANY(\(keys)))
              AND day BETWEEN \(from ?? 0) AND \(to ?? 99_991_231)
            """)
        var result: [IndexRow] = []
        for try await (day, so, sc, tgo, tc, g, q) in rows.decode((Int, String?, String?, String?, String?, Double, Int).self) {
            result.append(IndexRow(day: day, sides: EventActorSides(srcOwner: so, srcCountry: sc, tgtOwner: tgo, tgtCountry: tc), goldstein: g, quad: q))
        }
        return result
    }

    func counts() async throws -> [Dataset: Int] {
        var result: [Dataset: Int] = [:]
        for try await (name, n) in try await run("SELECT dataset, count(*)::int8 FROM events GROUP BY dataset").decode((String, Int).self) {
            if let d = Dataset(rawValue: name) { result[d] = n }
        }
        return result
    }

    func close() async throws { try await connection.close() }
}

/// Runs async work from a plain (non-cooperative) thread and waits for it; the import runs on such a thread.
func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

/// A result handed from a task to a waiting thread; the semaphore orders the write before the read.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, Error>?
    func set(_ r: Result<T, Error>) { lock.withLock { result = r } }
    func get() throws -> T { try lock.withLock { result! }.get() }
}
