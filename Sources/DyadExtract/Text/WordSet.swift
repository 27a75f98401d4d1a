/// A fixed set of words, asked about once per token many times over: most answers are "no",
/// and those are settled from the word's length, first and last byte without hashing the string.
///
/// Profiles of `dyad extract` showed string hashing for closed-class look-ups among the largest costs;
/// a miss costs three bit tests here instead of a hash and a probe.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let words: Set<String>
    /// Bit `n` set when some word is `n` bytes long (63 stands for 63 or more).
    private let lengths: UInt64
    /// Bit `b & 63` set when some word starts with byte `b`.
    private let firsts: UInt64
    /// Bit `b & 63` set when some word ends with byte `b`.
    private let lasts: UInt64

    /// Creates the set from a list of words.
    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Creates the set from any sequence of words.
    init<S: Sequence>(_ elements: S) where S.Element == String {
        words = Set(elements)
        var l: UInt64 = 0
        var f: UInt64 = 0
        var e: UInt64 = 0
        for w in words {
            l |= 1 << UInt64(Swift.min(w.utf8.count, 63))
            if let b = w.utf8.first { f |= 1 << UInt64(b & 63) }
            if let b = w.utf8.last { e |= 1 << UInt64(b & 63) }
        }
        lengths = l
        firsts = f
        lasts = e
    }

    /// True when `word` is in the set.
    @inline(__always) func contains(_ word: String) -> Bool {
        let u = word.utf8
        guard lengths & (1 << UInt64(Swift.min(u.count, 63))) != 0 else { return false }
        if let b = u.first, firsts & (1 << UInt64(b & 63)) == 0 { return false }
        if let b = u.last, lasts & (1 << UInt64(b & 63)) == 0 { return false }
        return words.contains(word)
    }

    /// The words, in no particular order.
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
