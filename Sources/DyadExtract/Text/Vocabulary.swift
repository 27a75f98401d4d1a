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
    /// Seasons ("spring 2009").
    static let season = WordClass(rawValue: 1 << 38)
    /// Words a date expression may hold before its first anchor (`DateParser.leadWords`).
    static let dateLead = WordClass(rawValue: 1 << 39)
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
    /// Nouns of measure after which a four-digit number is a count, not a year ("1500 troops").
    static let unitWord = WordClass(rawValue: 1 << 45)
    /// Words before which a number is a reference, not a year ("Resolution 1244", "page 1999").
    static let numberPrefix = WordClass(rawValue: 1 << 46)
    /// Heads that make "the Council", "this forum", "the new body" refer back (`SentenceParser.anaphoricHeads`).
    static let anaphoricHead = WordClass(rawValue: 1 << 47)
    /// Modifiers between the determiner and such a head ("the same body", "the former Council").
    static let anaphorModifier = WordClass(rawValue: 1 << 48)
    /// "do", "does", "did": auxiliaries of a verb group.
    static let doForm = WordClass(rawValue: 1 << 49)
    /// Words that a full stop after them does not end a sentence (`SentenceSplitter.abbreviations`).
    static let abbreviation = WordClass(rawValue: 1 << 50)
    /// The nouns of the framing phrases ("the work of", "the activities of"): `Words.frameNouns`.
    static let frameNoun = WordClass(rawValue: 1 << 51)
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
///
/// An option set with one member per core word, so that a literal such as `[.of, .for]` is folded to a
/// constant the way the standard library folds option sets; a variadic initialiser allocated an array at
/// every use, which showed as a quarter of all allocations.
struct CoreSet: OptionSet, Sendable {
    let rawValue: UInt128

    init(rawValue: UInt128) { self.rawValue = rawValue }

    /// The set of one core word.
    @inline(__always) init(_ word: CoreWord) { rawValue = 1 << UInt128(word.rawValue) }

    /// True when the word with id `id` is in the set.
    @inline(__always) func contains(id: Int32) -> Bool { id >= 0 && id < 128 && rawValue & (1 << UInt128(id)) != 0 }

    // One member per core word, each the bit of its word's id. Computed, not stored: a stored constant of a 128-bit
    // type was not folded, and every use of a set literal called the lazy initialiser's check once per member.

