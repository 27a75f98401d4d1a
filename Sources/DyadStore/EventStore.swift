import DyadEventData
import Foundation
import Logging

/// What an import did.
public struct ImportResult: Sendable {
    /// What the reader found in the file.
    public var summary: ReadSummary
    /// How many events were new to the database (the rest were already there).
    public var added: Int
}

/// The event database: the one gateway through which Dyad reads and writes coded events,
/// a SQLite file by default or a PostgreSQL server given a `postgres://` URL.
public final class EventStore: Sendable {
    let backend: any StoreBackend

    private init(backend: any StoreBackend) { self.backend = backend }

    /// Opens (creating and migrating if needed) the database at `location`: a file path, `:memory:`, or a `postgres://` URL.
    /// A SQLite writer waits up to `busyTimeout` seconds for another writer before failing as unavailable.
    public static func open(
        _ location: String, busyTimeout: Double = 10, logger: Logger = Logger(label: "dyad.store")
    ) async throws -> EventStore {
        let backend: any StoreBackend
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            backend = try await PostgresBackend.connect(url: location, logger: logger)
        } else {
            backend = try SQLiteBackend(path: location, busyTimeout: busyTimeout)
        }
        try await backend.migrate()
        return EventStore(backend: backend)
    }

    /// The names of the applied migrations, in order (the same on both backends).
    public func appliedMigrations() async throws -> [String] { try await backend.appliedMigrations() }

    /// How many events are stored, per dataset.
    public func counts() async throws -> [Dataset: Int] { try await backend.counts() }

    /// Imports one file in batches, each in its own transaction; events already stored are skipped, so a rerun
    /// after an interruption completes the import without duplicates.
    public func importFile(
        _ path: String, format: EventFormat? = nil, maxErrors: Int = 100, batchSize: Int = 10_000,
        progress: @escaping @Sendable (ReadProgress) -> Void = { _ in }
    ) async throws -> ImportResult {
        try checkFreeSpace(for: path)
        let backend = self.backend
        let importID = try await backend.beginImport(file: path, format: try format ?? EventReader.detectFormat(path: path))
        // Parsing and SQLite writes block; a dedicated thread keeps them off the cooperative pool.
        let result: ImportResult = try await onThread {
            var added = 0
            let summary = try EventReader.read(path: path, format: format, maxErrors: maxErrors, batchSize: batchSize, progress: progress) {
                added += try backend.insertBlocking($0)
            }
            return ImportResult(summary: summary, added: added)
        }
        try await backend.finishImport(
            id: importID, rows: result.summary.rows, added: result.added, malformed: result.summary.malformedCount)
        return result
    }

    /// The dyad's index from the stored events; the same matching and aggregation as `StreamingIndex`.
    public func index(dyad: DyadSpec, by granularity: Granularity, from: Int? = nil, to: Int? = nil) async throws -> IndexSeries {
        let rows = try await backend.indexRows(keys: dyad.allKeys, from: from, to: to)
        let events = rows.compactMap { row -> ScoredEvent? in
            guard let quad = QuadClass(rawValue: row.quad) else { return nil }
            return ScoredEvent(
                day: row.day, source: EventActor(country: row.sides.srcCountry, owner: row.sides.srcOwner),
                target: EventActor(country: row.sides.tgtCountry, owner: row.sides.tgtOwner), goldstein: row.goldstein, quad: quad)
        }
        return IndexSeries.aggregate(events, dyad: dyad, by: granularity, from: from, to: to)
    }

    /// Closes the connection.
    public func close() async throws { try await backend.close() }

    /// Refuses to start an import that cannot fit: SQLite needs about as many bytes as the text it stores.
    private func checkFreeSpace(for path: String) throws {
        guard let db = backend.filePath else { return }
        let (size, compressed) = try EventReader.footprint(path: path)
        let needed = Int64(compressed ? size * 8 : size)
        let directory = (URL(fileURLWithPath: db).deletingLastPathComponent().path as String)
        var st = statvfs()
        guard statvfs(directory.isEmpty ? "." : directory, &st) == 0 else { return }
        let free = Int64(st.f_bavail) * Int64(st.f_frsize)
        if free < needed {
            throw EventDataError(
                .unavailable,
                "about \(needed / 1_000_000) MB of free disk are needed at \(directory) to import \(path), only \(free / 1_000_000) MB are free; "
                    + "free space or put --db on another disk",
                file: db)
        }
    }
}

/// Runs blocking work on a new thread and awaits its result.
func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            do { continuation.resume(returning: try work()) } catch { continuation.resume(throwing: error) }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
