/// Cleaned text bytes with a map back to byte offsets in the original document.
///
/// The map is a list of runs: from text index `runs[k].text` on, bytes come one for one from document
/// offset `runs[k].doc`. Plain text needs one run per paragraph; markup adds one per text node or entity.
struct TextBuffer {
    var bytes: [UInt8] = []
    var runs: [(text: Int, doc: Int)] = []

    /// Appends one byte that came from document offset `doc`.
    @inline(__always) mutating func append(_ b: UInt8, from doc: Int) {
        if let last = runs.last, last.doc + (bytes.count - last.text) == doc {
            bytes.append(b)
            return
        }
        runs.append((bytes.count, doc))
        bytes.append(b)
    }

    /// Appends a contiguous slice of the document that starts at `doc`.
    mutating func append(contentsOf slice: UnsafeBufferPointer<UInt8>, from doc: Int) {
        if slice.isEmpty { return }
        if !(runs.last.map { $0.doc + (bytes.count - $0.text) == doc } ?? false) {
            runs.append((bytes.count, doc))
        }
        bytes.append(contentsOf: slice)
    }

    /// The document offset of text index `i` (an index one past the end maps one past the last byte).
    func docOffset(_ i: Int) -> Int {
        guard !runs.isEmpty else { return i }
        var lo = 0
        var hi = runs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if runs[mid].text <= i { lo = mid } else { hi = mid - 1 }
        }
        return runs[lo].doc + (i - runs[lo].text)
    }

    /// Drops the first `n` bytes, keeping the map right for the rest.
    mutating func removeFirst(_ n: Int) {
        guard n > 0 else { return }
        let start = docOffset(n)
        bytes.removeFirst(n)
        if runs.isEmpty { return }
        var k = 0
        while k + 1 < runs.count, runs[k + 1].text <= n { k += 1 }
        runs.removeFirst(k)
        runs[0] = (0, start)
        for j in 1..<runs.count { runs[j].text -= n }
    }
}
