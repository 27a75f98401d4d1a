/// An argument of an event: a span of tokens, the name printed for it and the entity it resolves to.
struct Phrase: Sendable {
    var range: Range<Int>
    var text: String
    var entity: Entity?
    /// For "formal meetings of the NRC": "meetings", the noun before the first "of", lower-cased; for bare-noun anaphora.
    var headBeforeOf: Substring? {
        guard let r = text.range(of: " of ") else { return nil }
        let before = text[..<r.lowerBound]
        return before.split(separator: " ").last
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
