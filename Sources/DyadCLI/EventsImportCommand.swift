import ArgumentParser
import DyadEventData
import DyadStore
import Foundation

/// `dyad events import FILE… --db …`: streams event files into the database, idempotently.
struct EventsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import GDELT 1.0/2.0, ICEWS or POLECAT files (plain, .gz or .zip) into the event database.",
        usage: "dyad events import events.2018.tab --db dyad.sqlite\n  dyad events import 20240101.export.CSV.zip --db postgres://dyad@localhost/dyad",
        discussion: """
            The format is detected from the first line unless --format is given; use --format csv for GDELT \
            events re-exported as comma-separated values. Rows are written in batches, each in one transaction; \
            events already stored are skipped, so an interrupted import is completed by running it again. \
            Malformed rows are reported with their line numbers; more than --max-errors stops the import (exit 65). \
            An unreachable or locked database or a full disk exits 69.
            """
    )

    @Argument(help: "Event files: GDELT, ICEWS or POLECAT; plain, gzip or zip.")
    var files: [String]

    @Option(help: "A SQLite file, or a postgres:// URL.")
    var db: String = "dyad.sqlite"

    @Option(help: "The input format, when detection is not wanted: gdelt1, gdelt2, icews, polecat, csv.")
    var format: EventFormat?

    @Option(help: "Stop after this many malformed rows.")
    var maxErrors: Int = 100

    @Option(help: "Rows per transaction.")
    var batchSize: Int = 10_000

    func run() async throws {
        try await runEventData {
            guard batchSize > 0, maxErrors >= 0 else { throw EventDataError(.usage, "--batch-size must be positive and --max-errors not negative") }
            let store = try await EventStore.open(db)
            do {
                try await importAll(into: store)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        }
    }

    private func importAll(into store: EventStore) async throws {
            for file in files {
                let bar = ProgressBar(label: (file as NSString).lastPathComponent)
                let result: ImportResult
                do {
                    result = try await store.importFile(file, format: format, maxErrors: maxErrors, batchSize: batchSize) { bar.update($0) }
                } catch {
                    bar.finish()
                    throw error
                }
                bar.finish()
                let s = result.summary
                Terminal.out(
                    "\(file): \(s.format.rawValue), \(s.rows) rows read, \(result.added) new, \(s.valid - result.added) already stored, "
                        + "\(s.malformedCount) malformed\n")
                for issue in s.malformed.prefix(20) { Terminal.err("\(file):\(issue.line): \(issue.message)\n") }
                if s.malformedCount > 20 { Terminal.err("\(file): … and \(s.malformedCount - 20) more malformed rows\n") }
            }
    }
}

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(label: String) { self.label = label }

    func update(_ p: ReadProgress) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
            lastDrawn = now
            drawn = true
            let elapsed = max(0.001, now.timeIntervalSince(start))
            let fraction = p.bytesTotal > 0 ? min(1, Double(p.bytesDone) / Double(p.bytesTotal)) : 0
            let rate = Double(p.rows) / elapsed
            let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
            let line = String(
                format: "\r%@ [%@] %3.0f%%  %d rows  %.0f rows/s  ETA %d:%02d ", label, bar, fraction * 100, p.rows, rate,
                Int(eta) / 60, Int(eta) % 60)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func finish() {
        guard enabled else { return }
        lock.withLock { if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
    }
}
