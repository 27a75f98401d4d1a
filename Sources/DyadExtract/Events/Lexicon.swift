import DyadCore

/// How a trigger finds its arguments.
enum Frame: String, Sendable, Decodable {
    /// Subject before, object after (`NATO opened an office`).
    case transitive
    /// Like transitive, but used without an object the noun before is the object (`meetings resumed`).
    case ergative
    /// `X was replaced by Y`, `Y replaced X`, `X was succeeded by Y`.
    case replace
    /// Forces before, the operation or place after `in`, `to`, `into`.
    case deploy
    /// The object follows a preposition (`intervene in`, `withdraw from`).
    case prepositional
    /// A meeting: the body or parties that meet.
    case meet
}

/// One word form that can signal an event.
///
/// An immutable shared object: the lexicon's readings are handed out, passed and kept by reference, one count
/// to copy instead of three (a string and two lists).
final class Trigger: Sendable {
    let type: EventType
    let lemma: String
    let isNoun: Bool
    /// True for a past participle form (passive and reduced relatives).
    let isParticiple: Bool
    /// True for an -ing form.
    let isGerund: Bool
    /// Words that must follow the trigger (`down` in `close down`, `from` in `withdraw from`).
    let particle: [String]
    let frame: Frame
    /// Prepositions that introduce the object of a noun trigger (`suspension of`, `intervention in`).
    let objectPreps: [String]

    init(type: EventType, lemma: String, isNoun: Bool, isParticiple: Bool, isGerund: Bool, particle: [String], frame: Frame, objectPreps: [String]) {
        self.type = type
        self.lemma = lemma
        self.isNoun = isNoun
        self.isParticiple = isParticiple
        self.isGerund = isGerund
        self.particle = particle
        self.frame = frame
        self.objectPreps = objectPreps
    }
}

/// The trigger vocabulary for the seventeen event types, keyed by lower-case word form.
enum Lexicon {
    /// Every word form that can start a trigger.
    /// The word forms of `table`, for the cheap "is this a trigger at all" test asked of every token.
    static let forms = WordSet(table.keys)
    /// Neutral nouns that become intervention triggers after "military" ("military action", "military operations").
    static let neutralHeads: WordSet = Language.english.words("neutralHeads")

    /// The readings of each vocabulary word by its id (empty for words that are not triggers).
    static let byWord: [[Trigger]] = Vocabulary.shared.words.map { table[$0] ?? [] }

    static let table: [String: [Trigger]] = {
        var t: [String: [Trigger]] = [:]
        func add(_ form: String, _ trig: Trigger) { t[form, default: []].append(trig) }
        for v in Language.english.verbs {
            let (lemma, type, frame, particle, irregular) = (v.lemma, v.type, v.frame, v.particle, v.irregular)
            let forms = inflections(lemma)
            for (form, participle0, gerund) in forms {
                // "set", "cut", "shut", "quit": the bare form is also the participle ("was set up").
                let participle = participle0 || irregular.contains(form)
                add(form, Trigger(type: type, lemma: lemma, isNoun: false, isParticiple: participle, isGerund: gerund, particle: particle, frame: frame, objectPreps: []))
            }
            for form in irregular where !forms.contains(where: { $0.0 == form }) {
                let participle = form != "froze" && form != "withdrew" && form != "broke"
                add(form, Trigger(type: type, lemma: lemma, isNoun: false, isParticiple: participle, isGerund: false, particle: particle, frame: frame, objectPreps: []))
            }
        }
        // "found" is the past of "find"; "left" and "set" are fine as listed. Drop the bare lemma "found".
        t["found"] = nil
        // "initial" is far more often the adjective ("the initial phase") than the verb; its other forms are verbs.
        t["initial"] = nil
        for n in Language.english.nouns {
            let (noun, type, preps) = (n.noun, n.type, n.preps)
            add(noun, Trigger(type: type, lemma: noun, isNoun: true, isParticiple: false, isGerund: false, particle: [], frame: .transitive, objectPreps: preps))
        }
        return t
    }()

    /// Base, third person, past, participle and gerund of a regular verb, with flags (participle, gerund).
    static func inflections(_ v: String) -> [(String, Bool, Bool)] {
        var out: [(String, Bool, Bool)] = [(v, false, false)]
        let last = v.last!
        let doubles: Set<String> = ["expel", "regret", "quit", "cut", "set", "shut", "admit", "annul", "initial"]
        if v.hasSuffix("e") {
            out.append((v + "s", false, false))
            out.append((v + "d", true, false))
            out.append((String(v.dropLast()) + "ing", false, true))
        } else if last == "y", !"aeiou".contains(v.dropLast().last!) {
            out.append((String(v.dropLast()) + "ies", false, false))
            out.append((String(v.dropLast()) + "ied", true, false))
            out.append((v + "ing", false, true))
        } else {
            let sibilant = v.hasSuffix("sh") || v.hasSuffix("ch") || v.hasSuffix("x") || v.hasSuffix("s")
            out.append((v + (sibilant ? "es" : "s"), false, false))
            let stem = doubles.contains(v) ? v + String(last) : v
            out.append((stem + "ed", true, false))
            out.append((stem + "ing", false, true))
        }
        return out
    }
}
