import Foundation

/// The one door into extraction: documents in, dated and source-cited events out.
public struct Extractor: Sendable {
    /// How documents are read.
    public let options: ExtractOptions
    private let known: Gazetteer

    /// Creates an extractor.
    public init(options: ExtractOptions = ExtractOptions()) {
        self.options = options
        var g = Gazetteer()
        for k in options.known {
            let e = Entity(id: k.id, name: k.name, kind: k.isActor ? .organisation : .institution, head: k.isActor ? nil : NameFinder.headWord(k.name))
            g.add(e, names: [k.name, k.id] + k.aliases)
        }
        self.known = g
    }

    /// Extracts the events of a document held in memory.
    public func extract(text: String, document: String, format: InputFormat? = nil) throws(ExtractError) -> [ExtractedEvent] {
        var copy = text
        let fmt = format ?? options.format ?? InputFormat.guess(name: document, head: Array(text.utf8.prefix(4096)))
        var run = DocumentRun(name: document, format: fmt, options: options, known: known)
        var failure: ExtractError?
        copy.withUTF8 { buf in
            do throws(ExtractError) { try run.feed(buf, base: 0) } catch { failure = error }
        }
        if let failure { throw failure }
        try run.finish()
        return run.events
    }

    /// What one streamed document gave: its events and how much text went through.
    public struct Result: Sendable {
        /// The events in document order.
        public var events: [ExtractedEvent]
        /// Bytes read.
        public var bytes: Int
        /// Sentences analysed.
        public var sentences: Int
        /// Events found, including those already handed to a sink.
        public var eventCount: Int
        /// The document's first bytes, when the caller asked to keep them.
        var head: [UInt8] = []
    }

    /// Checks that a file is UTF-8 text before anything is printed from it, in bounded memory.
    public func check(path: String) throws(ExtractError) {
        guard path != "-", let h = FileHandle(forReadingAtPath: path) else { return }
        defer { try? h.close() }
        var v = UTF8Validator()
        let name = (path as NSString).lastPathComponent
        let probe = DocumentRun(name: name, format: .text, options: options, known: known)
        while true {
            let data = (try? h.read(upToCount: 1 << 20)) ?? Data()
            if data.isEmpty { break }
            if v.consumed == 0, data.count >= 2, data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF {
                throw ExtractError(code: 65, "\(name): UTF-16 text is not supported; convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8")
            }
            var failure: ExtractError?
            data.withUnsafeBytes { raw in
                do throws(UTF8Validator.Problem) { try v.feed(raw.bindMemory(to: UInt8.self)) } catch { failure = probe.problem(error) }
            }
            if let failure { throw failure }
        }
        do { try v.finish() } catch { throw probe.problem(error) }
    }

    /// Streams a document from a file handle in bounded chunks; memory does not grow with the file.
    public func extract(handle: FileHandle, document: String, format: InputFormat? = nil, sink: (([ExtractedEvent]) -> Void)? = nil) throws(ExtractError) -> Result {
        try extract(document: document, format: format, keepHead: 0, sink: sink) { () throws(ExtractError) -> Data in
            do { return try handle.read(upToCount: options.chunkBytes) ?? Data() } catch {
                throw ExtractError(code: 66, "\(document): cannot read (\(error.localizedDescription))")
            }
        }
    }

    /// Streams a document whose bytes `next` hands over a chunk at a time (empty at the end), keeping the first
    /// `keepHead` bytes in `Result.head` (for the title and metadata of a draft history's source).
    func extract(
        document: String, format: InputFormat?, keepHead: Int, sink: (([ExtractedEvent]) -> Void)?, next: () throws(ExtractError) -> Data
    ) throws(ExtractError) -> Result {
        var handed = 0
        var run: DocumentRun?
        var base = 0
        var head: [UInt8] = []
        while true {
            let data = try next()
            if data.isEmpty { break }
            if head.count < keepHead { head += data.prefix(keepHead - head.count) }
            if run == nil {
                let head = [UInt8](data.prefix(4096))
                if head.count >= 2, head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF {
                    throw ExtractError(code: 65, "\(document): UTF-16 text is not supported; convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8")
                }
                let fmt = format ?? options.format ?? InputFormat.guess(name: document, head: head)
                run = DocumentRun(name: document, format: fmt, options: options, known: known)
            }
            var failure: ExtractError?
            data.withUnsafeBytes { raw in
                let buf = raw.bindMemory(to: UInt8.self)
                do throws(ExtractError) { try run!.feed(buf, base: base) } catch { failure = error }
            }
            if let failure { throw failure }
            base += data.count
            // With a sink, events leave after every chunk: memory stays flat however many there are.
            if let sink, !(run!.events.isEmpty) {
                handed += run!.events.count
                sink(run!.events)
                run!.events.removeAll(keepingCapacity: true)
            }
        }
        guard var done = run else { return Result(events: [], bytes: 0, sentences: 0, eventCount: 0) }
        try done.finish()
        if let sink, !done.events.isEmpty {
            handed += done.events.count
            sink(done.events)
            done.events.removeAll()
        }
        return Result(events: done.events, bytes: done.bytes, sentences: done.sentences, eventCount: handed + done.events.count, head: head)
    }

    /// Streams a document from a path ("-" reads standard input).
    public func extract(path: String, format: InputFormat? = nil, sink: (([ExtractedEvent]) -> Void)? = nil) throws(ExtractError) -> Result {
        try extract(path: path, format: format, keepHead: 0, sink: sink)
    }

    /// Streams a document from a path ("-" reads standard input), keeping its first `keepHead` bytes.
    func extract(path: String, format: InputFormat?, keepHead: Int, sink: (([ExtractedEvent]) -> Void)?) throws(ExtractError) -> Result {
        let handle: FileHandle
        let document: String
        if path == "-" {
            handle = FileHandle.standardInput
            document = "-"
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ExtractError(code: 66, "\(path): no such file")
            }
            if isDir.boolValue { throw ExtractError(code: 64, "\(path): is a directory; give document files") }
            guard let h = FileHandle(forReadingAtPath: path) else { throw ExtractError(code: 66, "\(path): cannot open for reading") }
            handle = h
            document = (path as NSString).lastPathComponent
        }
        defer { if path != "-" { try? handle.close() } }
        return try extract(document: document, format: format, keepHead: keepHead, sink: sink) { () throws(ExtractError) -> Data in
            do { return try handle.read(upToCount: options.chunkBytes) ?? Data() } catch {
                throw ExtractError(code: 66, "\(document): cannot read (\(error.localizedDescription))")
            }
        }
    }

    /// Streams a document held in memory in chunks of `chunkBytes`, as if it were read from a file.
    func extract(bytes: [UInt8], document: String, format: InputFormat?, keepHead: Int, sink: (([ExtractedEvent]) -> Void)?) throws(ExtractError) -> Result {
        var offset = 0
        let step = max(1, options.chunkBytes)
        return try extract(document: document, format: format, keepHead: keepHead, sink: sink) { () throws(ExtractError) -> Data in
            guard offset < bytes.count else { return Data() }
            let end = min(bytes.count, offset + step)
            defer { offset = end }
            return Data(bytes[offset..<end])
        }
    }
}
