/// Word classes a token may belong to, one bit each, settled once when the token is made.
///
/// The parser asks dozens of "is this word a determiner, a modal, a trigger ..." questions of every
/// token; with the answers in one integer each question is a bit test instead of hashing a string.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let determiner = WordClass(rawValue: 1 << 0)
    static let be = WordClass(rawValue: 1 << 1)
    static let have = WordClass(rawValue: 1 << 2)
    static let modal = WordClass(rawValue: 1 << 3)
    static let negation = WordClass(rawValue: 1 << 4)
    static let adverb = WordClass(rawValue: 1 << 5)
    static let clauseOpener = WordClass(rawValue: 1 << 6)
    static let innerPrep = WordClass(rawValue: 1 << 7)
    static let placePrep = WordClass(rawValue: 1 << 8)
    static let inTaker = WordClass(rawValue: 1 << 9)
    static let objectControl = WordClass(rawValue: 1 << 10)
    static let hypothetical = WordClass(rawValue: 1 << 11)
    static let factNoun = WordClass(rawValue: 1 << 12)
    static let adjective = WordClass(rawValue: 1 << 13)
    static let commonVerb = WordClass(rawValue: 1 << 14)
    static let dateStarter = WordClass(rawValue: 1 << 15)
    static let anchor = WordClass(rawValue: 1 << 16)
    static let month = WordClass(rawValue: 1 << 17)
    static let trigger = WordClass(rawValue: 1 << 18)
    static let neutralHead = WordClass(rawValue: 1 << 19)
    static let subordinator = WordClass(rawValue: 1 << 20)
    static let lightVerb = WordClass(rawValue: 1 << 21)
    static let lightVerbNoun = WordClass(rawValue: 1 << 22)
    static let signableHead = WordClass(rawValue: 1 << 23)
    static let nameHead = WordClass(rawValue: 1 << 24)
    static let connector = WordClass(rawValue: 1 << 25)
    /// Any inflection of a known verb (`VerbForms.isVerb`).
    static let verbForm = WordClass(rawValue: 1 << 26)
    /// A past form of a known verb (`VerbForms.isPast`).
    static let pastForm = WordClass(rawValue: 1 << 27)
    /// Clause openers that do start a new clause (not "as", "since", "after" ...).
    static let clauseBreak = WordClass(rawValue: 1 << 28)
    /// Words where a noun phrase may not go on, beyond the classes above ("by", "through", "and", "not" ...).
    static let phraseStop = WordClass(rawValue: 1 << 29)
    /// Words that open a time adjunct ("after the war in Georgia").
    static let timeAdjunct = WordClass(rawValue: 1 << 30)
    /// Words that mark a line as a publication stamp ("Last updated 3 May 2024").
    static let stamp = WordClass(rawValue: 1 << 31)
    /// Words that join the parts of a known multi-word name or a coordination ("and", "or").
    static let conjunction = WordClass(rawValue: 1 << 32)
    /// Words whose "-ed" ending and length make them look like a verb ("-ed" and more than four characters).
    static let edForm = WordClass(rawValue: 1 << 33)
    /// Words ending in "-ing".
    static let ingForm = WordClass(rawValue: 1 << 34)
    /// Words ending in "-al", taken for adjectives in coordination ("political and military").
    static let alForm = WordClass(rawValue: 1 << 35)
    /// Verbs of refusal: a trigger under them did not happen ("refused to recognise").
    static let refusal = WordClass(rawValue: 1 << 36)
    /// Numbers in words ("two years later").
    static let numberWord = WordClass(rawValue: 1 << 37)
    /// Qualifiers of approximation ("about 1850", "c. 1900").
    static let approxWord = WordClass(rawValue: 1 << 40)
    /// Qualifiers of uncertainty ("possibly 1861").
    static let uncertainWord = WordClass(rawValue: 1 << 41)
    /// Words that join the two dates of a range or a set ("-", "to", "or", "/").
    static let dateJoiner = WordClass(rawValue: 1 << 42)
    /// Words that may follow a date as its qualifier ("?", "approx", "(uncertain)").
    static let dateTrail = WordClass(rawValue: 1 << 43)
    /// Era marks after a year ("BC", "AD").
    static let era = WordClass(rawValue: 1 << 44)
    /// Seasons ("spring 2009").
    static let season = WordClass(rawValue: 1 << 38)
    /// Words a date expression may hold before its first anchor (`DateParser.leadWords`).
    static let dateLead = WordClass(rawValue: 1 << 39)
}

