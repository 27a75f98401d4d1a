#if canImport(Glibc)
    import Glibc
#endif

/// Cuts a stream of chunks into lines without copying, except for a line split across two chunks.
struct LineSplitter {
    private var carry: [UInt8] = []
    /// The 1-based number of the last line delivered.
    private(set) var lineNumber = 0

    /// Delivers every complete line of `chunk`, with its number, stripped of `\n` and `\r\n`; false from `body` stops.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) rethrows -> Bool {
        guard let base = chunk.baseAddress?.assumingMemoryBound(to: UInt8.self), chunk.count > 0 else { return true }
        let end = base + chunk.count
        var start = base
        while start < end {
            guard let hit = memchr(start, 0x0a, end - start) else {
                carry.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
                return true
            }
            let nl = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self))
            lineNumber += 1
            let keepGoing: Bool
            if carry.isEmpty {
                keepGoing = try body(Self.trim(UnsafeBufferPointer(start: start, count: nl - start)), lineNumber)
            } else {
                carry.append(contentsOf: UnsafeBufferPointer(start: start, count: nl - start))
                keepGoing = try carry.withUnsafeBufferPointer { try body(Self.trim($0), lineNumber) }
                carry.removeAll(keepingCapacity: true)
            }
            if !keepGoing { return false }
            start = nl + 1
        }
        return true
    }

    /// Delivers a last line that has no final newline.
    mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) rethrows {
        guard !carry.isEmpty else { return }
        lineNumber += 1
        _ = try carry.withUnsafeBufferPointer { try body(Self.trim($0), lineNumber) }
        carry.removeAll()
    }

    private static func trim(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if let last = line.last, last == 0x0d { return UnsafeBufferPointer(rebasing: line.dropLast()) }
        return line
    }
}
