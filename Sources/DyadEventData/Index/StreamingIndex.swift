import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The result of computing an index straight from a file.
public struct StreamingIndexResult: Sendable {
    /// The index.
    public var series: IndexSeries
    /// Data rows scanned.
    public var rows: Int
    /// How many malformed rows were left out of the index: rows between the two actors, and rows too short to tell.
    public var malformedCount: Int
    /// The first of them, with line numbers.
    public var malformed: [RowIssue]
}

/// Computes a dyad's index straight from an event file, without a database: one pass over the bytes,
/// split across all cores for plain files. Only rows between the two actors are parsed in full.
public enum StreamingIndex {
    /// Scans `path` and aggregates the rows between `dyad.a` and `dyad.b` by `granularity`, within `from`…`to` (yyyymmdd).
    public static func compute(
        path: String, format: EventFormat? = nil, dyad: DyadSpec, by granularity: Granularity, from: Int? = nil, to: Int? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws -> StreamingIndexResult {
        let input = try InputFile(path: path)
        if input.packing == .plain, input.size > 0 {
            return try computeMapped(input, format: format, dyad: dyad, granularity: granularity, from: from, to: to, threads: threads)
        }
        var splitter = LineSplitter()
        var scanner: LineScanner?
        var stop: Error?
        try input.forEachChunk { chunk, _ in
            _ = splitter.feed(chunk) { line, number in
                do {
                    if scanner == nil {
                        scanner = try LineScanner.start(firstLine: line, format: format, file: path, dyad: dyad, granularity: granularity, from: from, to: to)
                        if scanner!.layout.hasHeader { return true }
                    }
                    scanner!.scan(line, lineNumber: number)
                    return true
                } catch {
                    stop = error
                    return false
                }
            }
            if let stop { throw stop }
        }
        splitter.finish { line, number in
            scanner?.scan(line, lineNumber: number)
            return true
        }
        guard let scanner else { throw EventDataError(.badData, "the file is empty", file: path) }
        return scanner.result(dyad: dyad, from: from, to: to)
    }

    private static func computeMapped(
        _ input: InputFile, format: EventFormat?, dyad: DyadSpec, granularity: Granularity, from: Int?, to: Int?, threads: Int
    ) throws -> StreamingIndexResult {
        let fd = open(input.path, O_RDONLY)
        guard fd >= 0 else { throw EventDataError(.noInput, "cannot open: \(String(cString: strerror(errno)))", file: input.path) }
        defer { close(fd) }
        let mapped: UnsafeMutableRawPointer? = mmap(nil, input.size, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let map = mapped, map != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw EventDataError(.unavailable, "cannot map the file into memory: \(String(cString: strerror(errno)))", file: input.path)
        }
        defer { munmap(map, input.size) }
        madvise(map, input.size, MADV_SEQUENTIAL)
        let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: input.size)

        let firstEnd = Self.lineEnd(bytes, from: 0)
        let first = Self.trimmed(bytes, 0, firstEnd)
        let prototype = try LineScanner.start(
            firstLine: first, format: format, file: input.path, dyad: dyad, granularity: granularity, from: from, to: to)
        let bodyStart = prototype.layout.hasHeader ? min(firstEnd + 1, bytes.count) : 0
        let firstLineNumber = prototype.layout.hasHeader ? 2 : 1

        // Cut the body into one part per thread at line boundaries; each part is scanned on its own.
        let parts = max(1, min(threads, (bytes.count - bodyStart) / (1 << 20) + 1))
        var cuts = [bodyStart]
        for i in 1..<parts {
            let guess = bodyStart + (bytes.count - bodyStart) * i / parts
            cuts.append(max(cuts.last!, min(bytes.count, Self.lineEnd(bytes, from: guess) + 1)))
        }
        cuts.append(bytes.count)

        let scanners = UnsafeMutableBufferPointer<LineScanner>.allocate(capacity: parts)
        scanners.initialize(repeating: prototype)
        defer { scanners.deinitialize().deallocate() }
        let shared = SharedScan(bytes: bytes, scanners: scanners, cuts: cuts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var scanner = shared.scanners[part]
            var position = shared.cuts[part]
            let end = shared.cuts[part + 1]
            var number = 0
            while position < end {
                let lineEnd = Self.lineEnd(shared.bytes, from: position, limit: end)
                number += 1
                scanner.scan(Self.trimmed(shared.bytes, position, lineEnd), lineNumber: number)
                position = lineEnd + 1
            }
            shared.scanners[part] = scanner
        }
        // Line numbers were counted within each part; shift them by the lines of the parts before.
        var merged = prototype
        var offset = firstLineNumber - 1
        for part in 0..<parts {
            merged.absorb(scanners[part], lineOffset: offset)
            offset += scanners[part].lines
        }
        return merged.result(dyad: dyad, from: from, to: to)
    }

    @inline(__always)
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, limit: Int? = nil) -> Int {
        let end = limit ?? bytes.count
        guard from < end else { return end }
        guard let hit = memchr(bytes.baseAddress! + from, 0x0a, end - from) else { return end }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
    }

    @inline(__always)
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        var e = end
        if e > start, bytes[e - 1] == 0x0d { e -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<e])
    }
}

/// What the threads of one mapped scan share. The mapping is read-only while they run and each thread writes
/// only its own scanner slot, so handing the raw pointers across threads is safe though the compiler cannot see it.
private struct SharedScan: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let scanners: UnsafeMutableBufferPointer<LineScanner>
    let cuts: [Int]
}

