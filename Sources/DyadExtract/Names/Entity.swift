/// What sort of thing a name stands for; decides how it may be referred to later.
enum EntityKind: String, Sendable {
    case state, organisation, institution, place
}

/// A named entity the extractor knows: built in, from a history, or learned from the document.
///
/// Immutable and shared: phrases, aliases and findings all hold entities, and one reference to copy
/// costs less than the three strings a struct carried. Equality is by value.
final class Entity: Sendable, Hashable {
    /// A short id (`RUS`, `NATO`, or one made from a learned name).
    let id: String
    /// The name printed for it.
    let name: String
    let kind: EntityKind
    /// For institutions: the head word of the name (`council`, `office`), for "the Council" and "this forum".
    let head: String?
    /// The head word of the name, lower-cased ("council"; the last word when no head is given), for "the Council".
    let nameHead: String?
    /// The name's word before its first "of", lower-cased, for bare-noun anaphora (`Phrase.headBeforeOf`).
    let headBeforeOf: String?
    /// The key of `headBeforeOf` (`Vocabulary.key`), or 0.
    let headKey: UInt64

    init(id: String, name: String, kind: EntityKind, head: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.head = head
        // Worked out once here: every sentence that names the entity remembers it, and these are its look-up keys.
        if let head {
            nameHead = head
        } else if let space = name.utf8.lastIndex(of: 0x20) {
            nameHead = String(name[name.utf8.index(after: space)...]).lowercased()
        } else {
            nameHead = name.isEmpty ? nil : name.lowercased()
        }
        headBeforeOf = Phrase.headBeforeOf(name)
        headKey = headBeforeOf.map { Vocabulary.key($0) } ?? 0
    }

    static func == (a: Entity, b: Entity) -> Bool {
        a === b || a.id == b.id && a.name == b.name && a.kind == b.kind && a.head == b.head
    }

    func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(name)
        h.combine(kind)
        h.combine(head)
    }
}

/// One name of an entity as it may appear in text.
struct Alias: Sendable {
    var entity: Entity
    /// True when the alias stands for the entity only by figure of speech (a capital for its government,
    /// "the Allies" for NATO): the canonical name is printed instead.
    var metonym: Bool
    /// True for an adjective of nationality ("Iranian"): it names the state alone, but as a modifier ("Iranian forces") it
    /// leaves the phrase its own words.
    var demonym: Bool = false
}
