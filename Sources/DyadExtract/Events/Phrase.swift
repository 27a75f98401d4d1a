/// An argument of an event: a span of tokens, the name printed for it and the entity it resolves to.
struct Phrase: Sendable {
    var range: Range<Int>
    var text: String
    var entity: Entity?
    /// For "formal meetings of the NRC": "meetings", the noun before the first "of", lower-cased; for bare-noun anaphora.
    /// Filled in once when the phrase is remembered, since every later sentence may ask.
    var headBeforeOf: String?
    /// The head word of the entity's name ("council"), for "the Council" and "this forum"; filled in the same way.
    var nameHead: String?

    init(range: Range<Int>, text: String, entity: Entity?) {
        self.range = range
        self.text = text
        self.entity = entity
    }

    /// The phrase with its look-up keys worked out.
    func remembered() -> Phrase {
        var p = self
        let words = text.split(separator: " ")
        if let k = words.firstIndex(of: "of"), k > 0 { p.headBeforeOf = words[k - 1].lowercased() }
        if let e = entity { p.nameHead = e.head ?? e.name.split(separator: " ").last.map { $0.lowercased() } }
        return p
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
}

import DyadCore
