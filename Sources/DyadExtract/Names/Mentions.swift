/// The names found in one sentence: which mention starts, and which ends, at each token.
///
/// The parser asks "does a name start here?" and "does one end here?" at nearly every token it walks;
/// two arrays answer in one load, where dictionaries keyed by position hashed an integer each time.
struct Mentions: Sequence {
    /// The mentions in order of their start: start, end (exclusive), alias.
    private(set) var list: [(start: Int, end: Int, alias: Alias)] = []
    /// Per token, the index in `list` of the mention starting there, or -1.
    private var starting: [Int32]
    /// Per token boundary (0...count), the start of the mention ending there, or -1.
    private var ending: [Int32]

    /// The sentence's length in tokens.
    private var count: Int
    /// True once the per-token arrays are filled in for this sentence.
    private var indexed = false

    /// An empty set of mentions for a sentence of `count` tokens; the per-token arrays are made at the first mention.
    init(count: Int) {
        self.count = count
        starting = []
        ending = []
    }

    /// Empties the set for a sentence of `count` tokens, keeping the storage for reuse.
    mutating func reset(count: Int) {
        self.count = count
        list.removeAll(keepingCapacity: true)
        indexed = false
    }

    /// Records a mention; mentions come left to right and never overlap.
    mutating func add(start: Int, end: Int, alias: Alias) {
        if !indexed {
            starting.removeAll(keepingCapacity: true)
            starting.append(contentsOf: repeatElement(-1, count: count))
            ending.removeAll(keepingCapacity: true)
            ending.append(contentsOf: repeatElement(-1, count: count + 1))
            indexed = true
        }
        starting[start] = Int32(list.count)
        ending[end] = Int32(start)
        list.append((start, end, alias))
    }

    /// The mention starting at token `i`: its end and alias.
    subscript(_ i: Int) -> (Int, Alias)? {
        guard indexed, i >= 0, i < count else { return nil }
        let k = starting[i]
        if k < 0 { return nil }
        let m = list[Int(k)]
        return (m.end, m.alias)
    }

    /// The end of the mention starting at token `i`, without copying its alias.
    @inline(__always) func end(startingAt i: Int) -> Int? {
        guard indexed, i >= 0, i < count else { return nil }
        let k = starting[i]
        return k < 0 ? nil : list[Int(k)].end
    }

    /// The start of the mention that ends just before token `end`.
    func start(endingAt end: Int) -> Int? {
        guard indexed, end >= 0, end <= count else { return nil }
        let s = ending[end]
        return s < 0 ? nil : Int(s)
    }

    var isEmpty: Bool { list.isEmpty }

    /// The mentions in order of their start, as (start, (end, alias)).
    func makeIterator() -> Iterator { Iterator(list: list) }

    /// Walks the mentions in order of their start.
    struct Iterator: IteratorProtocol {
        let list: [(start: Int, end: Int, alias: Alias)]
        var k = 0

        mutating func next() -> (Int, (Int, Alias))? {
            guard k < list.count else { return nil }
            defer { k += 1 }
            return (list[k].start, (list[k].end, list[k].alias))
        }
    }
}