/// Words the parser names in its rules, with fixed ids so that a comparison is one integer test.
///
/// The raw value is the word's id in `Vocabulary`; the spelling is `text`.
enum CoreWord: Int32, CaseIterable, Sendable {
    case and, or, the, a, an, of, to, `in`, on, at, by, `for`, with, from, into, upon, under, between, during, after, before, since, until
    case following, despite, amid, through, than, `as`, but, that, which, who, this, its, their, it, they, all, both, not, become, became
    case becomes, up, down, possessive, comma, openParen, closeParen, dash, semicolon, period, well, support, part, military, new
    // Words of the date grammar.
    case some, time, earlier, prior, later, same, next, previous, preceding, year, month, immediately, shortly, soon, directly
    case afterwards, thereafter, afterward, gap, pause, `break`, interval, hiatus, long, short, brief, further, lengthy, early, mid
    case middle, late, first, second, last, third, fourth

    /// The word as it is spelled in lower case.
    var text: String {
        switch self {
        case .possessive: return "'s"
        case .comma: return ","
        case .openParen: return "("
        case .closeParen: return ")"
        case .dash: return "-"
        case .semicolon: return ";"
        case .period: return "."
        default: return String(describing: self)
        }
    }
}

/// A set of core words, as a bit mask over their ids (all of them are below 128).
struct CoreSet: Sendable, ExpressibleByArrayLiteral {
    let low: UInt64
    let high: UInt64
    init(arrayLiteral elements: CoreWord...) {
        var l: UInt64 = 0
        var h: UInt64 = 0
        for e in elements {
            if e.rawValue < 64 { l |= 1 << UInt64(e.rawValue) } else { h |= 1 << UInt64(e.rawValue - 64) }
        }
        low = l
        high = h
    }
    /// True when the word with id `id` is in the set.
    @inline(__always) func contains(id: Int32) -> Bool {
        if id < 0 { return false }
        if id < 64 { return low & (1 << UInt64(id)) != 0 }
        return id < 128 && high & (1 << UInt64(id - 64)) != 0
    }
}

/// The closed vocabulary known before any text is read: every word some rule asks about, with an id and its classes.
///
/// Tokens look themselves up here once, straight from their bytes, through an open-addressing table with
/// a cheap hash; words outside the vocabulary get id -1 and no classes.
final class Vocabulary: Sendable {
    /// One word: its classes and where its bytes are kept.
    struct Entry: Sendable {
        var hash: UInt32
        var length: UInt16
        var start: Int32
        var id: Int32
        var bits: UInt64
    }

    /// The shared vocabulary, built on first use.
    static let shared = Vocabulary()

    private let slots: [Entry]
    private let mask: Int
    private let bytes: [UInt8]
    /// Words with bytes outside ASCII, looked up by their lower-cased string (the tokenizer does not lower-case those).
    private let wide: [String: (Int32, UInt64)]
    /// Spelling of each id.
    let words: [String]

