import Foundation

/// Several documents through one extractor, on all cores, printed in the order they were given.
///
/// JSON Lines stream: a single document's events leave as they are found, and with several documents each one's
/// events go to a temporary file while the others are read, then are copied out in order; memory stays flat. A table
/// or a draft history needs every event, so it is printed at the end, and not at all when no document could be read.
public struct ExtractBatch: Sendable {
    /// One document to read.
    public enum Document: Sendable, Hashable {
        /// A file; `-` reads standard input (once).
        case file(String)
        /// A text held in memory, named as a file would be.
        case text(String, name: String)

        /// The name used in messages: the path as given, or the text's name.
        public var label: String {
            switch self {
            case .file(let path): path
            case .text(_, let name): name
            }
        }
    }

    /// Something to tell the person running the batch, in document order.
    public enum Message: Sendable {
        /// A remark that needs no action (`a.txt: empty, no events`).
        case note(String)
        /// A document that could not be read; the others are still printed.
        case error(ExtractError)
    }

    /// What a batch did.
    public struct Summary: Sendable {
        /// Documents given.
        public var documents: Int
        /// Documents read to the end.
        public var succeeded: Int
        /// Bytes read, over all documents.
        public var bytes: Int
        /// Sentences analysed.
        public var sentences: Int
        /// Events found.
        public var events: Int
        /// The exit status that fits: 0, or the highest code among the documents' errors (65 bad data, 66 missing, 64 usage, 74 output).
        public var exitCode: Int32
    }

    /// The extractor every document goes through.
    public let extractor: Extractor
    /// How the events are printed.
    public let format: EventFormat
    /// The title of the draft history (`yaml` only).
    public let title: String

    /// Creates a batch.
    public init(extractor: Extractor, format: EventFormat, title: String = "Draft history") {
        self.extractor = extractor
        self.format = format
        self.title = title
    }

    /// Reads every document and writes its events to `output` in the order given; messages go to `report`.
    public func run(_ documents: [Document], to output: FileHandle, report: (Message) -> Void = { _ in }) -> Summary {
        let sink = OutputSink(output)
        let results = extractAll(documents, sink: sink)
        var summary = Summary(documents: documents.count, succeeded: 0, bytes: 0, sentences: 0, events: 0, exitCode: 0)
        var all: [ExtractedEvent] = []
        var drafts: [DraftDocument] = []
        for (index, r) in results.enumerated() {
            switch r {
            case .success(let done):
                summary.succeeded += 1
                if done.result.bytes == 0 { report(.note("\(documents[index].label): empty, no events")) }
                summary.bytes += done.result.bytes
                summary.sentences += done.result.sentences
                summary.events += done.result.eventCount
                switch format {
                case .jsonl: break
                case .table: all += done.result.events
                case .yaml: drafts.append(DraftDocument(name: done.name, metadata: done.metadata, events: done.result.events))
                }
                if let spill = done.spill {
                    // A document's events went to a temporary file while other documents were read: copy it out in order.
                    if let h = FileHandle(forReadingAtPath: spill) {
                        while let data = try? h.read(upToCount: 1 << 20), !data.isEmpty { sink.write(data) }
                        try? h.close()
                    }
                    try? FileManager.default.removeItem(atPath: spill)
                }
            case .failure(let e):
                report(.error(e))
                summary.exitCode = max(summary.exitCode, e.code)
            }
        }
        // Nothing half-written: with no readable document there is no table or draft at all.
        if summary.succeeded > 0 {
            switch format {
            case .jsonl: break
            case .table: sink.write(Data(EventWriter.table(all).utf8))
            case .yaml: sink.write(Data(EventWriter.yaml(drafts, title: title, known: extractor.options.known).utf8))
            }
        }
        if let failure = sink.failure {
            report(.error(ExtractError(code: 74, "cannot write the output: \(failure)")))
            summary.exitCode = max(summary.exitCode, 74)
        }
        return summary
    }

    /// Reads files (`-` for standard input) and writes their events to `output` in the order given.
    public func run(paths: [String], to output: FileHandle, report: (Message) -> Void = { _ in }) -> Summary {
        run(paths.map(Document.file), to: output, report: report)
    }

