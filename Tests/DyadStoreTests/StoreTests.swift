import DyadEventData
import Foundation
import GRDB
import Testing

@testable import DyadStore

/// Opens a fresh store of `backend`, runs `body`, then closes and drops it.
func withStore(_ backend: Backend, _ body: (EventStore, String) async throws -> Void) async throws {
    let location = try await backend.makeLocation()
    let store = try await EventStore.open(location)
    do { try await body(store, location) } catch {
        try? await store.close()
        await backend.dispose(location)
        throw error
    }
    try await store.close()
    await backend.dispose(location)
}

@Suite("The event store on real databases")
struct StoreTests {
    @Test("PostgreSQL is configured", .enabled(if: Backend.postgresURL == nil, "DYAD_TEST_POSTGRES_URL is set"))
    func postgresSkipped() {
        // Visible in the test log: without DYAD_TEST_POSTGRES_URL the PostgreSQL runs below are skipped.
        print("note: DYAD_TEST_POSTGRES_URL is not set; the store tests run on SQLite only (scripts/ci-postgres.sh sets it)")
    }

    @Test("migrations are named and the same on both backends", arguments: Backend.available)
    func migrations(backend: Backend) async throws {
        try await withStore(backend) { store, location in
            #expect(try await store.appliedMigrations() == Schema.migrations.map(\.name))
            // Reopening applies nothing twice.
            let again = try await EventStore.open(location)
            #expect(try await again.appliedMigrations() == Schema.migrations.map(\.name))
            try await again.close()
        }
    }

