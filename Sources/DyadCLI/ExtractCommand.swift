import ArgumentParser
import DyadCore
import DyadExtract
import Foundation

extension EventFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

/// `dyad extract FILE…`: dated, source-cited events from narrative documents.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Draft dated, source-cited events from documents (text, Markdown, HTML).",
        usage: "dyad extract page.html --format jsonl\n  dyad extract a.txt b.md --format table\n  curl -s URL | dyad extract - --input-format html --format yaml > draft.yaml",
        discussion: """
            Prints one event per line as JSON (the extraction contract), a draft history for review, or a table. \
            Offsets in `source` are byte offsets into the file. Exit status: 0 done, 64 usage, 65 a document \
            cannot be read (binary, not UTF-8), 66 a file is missing.
            """
    )

    @Argument(help: ArgumentHelp("Documents to read; - for standard input.", valueName: "file")) var files: [String] = []
    @Option(name: .long, help: "Output: jsonl, yaml (a draft history) or table.") var format: EventFormat = .jsonl
    @Option(name: .customLong("input-format"), help: "Markup of the input: text, markdown or html (default: guessed).") var inputFormat: InputFormat?
    @Option(name: .long, help: ArgumentHelp("A history whose actors and institutions are recognised by name.", valueName: "file")) var history: String?
    @Option(name: .long, help: ArgumentHelp("The documents' publication date (EDTF), for dates without a year.", valueName: "date")) var published: String?
    @Option(name: .long, help: "Title of the draft history (yaml output).") var title = "Draft history"
    @Flag(name: .long, help: "Print bytes, sentences, events and speed to standard error (for benchmarks).") var stats = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one document, or - to read standard input") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if let published, (try? EDTFDate(published)) == nil { throw ValidationError("--published: expected an EDTF date like 2024-07, found `\(published)`") }
    }

    func run() throws {
        var known: [KnownEntity] = []
        if let history {
            do {
                let h = try HistoryFile.load(path: history)
                known = Self.knownEntities(h)
            } catch {
                Terminal.err("dyad: error: \(error.description)\n")
                throw ExitCode(error.code.exitCode)
            }
        }
        let extractor = Extractor(options: ExtractOptions(format: inputFormat, known: known, published: published))
        let started = Date()
        var failure: Int32 = 0
        var all: [ExtractedEvent] = []
        var totals = (bytes: 0, sentences: 0, events: 0)
        let results = Self.extractAll(extractor, files, stream: format == .jsonl)
        for (index, r) in results.enumerated() {
            switch r {
            case .success(let (res, spill)):
                if res.bytes == 0 { Terminal.err("dyad: note: \(files[index]): empty, no events\n") }
                totals.bytes += res.bytes
                totals.sentences += res.sentences
                totals.events += res.eventCount
                all += res.events
                if let spill {
                    // A document's events went to a temporary file while other documents were read: copy it out in order.
                    if let h = FileHandle(forReadingAtPath: spill) {
                        while let data = try? h.read(upToCount: 1 << 20), !data.isEmpty { FileHandle.standardOutput.write(data) }
                        try? h.close()
                    }
                    try? FileManager.default.removeItem(atPath: spill)
                }
            case .failure(let e):
                Terminal.err("dyad: error: \(e.message)\n")
                failure = max(failure, e.code)
            }
        }
        let succeeded = results.filter { if case .success = $0 { return true } else { return false } }.count
        // Nothing half-written: with no readable document there is no table or draft at all.
        if succeeded > 0 {
            if format == .table { Terminal.out(EventWriter.table(all)) }
            if format == .yaml { Terminal.out(EventWriter.yaml(all, title: title)) }
        }
        if stats {
            let seconds = Date().timeIntervalSince(started)
            let mb = Double(totals.bytes) / 1_000_000
            Terminal.err(String(format: "dyad extract: %d files, %.1f MB, %d sentences, %d events in %.2f s: %.1f MB/s, %.0f sentences/s\n", files.count, mb, totals.sentences, totals.events, seconds, mb / max(seconds, 1e-9), Double(totals.sentences) / max(seconds, 1e-9)))
        }
        if failure != 0 { throw ExitCode(failure) }
    }

    typealias Outcome = Result<(Extractor.Result, String?), ExtractError>

    /// Extracts every file on all cores, keeping the given order. With `stream`, JSON lines leave as they are
    /// found: straight to standard output for a single file, through a temporary file per document otherwise.
    static func extractAll(_ extractor: Extractor, _ files: [String], stream: Bool) -> [Outcome] {
        let box = ResultsBox(count: files.count)
        let workers = max(1, min(files.count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var k = w
            while k < files.count {
                let path = files[k]
                let r: Outcome
                do throws(ExtractError) {
                    guard stream else { r = .success((try extractor.extract(path: path), nil)); box.set(k, r); k += workers; continue }
                    // Checked first, so that a bad byte deep in a file stops it before any of its lines are printed.
                    try extractor.check(path: path)
                    if files.count == 1 {
                        let res = try extractor.extract(path: path) { events in
                            write(jsonLines(events), to: FileHandle.standardOutput)
                        }
                        r = .success((res, nil))
                    } else {
                        let spill = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-extract-\(UUID().uuidString).jsonl").path
                        _ = FileManager.default.createFile(atPath: spill, contents: nil)
                        let out = FileHandle(forWritingAtPath: spill)
                        let res = try extractor.extract(path: path) { events in
                            if let out { write(jsonLines(events), to: out) }
                        }
                        try? out?.close()
                        r = .success((res, spill))
                    }
                } catch {
                    r = .failure(error)
                }
                box.set(k, r)
                k += workers
            }
        }
        return box.values()
    }

    /// Writes bytes to a file handle without copying them into a `Data` first.
    static func write(_ bytes: [UInt8], to handle: FileHandle) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }

    /// The events of one batch as JSON Lines bytes.
    static func jsonLines(_ events: [ExtractedEvent]) -> [UInt8] { EventWriter.jsonLines(events) }

    /// The names a history gives its actors and institutions.
    static func knownEntities(_ h: History) -> [KnownEntity] {
        h.actors.map { KnownEntity(id: $0.id, name: $0.name, aliases: $0.aliases, isActor: true) }
            + h.institutions.map { KnownEntity(id: $0.id, name: $0.name, aliases: $0.aliases, isActor: false) }
    }
}

/// Results written by worker threads, each into its own slot.
final class ResultsBox: @unchecked Sendable {
    private var slots: [ExtractCommand.Outcome?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: ExtractCommand.Outcome) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    func values() -> [ExtractCommand.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
