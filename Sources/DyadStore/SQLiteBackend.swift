import DyadEventData
import Foundation
import GRDB

/// The SQLite backend, on GRDB: one file, WAL journal, one writer at a time.
final class SQLiteBackend: StoreBackend {
    let queue: DatabaseQueue
    let filePath: String?

    init(path: String, busyTimeout: Double) throws {
        var config = Configuration()
        // Another writer (a second import) holds the lock briefly per batch; wait for it rather than fail at once.
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            // NORMAL is durable up to the last checkpoint and always consistent, which is what a rerun needs.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // An import updates three B-trees at scattered pages; with SQLite's default 2 MB page cache most
            // of the time went to re-reading pages from the OS. 64 MB keeps the hot pages of the indexes here.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            queue = try path == ":memory:" ? DatabaseQueue(configuration: config) : DatabaseQueue(path: path, configuration: config)
        } catch {
            throw Self.translate(error, path: path)
        }
        filePath = path == ":memory:" ? nil : path
    }

    private var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in Schema.migrations {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sqlite) }
        }
        return migrator
    }

    func migrate() async throws {
        do { try migrator.migrate(queue) } catch { throw Self.translate(error, path: filePath) }
    }

    func appliedMigrations() async throws -> [String] {
        try await translating { try await queue.read { db in try self.migrator.appliedMigrations(db) } }
    }

    /// Runs `body`, turning a SQLite failure (locked, full, not a database) into an `EventDataError`.
    private func translating<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw Self.translate(error, path: filePath) }
    }

    func insertBlocking(_ batch: [EventRecord]) throws -> Int {
        do {
            return try queue.write { db in
                let statement = try db.cachedStatement(
                    sql: "INSERT INTO events (\(Schema.insertColumns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")
                var added = 0
                for e in batch {
                    statement.setUncheckedArguments([
                        e.dataset.rawValue, e.id, e.day, e.source.name, e.source.code, e.source.country, e.source.owner,
                        e.target.name, e.target.code, e.target.country, e.target.owner, e.cameo, e.plover, e.goldstein,
                        e.quad.rawValue,
                    ])
                    try statement.execute()
                    added += db.changesCount
                }
                return added
            }
        } catch {
            throw Self.translate(error, path: filePath)
        }
    }

    func beginImport(file: String, format: EventFormat) async throws -> Int64 {
        try await translating {
            try await queue.write { db in
            try db.execute(
                sql: "INSERT INTO imports (file, format, started_at) VALUES (?, ?, ?)",
                arguments: [file, format.rawValue, ISO8601DateFormatter().string(from: Date())])
            return db.lastInsertedRowID
            }
        }
    }

    func finishImport(id: Int64, rows: Int, added: Int, malformed: Int) async throws {
        try await translating {
            try await queue.write { db in
            try db.execute(
                sql: "UPDATE imports SET finished_at = ?, rows_read = ?, rows_added = ?, rows_malformed = ? WHERE id = ?",
                arguments: [ISO8601DateFormatter().string(from: Date()), rows, added, malformed, id])
            }
        }
    }

    func indexRows(keys: [String], from: Int?, to: Int?) async throws -> [IndexRow] {
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
        var sql = """
            SELECT day, src_owner, src_country, tgt_owner, tgt_country, goldstein, quad FROM events
            WHERE (src_owner IN (\(marks)) OR src_country IN (\(marks)))
              AND (tgt_owner IN (\(marks)) OR tgt_country IN (\(marks)))
            """
        var arguments = StatementArguments(keys + keys + keys + keys)
        if let from {
            sql += " AND day >= ?"
            arguments += [from]
        }
        if let to {
            sql += " AND day <= ?"
            arguments += [to]
        }
        let query = sql
        let bound = arguments
        do {
            return try await queue.read { db in
                try Row.fetchAll(db, sql: query, arguments: bound).map { row in
                    IndexRow(
                        day: row[0],
                        sides: EventActorSides(srcOwner: row[1], srcCountry: row[2], tgtOwner: row[3], tgtCountry: row[4]),
                        goldstein: row[5], quad: row[6])
                }
            }
        } catch {
            throw Self.translate(error, path: filePath)
        }
    }

    func counts() async throws -> [Dataset: Int] {
        try await translating {
            try await queue.read { db in
            var result: [Dataset: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT dataset, count(*) FROM events GROUP BY dataset") {
                if let d = Dataset(rawValue: row[0]) { result[d] = row[1] }
            }
            return result
            }
        }
    }

    func close() async throws { try queue.close() }

    /// Turns SQLite failures into errors a person can act on, with the right exit code.
    static func translate(_ error: Error, path: String?) -> Error {
        guard let error = error as? DatabaseError else { return error }
        let file = path ?? ":memory:"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return EventDataError(
                .unavailable, "the database is locked by another process; retry when it has finished", file: file)
        case .SQLITE_FULL:
            return EventDataError(
                .unavailable, "the disk is full; the batch in progress was rolled back, so free space and run the import again",
                file: file)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR:
            return EventDataError(.unavailable, "cannot open or write the database: \(error.message ?? "\(error.resultCode)")", file: file)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return EventDataError(.badData, "not a SQLite database, or a damaged one: \(error.message ?? "")", file: file)
        default:
            return EventDataError(.badData, "database error: \(error.message ?? "\(error.resultCode)")", file: file)
        }
    }
}