    static var and: CoreSet { CoreSet(.and) }
    static var or: CoreSet { CoreSet(.or) }
    static var the: CoreSet { CoreSet(.the) }
    static var a: CoreSet { CoreSet(.a) }
    static var an: CoreSet { CoreSet(.an) }
    static var of: CoreSet { CoreSet(.of) }
    static var to: CoreSet { CoreSet(.to) }
    static var `in`: CoreSet { CoreSet(.`in`) }
    static var on: CoreSet { CoreSet(.on) }
    static var at: CoreSet { CoreSet(.at) }
    static var by: CoreSet { CoreSet(.by) }
    static var `for`: CoreSet { CoreSet(.`for`) }
    static var with: CoreSet { CoreSet(.with) }
    static var from: CoreSet { CoreSet(.from) }
    static var into: CoreSet { CoreSet(.into) }
    static var upon: CoreSet { CoreSet(.upon) }
    static var under: CoreSet { CoreSet(.under) }
    static var between: CoreSet { CoreSet(.between) }
    static var during: CoreSet { CoreSet(.during) }
    static var after: CoreSet { CoreSet(.after) }
    static var before: CoreSet { CoreSet(.before) }
    static var since: CoreSet { CoreSet(.since) }
    static var until: CoreSet { CoreSet(.until) }
    static var following: CoreSet { CoreSet(.following) }
    static var despite: CoreSet { CoreSet(.despite) }
    static var amid: CoreSet { CoreSet(.amid) }
    static var through: CoreSet { CoreSet(.through) }
    static var than: CoreSet { CoreSet(.than) }
    static var `as`: CoreSet { CoreSet(.`as`) }
    static var but: CoreSet { CoreSet(.but) }
    static var that: CoreSet { CoreSet(.that) }
    static var which: CoreSet { CoreSet(.which) }
    static var who: CoreSet { CoreSet(.who) }
    static var this: CoreSet { CoreSet(.this) }
    static var its: CoreSet { CoreSet(.its) }
    static var their: CoreSet { CoreSet(.their) }
    static var it: CoreSet { CoreSet(.it) }
    static var they: CoreSet { CoreSet(.they) }
    static var all: CoreSet { CoreSet(.all) }
    static var both: CoreSet { CoreSet(.both) }
    static var not: CoreSet { CoreSet(.not) }
    static var become: CoreSet { CoreSet(.become) }
    static var became: CoreSet { CoreSet(.became) }
    static var becomes: CoreSet { CoreSet(.becomes) }
    static var up: CoreSet { CoreSet(.up) }
    static var down: CoreSet { CoreSet(.down) }
    static var possessive: CoreSet { CoreSet(.possessive) }
    static var comma: CoreSet { CoreSet(.comma) }
    static var openParen: CoreSet { CoreSet(.openParen) }
    static var closeParen: CoreSet { CoreSet(.closeParen) }
    static var dash: CoreSet { CoreSet(.dash) }
    static var semicolon: CoreSet { CoreSet(.semicolon) }
    static var period: CoreSet { CoreSet(.period) }
    static var well: CoreSet { CoreSet(.well) }
    static var support: CoreSet { CoreSet(.support) }
    static var part: CoreSet { CoreSet(.part) }
    static var military: CoreSet { CoreSet(.military) }
    static var new: CoreSet { CoreSet(.new) }
    static var some: CoreSet { CoreSet(.some) }
    static var time: CoreSet { CoreSet(.time) }
    static var earlier: CoreSet { CoreSet(.earlier) }
    static var prior: CoreSet { CoreSet(.prior) }
    static var later: CoreSet { CoreSet(.later) }
    static var same: CoreSet { CoreSet(.same) }
    static var next: CoreSet { CoreSet(.next) }
    static var previous: CoreSet { CoreSet(.previous) }
    static var preceding: CoreSet { CoreSet(.preceding) }
    static var year: CoreSet { CoreSet(.year) }
    static var month: CoreSet { CoreSet(.month) }
    static var immediately: CoreSet { CoreSet(.immediately) }
    static var shortly: CoreSet { CoreSet(.shortly) }
    static var soon: CoreSet { CoreSet(.soon) }
    static var directly: CoreSet { CoreSet(.directly) }
    static var afterwards: CoreSet { CoreSet(.afterwards) }
    static var thereafter: CoreSet { CoreSet(.thereafter) }
    static var afterward: CoreSet { CoreSet(.afterward) }
    static var gap: CoreSet { CoreSet(.gap) }
    static var pause: CoreSet { CoreSet(.pause) }
    static var `break`: CoreSet { CoreSet(.`break`) }
    static var interval: CoreSet { CoreSet(.interval) }
    static var hiatus: CoreSet { CoreSet(.hiatus) }
    static var long: CoreSet { CoreSet(.long) }
    static var short: CoreSet { CoreSet(.short) }
    static var brief: CoreSet { CoreSet(.brief) }
    static var further: CoreSet { CoreSet(.further) }
    static var lengthy: CoreSet { CoreSet(.lengthy) }
    static var early: CoreSet { CoreSet(.early) }
    static var mid: CoreSet { CoreSet(.mid) }
    static var middle: CoreSet { CoreSet(.middle) }
    static var late: CoreSet { CoreSet(.late) }
    static var first: CoreSet { CoreSet(.first) }
    static var second: CoreSet { CoreSet(.second) }
    static var last: CoreSet { CoreSet(.last) }
    static var third: CoreSet { CoreSet(.third) }
    static var fourth: CoreSet { CoreSet(.fourth) }
}

