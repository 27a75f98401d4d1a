/// An argument of an event: a span of tokens, the name printed for it and the entity it resolves to.
struct Phrase: Sendable {
    var range: Range<Int>
    var text: String
    var entity: Entity?
    /// For "formal meetings of the NRC": "meetings", the noun before the first "of", lower-cased; for bare-noun anaphora.
    /// Filled in once when the phrase is remembered, since every later sentence may ask.
    var headBeforeOf: String?
    /// The key (`Vocabulary.key`) of `headBeforeOf`, or 0: later sentences compare it with a token's key before any bytes.
    var headKey: UInt64 = 0

    init(range: Range<Int>, text: String, entity: Entity?) {
        self.range = range
        self.text = text
        self.entity = entity
    }

    /// The phrase with its look-up key worked out (the entity's own when the phrase prints its name).
    func remembered() -> Phrase {
        var p = self
        if let e = entity, e.name == text {
            p.headBeforeOf = e.headBeforeOf
            p.headKey = e.headKey
        } else {
            p.headBeforeOf = Self.headBeforeOf(text)
            p.headKey = p.headBeforeOf.map { Vocabulary.key($0) } ?? 0
        }
        return p
    }

    /// The word before the first "of" of `text`, lower-cased; nil when there is none.
    static func headBeforeOf(_ text: String) -> String? {
        // On the bytes: splitting every remembered phrase into an array of words showed in profiles.
        var t = text
        return t.withUTF8 { b -> String? in
            // The first word "of" (spaces around it), and the word before it if there is one.
            var i = 0
            var wordStart = 0
            var previous: Range<Int>?
            while i <= b.count {
                if i == b.count || b[i] == 0x20 {
                    if i > wordStart {
                        if i - wordStart == 2, b[wordStart] == 0x6F, b[wordStart + 1] == 0x66 {
                            return previous.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self).lowercased() }
                        }
                        previous = wordStart..<i
                    }
                    wordStart = i + 1
                }
                i += 1
            }
            return nil
        }
    }
}

/// An event found in one sentence, before it is turned into the public type.
struct Finding: Sendable {
    var type: EventType
    var trigger: Int
    var subject: Phrase?
    var object: Phrase?
    var by: Phrase?
    /// A date found inside the event's own words (its object conjunct), which beats the clause's.
    var ownDate: DateMatch?
    var passive: Bool
    var span: Range<Int>
    var confidence: Double
    /// True for an event named only by a noun of meeting ("the summit at Kazan"): without a date in its own sentence it is a mention, not news.
    var needsDate = false
    /// Where the event's date may be found, for an act told in a parenthesis (", broken off during the conflict,"): the
    /// main clause's date is not its own.
    var dateScope: Range<Int>? = nil
}

import DyadCore

/// A short list of token ranges kept inline: the conjuncts of a phrase are nearly always one to four, and an array
/// for each phrase split was among the largest sources of allocations.
struct RangeList: Sequence {
    private var inline: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0)
    private var more: [Range<Int>] = []
    /// How many ranges the list holds.
    private(set) var count = 0

    /// Adds a range at the end.
    mutating func append(_ r: Range<Int>) {
        switch count {
        case 0: inline.0 = r
        case 1: inline.1 = r
        case 2: inline.2 = r
        case 3: inline.3 = r
        default: more.append(r)
        }
        count += 1
    }

    /// The range at position `k`.
    subscript(_ k: Int) -> Range<Int> {
        switch k {
        case 0: return inline.0
        case 1: return inline.1
        case 2: return inline.2
        case 3: return inline.3
        default: return more[k - 4]
        }
    }

    var isEmpty: Bool { count == 0 }
    var first: Range<Int>? { count > 0 ? inline.0 : nil }

    func makeIterator() -> Iterator { Iterator(list: self) }

    /// Walks the ranges in order.
    struct Iterator: IteratorProtocol {
        let list: RangeList
        var k = 0

        mutating func next() -> Range<Int>? {
            guard k < list.count else { return nil }
            defer { k += 1 }
            return list[k]
        }
    }
}
