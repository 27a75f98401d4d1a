import DyadCore

/// How a trigger finds its arguments.
enum Frame: Sendable {
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
    /// Regular verbs: lemma, type, frame, required particle, and irregular past / participle forms.
    private static let verbs: [(String, EventType, Frame, [String], [String])] = [
        ("establish", .establish, .transitive, [], []), ("create", .establish, .transitive, [], []),
        ("found", .establish, .transitive, [], ["founded"]), ("open", .establish, .ergative, [], []),
        ("set", .establish, .transitive, ["up"], ["set"]), ("launch", .establish, .transitive, [], []),
        ("inaugurate", .establish, .transitive, [], []), ("institute", .establish, .transitive, [], []),
        ("close", .close, .ergative, [], []), ("shut", .close, .ergative, ["down"], ["shut"]),
        ("dissolve", .close, .ergative, [], []), ("abolish", .close, .transitive, [], []), ("disband", .close, .ergative, [], []),
        ("terminate", .close, .transitive, [], []),
        ("replace", .replace, .replace, [], []), ("succeed", .replace, .replace, [], []), ("supersede", .replace, .replace, [], []),
        ("rename", .replace, .replace, [], []),
        ("join", .join, .transitive, [], []), ("accede", .join, .prepositional, ["to"], []), ("admit", .join, .transitive, [], ["admitted"]),
        ("leave", .leave, .transitive, [], ["left"]), ("withdraw", .leave, .prepositional, ["from"], ["withdrew", "withdrawn"]),
        ("walk", .leave, .prepositional, ["away", "from"], []), ("pull", .leave, .prepositional, ["out", "of"], []), ("quit", .leave, .transitive, [], ["quit"]),
        ("apply", .apply, .prepositional, ["for"], ["applied"]),
        ("sign", .sign, .transitive, [], []), ("conclude", .sign, .transitive, [], []), ("adopt", .sign, .transitive, [], []),
        ("ratify", .sign, .transitive, [], ["ratified"]),
        ("agree", .agree, .transitive, [], []),
        ("suspend", .suspend, .ergative, [], []), ("freeze", .suspend, .transitive, [], ["froze", "frozen"]),
        ("halt", .suspend, .ergative, [], []), ("curtail", .suspend, .transitive, [], []),
        ("break", .suspend, .transitive, ["off"], ["broke", "broken"]), ("put", .suspend, .ergative, ["on", "hold"], ["put"]),
        ("cancel", .suspend, .transitive, [], ["cancelled", "cancelling"]), ("cut", .suspend, .transitive, ["off"], ["cut"]),
        ("resume", .resume, .ergative, [], []), ("restore", .resume, .transitive, [], []), ("reopen", .resume, .ergative, [], []),
        ("re-establish", .resume, .transitive, [], []), ("reestablish", .resume, .transitive, [], []), ("relaunch", .resume, .transitive, [], []),
        ("deploy", .deploy, .deploy, [], []), ("dispatch", .deploy, .deploy, [], []),
        ("intervene", .intervene, .prepositional, ["in"], []), ("invade", .intervene, .transitive, [], []), ("attack", .intervene, .transitive, [], []),
        ("annex", .annex, .transitive, [], []),
        ("recognise", .recognise, .transitive, [], []), ("recognize", .recognise, .transitive, [], []),
        ("expel", .expel, .transitive, [], ["expelled"]),
        ("condemn", .condemn, .transitive, [], []), ("censure", .condemn, .transitive, [], []), ("approve", .agree, .transitive, [], []), ("denounce", .condemn, .transitive, [], []), ("deplore", .condemn, .transitive, [], []),
        ("regret", .condemn, .transitive, [], ["regretted"]), ("criticise", .condemn, .transitive, [], []), ("criticize", .condemn, .transitive, [], []),
        ("meet", .meet, .meet, [], ["met"]), ("convene", .meet, .meet, [], []),
        // Relations cut and mended, strikes and raids, hosting and holding meetings: the genre's everyday verbs.
        ("sever", .suspend, .transitive, [], []), ("downgrade", .suspend, .transitive, [], []), ("pause", .suspend, .ergative, [], []),
        ("normalise", .resume, .transitive, [], []), ("normalize", .resume, .transitive, [], []),
        ("break", .leave, .prepositional, ["away", "from"], ["broke", "broken"]),
        ("strike", .intervene, .transitive, [], ["struck", "striking"]), ("bomb", .intervene, .transitive, [], []),
        ("shoot", .intervene, .transitive, ["down"], ["shot"]), ("occupy", .intervene, .transitive, [], ["occupied"]),
        ("capture", .intervene, .transitive, [], []), ("seize", .intervene, .transitive, [], []),
        ("send", .deploy, .deploy, [], ["sent"]),
        ("initial", .sign, .transitive, [], ["initialled", "initialed", "initialling"]), ("issue", .sign, .transitive, [], []),
        ("proclaim", .establish, .transitive, [], []),
        ("upgrade", .establish, .prepositional, ["to"], []), ("elevate", .establish, .prepositional, ["to"], []),
        ("adhere", .join, .prepositional, ["to"], []), ("elect", .join, .transitive, [], []),
        ("host", .meet, .meet, [], []), ("hold", .meet, .meet, [], ["held"]), ("receive", .meet, .meet, [], []),
        ("reach", .agree, .transitive, [], []), ("broker", .sign, .transitive, [], []), ("retake", .intervene, .transitive, [], ["retook", "retaken"]),
    ]