    // MARK: - Workers

    /// One document read to the end: its result, the temporary file holding its JSON lines, its source metadata.
    struct Done: Sendable {
        var result: Extractor.Result
        var spill: String?
        var name: String
        var metadata: DocumentMetadata
    }

    typealias Outcome = Result<Done, ExtractError>

    /// Extracts every document on all cores, keeping the given order.
    func extractAll(_ documents: [Document], sink: OutputSink) -> [Outcome] {
        let box = ResultsBox(count: documents.count)
        let workers = max(1, min(documents.count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var k = w
            while k < documents.count {
                let r: Outcome
                do throws(ExtractError) {
                    r = .success(try extract(documents[k], alone: documents.count == 1, sink: sink))
                } catch {
                    r = .failure(error)
                }
                box.set(k, r)
                k += workers
            }
        }
        return box.values()
    }

    /// Reads one document. JSON lines go straight to the output when it is the only one, else to a temporary file.
    func extract(_ document: Document, alone: Bool, sink: OutputSink) throws(ExtractError) -> Done {
        let keep = format == .yaml ? DocumentMetadata.headBytes : 0
        let name: String
        switch document {
        case .file(let path): name = path == "-" ? "-" : (path as NSString).lastPathComponent
        case .text(_, let n): name = n
        }
        func read(_ events: (([ExtractedEvent]) -> Void)?) throws(ExtractError) -> Extractor.Result {
            switch document {
            case .file(let path): try extractor.extract(path: path, format: nil, keepHead: keep, sink: events)
            case .text(let text, let n): try extractor.extract(bytes: Array(text.utf8), document: n, format: nil, keepHead: keep, sink: events)
            }
        }
        var result: Extractor.Result
        var spill: String?
        if format != .jsonl {
            result = try read(nil)
        } else {
            // Checked first, so that a bad byte deep in a file stops it before any of its lines are printed.
            if case .file(let path) = document { try extractor.check(path: path) }
            if alone {
                result = try read { events in sink.write(EventWriter.jsonLines(events)) }
            } else {
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-extract-\(UUID().uuidString).jsonl").path
                _ = FileManager.default.createFile(atPath: path, contents: nil)
                let out = FileHandle(forWritingAtPath: path)
                do {
                    result = try read { events in if let out { OutputSink.write(EventWriter.jsonLines(events), to: out) } }
                } catch {
                    try? out?.close()
                    try? FileManager.default.removeItem(atPath: path)
                    throw error
                }
                try? out?.close()
                spill = path
            }
        }
        var metadata = DocumentMetadata()
        if keep > 0 {
            let fmt = extractor.options.format ?? InputFormat.guess(name: name, head: Array(result.head.prefix(4096)))
            metadata = DocumentMetadata.read(head: result.head, format: fmt)
            result.head = []
        }
        let options = extractor.options
        if let url = options.sourceURL { metadata.url = url }
        if let publisher = options.publisher { metadata.publisher = publisher }
        if let published = options.published { metadata.date = published }
        return Done(result: result, spill: spill, name: name, metadata: metadata)
    }
}

/// The batch's output: writes from worker threads one at a time, and remembers the first failure instead of stopping
/// the process (a full disk, a closed pipe); later writes are dropped.
final class OutputSink: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()
    private var failed: String?

    init(_ handle: FileHandle) { self.handle = handle }

    /// Why a write failed, if one did.
    var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return failed
    }

    func write(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        guard failed == nil, !data.isEmpty else { return }
        do { try handle.write(contentsOf: data) } catch { failed = error.localizedDescription }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }

    /// Writes bytes to a file handle without copying them into a `Data` first.
    static func write(_ bytes: [UInt8], to handle: FileHandle) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            try? handle.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }
}

/// Results written by worker threads, each into its own slot.
final class ResultsBox: @unchecked Sendable {
    private var slots: [ExtractBatch.Outcome?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: ExtractBatch.Outcome) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    func values() -> [ExtractBatch.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