/// The per-line work of the streaming index: find the needed fields, match the dyad, parse only matches.
struct LineScanner {
    let layout: Layout
    let format: EventFormat
    let dyad: DyadSpec
    var accumulator: IndexAccumulator
    private(set) var rows = 0
    /// Lines seen, blank ones included: what shifts the line numbers of the next part.
    private(set) var lines = 0
    private(set) var malformedCount = 0
    private(set) var malformed: [RowIssue] = []
    private var bounds: [Int] = []
    private var csv: [UInt8] = []

    static func start(
        firstLine: UnsafeBufferPointer<UInt8>, format: EventFormat?, file: String, dyad: DyadSpec, granularity: Granularity, from: Int?,
        to: Int?
    ) throws -> LineScanner {
        let format = try format ?? EventFormat.detect(firstLine: firstLine, file: file)
        let layout: Layout =
            switch format {
            case .gdelt1, .gdelt2: .gdelt(format)
            default: try .fromHeader(format, header: RowParser.headerCells(firstLine, format: format), file: file)
            }
        return LineScanner(layout: layout, format: format, dyad: dyad, accumulator: IndexAccumulator(granularity: granularity, from: from, to: to))
    }

    init(layout: Layout, format: EventFormat, dyad: DyadSpec, accumulator: IndexAccumulator) {
        self.layout = layout
        self.format = format
        self.dyad = dyad
        self.accumulator = accumulator
        bounds.reserveCapacity(layout.lastNeeded + 3)
    }

    mutating func scan(_ raw: UnsafeBufferPointer<UInt8>, lineNumber: Int) {
        lines += 1
        // Blank lines are not rows, as in the importer.
        guard !raw.isEmpty else { return }
        rows += 1
        if format == .csv {
            guard RowParser.csvToTabs(raw, into: &csv) else {
                return issue(lineNumber, "unbalanced quotes in a comma-separated row")
            }
            let copy = csv
            copy.withUnsafeBufferPointer { scanTabbed($0, lineNumber: lineNumber) }
        } else {
            scanTabbed(raw, lineNumber: lineNumber)
        }
    }

    @inline(__always)
    private mutating func scanTabbed(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) {
        guard let base = line.baseAddress, line.count > 0 else { return issue(lineNumber, "empty line") }
        // Field i spans bounds[i] ..< bounds[i+1]-1; only as many fields as the layout needs are located.
        let needed = layout.lastNeeded + 1
        bounds.removeAll(keepingCapacity: true)
        bounds.append(0)
        var position = 0
        while bounds.count <= needed {
            if let tab = memchr(base + position, 0x09, line.count - position) {
                position = UnsafePointer<UInt8>(tab.assumingMemoryBound(to: UInt8.self)) - base + 1
                bounds.append(position)
            } else {
                bounds.append(line.count + 1)
                break
            }
        }
        guard bounds.count > needed else {
            return issue(lineNumber, "expected at least \(needed) fields, found \(bounds.count - 1)")
        }
        @inline(__always) func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: line[bounds[i]..<(bounds[i + 1] - 1)])
        }
        @inline(__always) func owner(name: Int, group: Int?) -> UnsafeBufferPointer<UInt8> {
            if let group {
                let g = field(group)
                if !ByteParsing.isMissing(g) { return g }
            }
            return ByteParsing.owner(field(name))
        }
        guard
            let direction = dyad.direction(
                sourceOwner: owner(name: layout.sourceName, group: layout.sourceGroup), sourceCountry: field(layout.sourceCountry),
                targetOwner: owner(name: layout.targetName, group: layout.targetGroup), targetCountry: field(layout.targetCountry))
        else { return }
        guard let day = ByteParsing.day(field(layout.date)) else {
            return issue(lineNumber, "unparseable date \"\(String(decoding: field(layout.date).prefix(40), as: UTF8.self))\"")
        }
        guard let goldstein = ByteParsing.decimal(field(layout.goldstein)), (-10...10).contains(goldstein) else {
            return issue(lineNumber, "Goldstein/intensity is not a number from -10 to 10")
        }
        var quad: QuadClass?
        if let q = layout.quad, !ByteParsing.isMissing(field(q)) {
            quad = RowParser.quad(String(decoding: field(q), as: UTF8.self))
        } else if let c = layout.cameo {
            let code = field(c)
            if code.count >= 2, code[0] &- 0x30 < 10, code[1] &- 0x30 < 10 {
                quad = Self.quad(root: Int(code[0] &- 0x30) * 10 + Int(code[1] &- 0x30))
            }
        } else if let p = layout.plover {
            quad = PloverTypes.quad[String(decoding: field(p), as: UTF8.self).uppercased()]
        }
        guard let quad else { return issue(lineNumber, "no quad class from the quad code, CAMEO code or PLOVER type") }
        accumulator.add(day: day, direction: direction, goldstein: goldstein, quad: quad)
    }

    @inline(__always)
    private static func quad(root: Int) -> QuadClass? {
        switch root {
        case 1...5: .verbalCooperation
        case 6...8: .materialCooperation
        case 9...13: .verbalConflict
        case 14...20: .materialConflict
        default: nil
        }
    }

    private mutating func issue(_ line: Int, _ message: String) {
        malformedCount += 1
        if malformed.count < 100 { malformed.append(RowIssue(line: line, message: message)) }
    }

    mutating func absorb(_ other: LineScanner, lineOffset: Int) {
        accumulator.merge(other.accumulator)
        rows += other.rows
        lines += other.lines
        malformedCount += other.malformedCount
        for issue in other.malformed where malformed.count < 100 {
            malformed.append(RowIssue(line: issue.line + lineOffset, message: issue.message))
        }
    }

    func result(dyad: DyadSpec, from: Int?, to: Int?) -> StreamingIndexResult {
        StreamingIndexResult(
            series: accumulator.series(a: dyad.a.label, b: dyad.b.label, from: from, to: to), rows: rows,
            malformedCount: malformedCount, malformed: malformed)
    }
}
