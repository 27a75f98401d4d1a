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
        var handed = 0
        var run: DocumentRun?
        var base = 0
        while true {
            let data: Data
            do { data = try handle.read(upToCount: options.chunkBytes) ?? Data() } catch {
                throw ExtractError(code: 66, "\(document): cannot read (\(error.localizedDescription))")
            }
            if data.isEmpty { break }
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
        return Result(events: done.events, bytes: done.bytes, sentences: done.sentences, eventCount: handed + done.events.count)
    }

    /// Streams a document from a path ("-" reads standard input).
    public func extract(path: String, format: InputFormat? = nil, sink: (([ExtractedEvent]) -> Void)? = nil) throws(ExtractError) -> Result {
        if path == "-" { return try extract(handle: FileHandle.standardInput, document: "-", format: format, sink: sink) }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ExtractError(code: 66, "\(path): no such file")
        }
        if isDir.boolValue { throw ExtractError(code: 64, "\(path): is a directory; give document files") }
        guard let h = FileHandle(forReadingAtPath: path) else { throw ExtractError(code: 66, "\(path): cannot open for reading") }
        defer { try? h.close() }
        let name = (path as NSString).lastPathComponent
        return try extract(handle: h, document: name, format: format, sink: sink)
    }
}
