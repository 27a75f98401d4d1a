/// Closed word classes the shallow parser leans on.
enum Words {
    static let determiners: WordSet = Language.english.words("determiners")
    static let be: WordSet = Language.english.words("be")
    static let have: WordSet = Language.english.words("have")
    static let modals: WordSet = Language.english.words("modals")
    static let negations: WordSet = Language.english.words("negations")
    static let adverbs: WordSet = Language.english.words("adverbs")
    /// Words that open a new clause: the subject of a verb is never found across them.
    static let clauseOpeners: WordSet = Language.english.words("clauseOpeners")
    /// Prepositions that may sit inside a noun phrase (`mission to NATO`, `cooperation with Russia`).
    static let innerPreps: WordSet = Language.english.words("innerPreps")
    /// Prepositions that may sit inside a noun phrase only before a name (`Office in Moscow`).
    static let placePreps: WordSet = Language.english.words("placePreps")
    /// Nouns after which "in" starts their complement, not a place ("participation in the talks").
    static let inTakers: WordSet = Language.english.words("inTakers")
    static let objectControl: WordSet = Language.english.words("objectControl")
    /// Words before a trigger in its clause that make it hypothetical, planned or wished for, not a fact.
    static let hypothetical: WordSet = Language.english.words("hypothetical")
    /// Heads of the things that open, close, stop and resume between states: bodies, channels, relationships and flows.
    static let institutionHeads: WordSet = Language.english.words("institutionHeads")
    /// Nouns whose to-infinitive is what is planned or agreed, not yet done ("the agreement to create a channel").
    static let planNouns: WordSet = Language.english.words("planNouns")
    /// Ways across a border, which close and open again.
    static let passageHeads: WordSet = ["border", "borders", "crossing", "crossings", "airspace", "frontier", "checkpoint", "checkpoints", "corridor"]
    /// Personal pronouns that stand as a whole subject.
    static let personalPronouns: WordSet = Language.english.words("personalPronouns")
    /// Nouns that frame an act named after "of" ("declaration of war"): their possessor is the act's actor.
    static let actFrames: WordSet = Language.english.words("actFrames")
    /// Verbs of intent that make what follows hypothetical only with a to-infinitive ("agreed to meet", not "agreed by both").
    static let intentNeedingTo: WordSet = Language.english.words("intentNeedingTo")
    /// Nouns whose to-infinitive is a fact reported (`Russia's decision to recognise`).
    static let factNouns: WordSet = Language.english.words("factNouns")
    /// Adjectives that coordinate before one noun (`civilian and military cooperation`): "and" after them does not split.
    static let adjectives: WordSet = Language.english.words("adjectives")
    /// Verbs frequent in the genre that end a noun phrase though they are not triggers.
    static let commonVerbs: WordSet = Language.english.words("commonVerbs")
    /// Words where a noun phrase stops, besides clause openers, verbs and adverbs.
    static let phraseStops: WordSet = Language.english.words("phraseStops")
    /// Words that open a time adjunct: an event named after them is background ("after the war in Georgia").
    static let timeAdjuncts: WordSet = Language.english.words("timeAdjuncts")
    /// Words of a publication stamp ("Last updated 3 May 2024").
    static let stamps: WordSet = Language.english.words("stamps")
    /// Nouns after "our" that stand for the document's author ("our Government", "our Kingdom", "our Agency").
    static let speakerHeads: WordSet = Language.english.words("speakerHeads")
    /// Plural heads that, with "two" or "both", stand for the document's pair ("the two sides", "both governments").
    static let pairHeads: WordSet = Language.english.words("pairHeads")
    /// Nouns of armed forces, the things that are deployed or sent.
    static let forceNouns: WordSet = Language.english.words("forceNouns")
    /// Units of a distance in time ("three days before").
    static let timeUnits: WordSet = Language.english.words("timeUnits")
    /// Nouns after a preposition that make an adverbial, not part of a name ("with effect from", "on the basis of").
    static let adverbialHeads: WordSet = Language.english.words("adverbialHeads")
    /// Forms of "do" that make a verb group ("did not join").
    static let doForms: WordSet = Language.english.words("doForms")
    /// The nouns of `lightHeads`.
    static let frameNouns: WordSet = Language.english.words("frameNouns")
    /// Nouns that merely frame an institution (`the work of the mission`): printed names drop them.
    static let lightHeads: [[String]] = [["the", "work", "of"], ["work", "of"], ["the", "activities", "of"], ["the", "functioning", "of"], ["the", "operation", "of"]]
}