/// Longer sets, made once: the compiler folds short option-set literals to constants but not these.
extension CoreSet {
    /// What may follow a reduced relative participle ("X, replaced by Y", "X, signed in 1997").
    static var afterReducedRelative: CoreSet { [.by, .in, .on, .at, .comma, .as, .under, .following, .after, .during, .since] }
    /// Words that open a sentence's adverbial before its subject ("In October 2021, ...").
    static var openingAdverbials: CoreSet { [.following, .after, .since, .through, .despite, .in] }
    /// Words between a conjunct and the date that is its own ("in", "on", "(").
    static var beforeOwnDate: CoreSet { [.in, .on, .during, .by, .from, .at, .openParen] }
    /// Lower-case words and marks that may sit inside a capitalised name ("Organisation of African Unity").
    static var insideNames: CoreSet { [.of, .and, .for, .the, .on, .in, .dash, .openParen, .closeParen] }
    /// Sets named in the verb-event rules, whose body is too large for the compiler to fold its literals.
    static var relativePronouns: CoreSet { [.which, .that, .who] }
    static var beforeVerbDate: CoreSet { [.in, .on, .during, .openParen] }
    static var admittedTo: CoreSet { [.to, .into, .as] }
    static var deployedTo: CoreSet { [.to, .in, .into] }
    static var deployedToOrAs: CoreSet { [.to, .in, .into, .as] }
    static var particles: CoreSet { [.down, .up] }
    /// Prepositions that keep a noun phrase going leftwards ("mission to NATO").
    static var innerOfPhrase: CoreSet { [.of, .for, .with, .to, .under, .between, .in, .on, .at] }
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
        add(DateParser.unitWords, .unitWord)
        add(DateParser.numberPrefixes, .numberPrefix)
        add(SentenceParser.anaphoricHeads.keys, .anaphoricHead)
        add(SentenceParser.anaphorModifiers, .anaphorModifier)
        add(Words.doForms, .doForm)
        add(SentenceSplitter.abbreviations, .abbreviation)
        add(Words.frameNouns, .frameNoun)
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
            let h = UInt32(truncatingIfNeeded: Self.key(w.utf8))
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

    /// One step of the key's hash (FNV-1a over 64 bits).
    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 1_099_511_628_211 }

    /// An ASCII capital in lower case; every other byte as it is.
    @inline(__always) static func asciiLower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    /// The name key of a word: FNV-1a over 64 bits of its bytes, ASCII capitals folded as the look-up folds them, so
    /// the table hash (its low 32 bits) and a token's key (`Token.key`) are the same number.
    @inline(__always) static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in bytes { h = step(h, asciiLower(b)) }
        return h
    }

    /// The name key of a lower-case word given as a string.
    static func key(_ lower: String) -> UInt64 { key(lower.utf8) }

    /// Looks up the word in `b[range]`, lower-casing ASCII as it goes: (id, classes, name key); a word outside the
    /// vocabulary gets id -1 and the classes its spelling gives.
    func lookup(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Int32, UInt64, UInt64) {
        var h: UInt64 = 14_695_981_039_346_656_037
        for k in range {
            let c = b[k]
            if c >= 0x80 {
                // Non-ASCII words (rare) go through Unicode lower-casing and the table of such words.
                let lower = String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self).lowercased()
                let (id, bits) = lookup(wide: lower)
                return (id, bits, Self.key(lower.utf8))
            }
            h = Self.step(h, Self.asciiLower(c))
        }
        let h32 = UInt32(truncatingIfNeeded: h)
        let n = range.count
        return slots.withUnsafeBufferPointer { s in
            bytes.withUnsafeBufferPointer { store in
                var k = Int(h32) & mask
                while true {
                    let e = s[k]
                    if e.start < 0 { break }
                    if e.hash == h32, Int(e.length) == n {
                        var same = true
                        var j = Int(e.start)
                        for q in range {
                            if Self.asciiLower(b[q]) != store[j] { same = false; break }
                            j += 1
                        }
                        if same { return (e.id, e.bits, h) }
                    }
                    k = (k + 1) & mask
                }
                return (-1, Self.asciiSpelling(b, range), h)
            }
        }
    }

    /// A word with bytes outside ASCII, given in lower case.
    private func lookup(wide lower: String) -> (Int32, UInt64) {
        wide[lower] ?? (-1, Self.spellingClasses(lower).rawValue)
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
        return w.withUTF8 { b in
            let (id, bits, _) = lookup(b, 0..<b.count)
            return (id, bits)
        }
    }
}