    private init() {
        var order: [String] = CoreWord.allCases.map(\.text)
        var bits: [String: UInt64] = [:]
        func add<S: Sequence>(_ s: S, _ c: WordClass) where S.Element == String {
            for w in s {
                if bits[w] == nil { order.append(w) }
                bits[w, default: 0] |= c.rawValue
            }
        }
        for w in order { bits[w] = 0 }
        add(Words.determiners, .determiner)
        add(Words.be, .be)
        add(Words.have, .have)
        add(Words.modals, .modal)
        add(Words.negations, .negation)
        add(Words.adverbs, .adverb)
        add(Words.clauseOpeners, .clauseOpener)
        add(Words.clauseOpeners.filter { !["as", "since", "until", "after", "before", "following", "including", "than", "once", "so"].contains($0) }, .clauseBreak)
        add(Words.innerPreps, .innerPrep)
        add(Words.placePreps, .placePrep)
        add(Words.inTakers, .inTaker)
        add(Words.objectControl, .objectControl)
        add(Words.hypothetical, .hypothetical)
        add(Words.factNouns, .factNoun)
        add(Words.adjectives, .adjective)
        add(Words.commonVerbs, .commonVerb)
        add(Words.phraseStops, .phraseStop)
        add(Words.timeAdjuncts, .timeAdjunct)
        add(Words.stamps, .stamp)
        add(["and", "or"], .conjunction)
        add(["refused", "declined", "refuses", "declines"], .refusal)
        add(DocumentRun.dateStarters, .dateStarter)
        add(DocumentRun.anchorWords, .anchor)
        add(DateParser.months.keys, .month)
        add(DateParser.numbers.keys, .numberWord)
        add(DateParser.seasons.keys, .season)
        add(DateParser.leadWords, .dateLead)
        add(DateParser.approxWords, .approxWord)
        add(["-", "to", "until", "till", "through", "or", "/"], .dateJoiner)
        add(["?", "approx", "approximately", "maybe", "guess", "("], .dateTrail)
        add(["bc", "bce", "b.c.", "ad", "ce", "a.d."], .era)
        add(DateParser.uncertainWords, .uncertainWord)
        add(Lexicon.forms, .trigger)
        add(Lexicon.neutralHeads, .neutralHead)
        add(SentenceParser.subordinators, .subordinator)
        add(SentenceParser.lightVerbs, .lightVerb)
        add(SentenceParser.lightVerbNouns, .lightVerbNoun)
        add(SentenceParser.signableHeads, .signableHead)
        add(NameFinder.heads, .nameHead)
        add(NameFinder.connectors, .connector)
        let verbs = VerbForms.allForms()
        add(verbs.filter(VerbForms.isVerb), .verbForm)
        add(verbs.filter(VerbForms.isPast), .pastForm)
        // Spelling classes, for the words already listed; words outside the vocabulary work them out from their bytes.
        for w in order {
            bits[w, default: 0] |= Self.spellingClasses(w).rawValue
        }

        var size = 1024
        while size < order.count * 4 { size *= 2 }
        var slots = [Entry](repeating: Entry(hash: 0, length: 0, start: -1, id: -1, bits: 0), count: size)
        var store: [UInt8] = []
        var wide: [String: (Int32, UInt64)] = [:]
        for (id, w) in order.enumerated() {
            let b = bits[w] ?? 0
            if w.utf8.contains(where: { $0 >= 0x80 }) { wide[w] = (Int32(id), b) }
            let h = Self.hash(w.utf8)
            var k = Int(h) & (size - 1)
            while slots[k].start >= 0 { k = (k + 1) & (size - 1) }
            slots[k] = Entry(hash: h, length: UInt16(w.utf8.count), start: Int32(store.count), id: Int32(id), bits: b)
            store.append(contentsOf: w.utf8)
        }
        self.slots = slots
        self.mask = size - 1
        self.bytes = store
        self.wide = wide
        self.words = order
    }

    /// Classes that follow from the spelling alone.
    static func spellingClasses(_ w: String) -> WordClass {
        var c: WordClass = []
        if w.hasSuffix("ed") && w.count > 4 { c.insert(.edForm) }
        if w.hasSuffix("ing") { c.insert(.ingForm) }
        if w.hasSuffix("al") { c.insert(.alForm) }
        return c
    }

    @inline(__always) static func hash<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// Looks up the ASCII word in `b[range]`, lower-casing as it goes: (id, classes), or (-1, spelling classes).
    func lookup(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lower: String) -> (Int32, UInt64) {
        var h: UInt32 = 2_166_136_261
        var ascii = true
        for k in range {
            var c = b[k]
            if c >= 0x80 { ascii = false; break }
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            h = (h ^ UInt32(c)) &* 16_777_619
        }
        guard ascii else {
            if let hit = wide[lower] { return hit }
            return (-1, Self.spellingClasses(lower).rawValue)
        }
        let n = range.count
        return slots.withUnsafeBufferPointer { s in
            bytes.withUnsafeBufferPointer { store in
                var k = Int(h) & mask
                while true {
                    let e = s[k]
                    if e.start < 0 { break }
                    if e.hash == h, Int(e.length) == n {
                        var same = true
                        var j = Int(e.start)
                        for q in range {
                            var c = b[q]
                            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                            if c != store[j] { same = false; break }
                            j += 1
                        }
                        if same { return (e.id, e.bits) }
                    }
                    k = (k + 1) & mask
                }
                return (-1, Self.asciiSpelling(b, range))
            }
        }
    }

    /// The spelling classes of an ASCII word outside the vocabulary, from its bytes.
    @inline(__always) static func asciiSpelling(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
        let n = r.count
        guard n >= 2 else { return 0 }
        let last = b[r.upperBound - 1] | 0x20
        let prev = b[r.upperBound - 2] | 0x20
        var c: UInt64 = 0
        if prev == 0x65 && last == 0x64 && n > 4 { c |= WordClass.edForm.rawValue }  // -ed
        if prev == 0x61 && last == 0x6C { c |= WordClass.alForm.rawValue }  // -al
        if n >= 3, (b[r.upperBound - 3] | 0x20) == 0x69, prev == 0x6E, last == 0x67 { c |= WordClass.ingForm.rawValue }  // -ing
        return c
    }

    /// The id and classes of a word given as a lower-case string.
    func lookup(_ word: String) -> (Int32, UInt64) {
        var w = word
        return w.withUTF8 { b in lookup(b, 0..<b.count, lower: word) }
    }
}