    /// Nouns that name an event: noun, type, the prepositions that introduce the object.
    private static let nouns: [(String, EventType, [String])] = [
        ("establishment", .establish, ["of"]), ("creation", .establish, ["of"]), ("founding", .establish, ["of"]),
        ("opening", .establish, ["of"]), ("inauguration", .establish, ["of"]), ("launch", .establish, ["of"]),
        ("closure", .close, ["of"]), ("closing", .close, ["of"]), ("dissolution", .close, ["of"]), ("abolition", .close, ["of"]),
        ("disbandment", .close, ["of"]), ("termination", .close, ["of"]),
        ("replacement", .replace, ["of"]),
        ("accession", .join, ["to", "into"]),
        ("withdrawal", .leave, ["from"]), ("departure", .leave, ["from"]), ("exit", .leave, ["from"]),
        ("application", .apply, ["for", "to"]),
        ("signing", .sign, ["of"]), ("signature", .sign, ["of"]), ("adoption", .sign, ["of"]), ("ratification", .sign, ["of"]),
        ("suspension", .suspend, ["of"]), ("freezing", .suspend, ["of"]), ("curtailment", .suspend, ["of"]),
        ("resumption", .resume, ["of"]), ("restoration", .resume, ["of"]), ("reopening", .resume, ["of"]), ("re-establishment", .resume, ["of"]),
        ("deployment", .deploy, ["to", "in", "into", "along"]),
        ("intervention", .intervene, ["in", "against"]), ("invasion", .intervene, ["of"]), ("war", .intervene, ["against", "on", "with", "in"]),
        ("aggression", .intervene, ["against"]), ("attack", .intervene, ["on", "against"]), ("attacks", .intervene, ["on", "against"]),
        ("offensive", .intervene, ["against", "in"]),
        ("annexation", .annex, ["of"]), ("recognition", .recognise, ["of"]), ("expulsion", .expel, ["of"]),
        ("condemnation", .condemn, ["of"]),
        ("severance", .suspend, ["of"]), ("rupture", .suspend, ["of"]), ("downgrading", .suspend, ["of"]),
        ("normalisation", .resume, ["of"]), ("normalization", .resume, ["of"]),
        ("strike", .intervene, ["on", "against", "in"]), ("strikes", .intervene, ["on", "against", "in"]),
        ("airstrike", .intervene, ["on", "against", "in"]), ("airstrikes", .intervene, ["on", "against", "in"]),
        ("raid", .intervene, ["on", "against", "in", "into"]), ("raids", .intervene, ["on", "against", "in", "into"]),
        ("incursion", .intervene, ["into", "in"]), ("assault", .intervene, ["on", "against"]), ("bombing", .intervene, ["of"]),
        ("occupation", .intervene, ["of"]), ("entry", .intervene, ["into"]),
        ("summit", .meet, ["of", "in", "at", "between", "with"]), ("meeting", .meet, ["of", "in", "at", "between", "with"]),
        ("session", .meet, ["of", "in", "at"]), ("talks", .meet, ["in", "at", "between", "with"]),
    ]

    /// Every word form that can start a trigger.
    /// The word forms of `table`, for the cheap "is this a trigger at all" test asked of every token.
    static let forms = WordSet(table.keys)
    /// Neutral nouns that become intervention triggers after "military" ("military action", "military operations").
    static let neutralHeads: WordSet = ["action", "actions", "operation", "operations"]

    /// The readings of each vocabulary word by its id (empty for words that are not triggers).
    static let byWord: [[Trigger]] = Vocabulary.shared.words.map { table[$0] ?? [] }

    static let table: [String: [Trigger]] = {
        var t: [String: [Trigger]] = [:]
        func add(_ form: String, _ trig: Trigger) { t[form, default: []].append(trig) }
        for (lemma, type, frame, particle, irregular) in verbs {
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
        for (noun, type, preps) in nouns {
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
