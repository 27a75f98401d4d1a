/// How far a read has come, for a progress bar.
public struct ReadProgress: Sendable {
    /// Bytes of the file on disk consumed so far.
    public var bytesDone: Int
    /// The file's size on disk.
    public var bytesTotal: Int
    /// Data rows read so far.
    public var rows: Int
}

/// What a read of one file found.
public struct ReadSummary: Sendable {
    /// The file.
    public var file: String
    /// Its format, detected or given.
    public var format: EventFormat
    /// Data rows read (header excluded).
    public var rows: Int
    /// Rows that parsed into events.
    public var valid: Int
    /// How many rows were malformed.
    public var malformedCount: Int
    /// The first malformed rows, with line numbers.
    public var malformed: [RowIssue]
}

/// Reads an event file (plain, gzip or zip) row by row and hands valid events on in batches.
public enum EventReader {
    /// Streams `path`, calling `batch` with up to `batchSize` events at a time; throws when malformed rows exceed
    /// `maxErrors` (after handing on the valid rows before the limit was crossed, so a rerun can resume).
    public static func read(
        path: String, format: EventFormat? = nil, maxErrors: Int = 100, batchSize: Int = 10_000,
        progress: (ReadProgress) -> Void = { _ in }, batch: ([EventRecord]) throws -> Void
    ) throws -> ReadSummary {
        let input = try InputFile(path: path)
        var splitter = LineSplitter()
        var parser: RowParser?
        var detected: EventFormat?
        var pending: [EventRecord] = []
        pending.reserveCapacity(batchSize)
        var rows = 0, valid = 0, malformedCount = 0
        var malformed: [RowIssue] = []
        var failure: Error?
        var consumed = 0

        func handle(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) throws -> Bool {
            if parser == nil {
                let f = try format ?? EventFormat.detect(firstLine: line, file: path)
                let layout: Layout =
                    switch f {
                    case .gdelt1, .gdelt2: .gdelt(f)
                    default: try .fromHeader(f, header: RowParser.headerCells(line, format: f), file: path)
                    }
                detected = f
                parser = RowParser(format: f, layout: layout)
                if layout.hasHeader { return true }
            }
            if line.isEmpty { return true }
            rows += 1
            switch parser!.parse(line, line: number) {
            case .success(let record):
                valid += 1
                pending.append(record)
                if pending.count >= batchSize {
                    try batch(pending)
                    pending.removeAll(keepingCapacity: true)
                    progress(ReadProgress(bytesDone: consumed, bytesTotal: input.size, rows: rows))
                }
            case .failure(let issue):
                malformedCount += 1
                if malformed.count < 100 { malformed.append(issue) }
                if malformedCount > maxErrors {
                    try batch(pending)
                    pending.removeAll()
                    throw EventDataError(
                        .badData,
                        "stopped after \(malformedCount) malformed \(malformedCount == 1 ? "row" : "rows") (--max-errors \(maxErrors)); first: \(malformed[0])",
                        file: path, line: issue.line)
                }
            }
            return true
        }

        try input.forEachChunk { chunk, done in
            consumed = done
            _ = splitter.feed(chunk) { line, number in
                do { return try handle(line, number) } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
        }
        try splitter.finish { line, number in try handle(line, number) }
        guard let detected else { throw EventDataError(.badData, "the file is empty: no header and no rows", file: path) }
        if !pending.isEmpty { try batch(pending) }
        progress(ReadProgress(bytesDone: input.size, bytesTotal: input.size, rows: rows))
        return ReadSummary(file: path, format: detected, rows: rows, valid: valid, malformedCount: malformedCount, malformed: malformed)
    }

    /// The format of `path`, told from its first line.
    public static func detectFormat(path: String) throws -> EventFormat {
        struct Found: Error { var format: EventFormat }
        let input = try InputFile(path: path)
        var splitter = LineSplitter()
        var failure: Error?
        do {
            try input.forEachChunk { chunk, _ in
                var found: EventFormat?
                _ = splitter.feed(chunk) { line, _ in
                    do { found = try EventFormat.detect(firstLine: line, file: path) } catch { failure = error }
                    return false
                }
                if let failure { throw failure }
                if let found { throw Found(format: found) }
            }
            var found: EventFormat?
            try splitter.finish { line, _ in
                found = try EventFormat.detect(firstLine: line, file: path)
                return false
            }
            if let found { return found }
        } catch let found as Found {
            return found.format
        }
        throw EventDataError(.badData, "the file is empty: no header and no rows", file: path)
    }

    /// The size of `path` on disk and whether it is compressed, for a free-space estimate.
    public static func footprint(path: String) throws -> (bytes: Int, compressed: Bool) {
        let input = try InputFile(path: path)
        return (input.size, input.packing != .plain)
    }
}