    @Test("the ICEWS sample imports whole, a second import adds nothing, the index matches the streaming path",
          arguments: Backend.available)
    func icewsImport(backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            let path = SharedData.path("icews.events.2018.sample.tab")
            let first = try await store.importFile(path, batchSize: 1000)
            #expect(first.summary.rows == 3705)
            #expect(first.summary.malformedCount == 0)
            #expect(first.added == 3705)
            let second = try await store.importFile(path)
            #expect(second.added == 0)
            #expect(try await store.counts() == [.icews: 3705])

            let dyad = try DyadSpec.parse("RUS:UKR", history: nil)
            let stored = try await store.index(dyad: dyad, by: .month)
            let streamed = try StreamingIndex.compute(path: path, dyad: dyad, by: .month).series
            #expect(stored == streamed)
            #expect(stored.eventCount == 35)
            let ranged = try await store.index(dyad: dyad, by: .month, from: 20_180_602, to: 20_180_602)
            let streamedRange = try StreamingIndex.compute(path: path, dyad: dyad, by: .month, from: 20_180_602, to: 20_180_602).series
            #expect(ranged == streamedRange)
        }
    }

    @Test("GDELT raw rows and the GDELT CSV import with their ids as keys", arguments: Backend.available)
    func gdeltImport(backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            #expect(try await store.importFile(SharedData.path("gdelt1.raw.rows.tsv")).added == 3)
            #expect(try await store.importFile(SharedData.path("gdelt2.raw.row.tsv")).added == 1)
            let csv = try await store.importFile(SharedData.path("gdelt1.georgia.aug2012.csv"), format: .csv)
            #expect(csv.summary.malformedCount == 0)
            #expect(csv.added == 1255)
            #expect(try await store.counts() == [.gdelt1: 1258, .gdelt2: 1])
        }
    }

    @Test("too many bad rows stop the import with whole batches only, and a rerun completes it",
          arguments: Backend.available)
    func interruptedImport(backend: Backend) async throws {
        let lines = try String(contentsOfFile: SharedData.path("icews.events.2018.sample.tab"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // 250 good rows, then 3 bad ones, then the rest: with --max-errors 2 the import stops at the third.
        let text = ([lines[0]] + lines[1...250] + ["bad\trow", "bad\trow", "bad\trow"] + lines[251...]).joined(separator: "\n")
        let path = try SharedData.temporary("interrupted.tab", text)
        try await withStore(backend) { store, _ in
            await #expect(throws: EventDataError.self) {
                _ = try await store.importFile(path, maxErrors: 2, batchSize: 100)
            }
            let partial = try await store.counts()[.icews] ?? 0
            // Batches of 100 committed before the stop, plus the pending rows flushed at the stop: never a torn batch.
            #expect(partial == 250)
            let rerun = try await store.importFile(path, maxErrors: 10, batchSize: 100)
            #expect(rerun.added == 3705 - 250)
            #expect(try await store.counts()[.icews] == 3705)
        }
    }

    @Test("an unreachable PostgreSQL server is 'unavailable' (exit 69) with the URL, password hidden")
    func unreachable() async throws {
        await #expect {
            _ = try await EventStore.open("postgres://dyad:secret@127.0.0.1:1/dyad")
        } throws: { error in
            guard let e = error as? EventDataError else { return false }
            return e.kind == .unavailable && e.exitCode == 69 && !e.message.contains("secret") && e.message.contains("127.0.0.1")
        }
    }

    @Test("a SQLite database locked by another writer is 'unavailable' and holds no partial batch")
    func locked() async throws {
        let location = try await Backend.sqlite.makeLocation()
        let store = try await EventStore.open(location, busyTimeout: 0.2)
        // Another process's writer, held open on its own thread until the import has given up.
        let holder = LockHolder()
        let other = try DatabaseQueue(path: location)
        Thread {
            try? other.inDatabase { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                holder.markHeld()
                holder.release.wait()
                try db.execute(sql: "ROLLBACK")
            }
            holder.markDone()
        }.start()
        while !holder.held { try await Task.sleep(for: .milliseconds(10)) }
        await #expect {
            _ = try await store.importFile(SharedData.path("icews.events.2018.sample.tab"))
        } throws: { ($0 as? EventDataError)?.kind == .unavailable && ($0 as? EventDataError)?.exitCode == 69 }
        holder.release.signal()
        while !holder.done { try await Task.sleep(for: .milliseconds(10)) }
        try other.close()
        #expect(try await store.counts().isEmpty)
        try await store.close()
        await Backend.sqlite.dispose(location)
    }

    @Test("a full disk is 'unavailable' (exit 69), and the batch it stopped holds no rows")
    func diskFull() async throws {
        let location = try await Backend.sqlite.makeLocation()
        let store = try await EventStore.open(location)
        let sqlite = try #require(store.backend as? SQLiteBackend)
        // SQLite answers SQLITE_FULL when a file may not grow past its page limit, just as when the disk runs out.
        let pages = try await sqlite.queue.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try await sqlite.queue.write { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 8)") }
        await #expect {
            _ = try await store.importFile(SharedData.path("icews.events.2018.sample.tab"))
        } throws: { error in
            guard let e = error as? EventDataError else { return false }
            return e.kind == .unavailable && e.exitCode == 69 && e.message.contains("disk is full")
        }
        #expect(try await store.counts().isEmpty)
        try await store.close()
        await Backend.sqlite.dispose(location)
    }

    @Test("a file that is not a database is bad data")
    func notADatabase() async throws {
        let path = try SharedData.temporary("not.sqlite", String(repeating: "this is not SQLite\n", count: 400))
        await #expect {
            _ = try await EventStore.open(path)
        } throws: { ($0 as? EventDataError)?.kind == .badData }
    }

    /// A valid row, and variants that each break one rule of the schema, with the kind of constraint that should refuse them.
    static let good = "('icews', '1', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 1, 1)"
    static let badRows: [(String, Refusal, String)] = [
        ("('icews', '2', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 11, 1)", .check, "Goldstein above 10"),
        ("('icews', '2', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 1, 5)", .check, "quad class 5"),
        ("('other', '2', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 1, 1)", .check, "unknown dataset"),
        ("('icews', '', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 1, 1)", .check, "empty event id"),
        ("('icews', '2', 2018, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 1, 1)", .check, "day not yyyymmdd"),
        ("('icews', '2', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '0', NULL, 1, 1)", .check, "one-digit CAMEO code"),
        ("('icews', '2', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', NULL, NULL, 1, 1)", .check, "neither CAMEO nor PLOVER"),
        ("('icews', '2', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, NULL, 1)", .notNull, "no Goldstein"),
        ("('icews', '2', NULL, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 1, 1)", .notNull, "no day"),
        ("(NULL, '2', 20180601, 'A', NULL, NULL, 'A', 'B', NULL, NULL, 'B', '040', NULL, 1, 1)", .notNull, "no dataset"),
        (good, .key, "the same dataset and event id again"),
    ]

    @Test("schema constraints (CHECK, NOT NULL, key) reject what the importer never writes", arguments: Backend.available)
    func constraints(backend: Backend) async throws {
        let location = try await backend.makeLocation()
        let store = try await EventStore.open(location)
        try await store.close()
        do {
            let insert = "INSERT INTO events (\(Schema.insertColumns)) VALUES "
            // The valid row goes in, so a refusal below is the constraint's doing, not a mistake in the statement.
            #expect(try await backend.execute(insert + Self.good, at: location) == nil)
            for (row, refusal, why) in Self.badRows {
                #expect(try await backend.execute(insert + row, at: location) == refusal, "\(backend): \(why)")
            }
            let imports = "INSERT INTO imports (file, format, started_at, rows_read) VALUES "
            #expect(try await backend.execute(imports + "('a.tab', 'icews', '2026-01-01T00:00:00Z', 3)", at: location) == nil)
            #expect(try await backend.execute(imports + "('a.tab', 'xml', '2026-01-01T00:00:00Z', 3)", at: location) == .check)
            #expect(try await backend.execute(imports + "('a.tab', 'icews', '2026-01-01T00:00:00Z', -1)", at: location) == .check)
            #expect(try await backend.execute(imports + "(NULL, 'icews', '2026-01-01T00:00:00Z', 3)", at: location) == .notNull)
            // Only the valid event is stored: every refused statement left nothing behind.
            let reopened = try await EventStore.open(location)
            #expect(try await reopened.counts()[.icews] == 1)
            try await reopened.close()
        } catch {
            await backend.dispose(location)
            throw error
        }
        await backend.dispose(location)
    }
}

/// Flags shared between a test and the thread that holds a SQLite write lock.
final class LockHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var isHeld = false
    private var isDone = false
    let release = DispatchSemaphore(value: 0)

    var held: Bool { lock.withLock { isHeld } }
    var done: Bool { lock.withLock { isDone } }
    func markHeld() { lock.withLock { isHeld = true } }
    func markDone() { lock.withLock { isDone = true } }
}
