/// What sort of thing a name stands for; decides how it may be referred to later.
enum EntityKind: String, Sendable {
    case state, organisation, institution, place
}

/// A named entity the extractor knows: built in, from a history, or learned from the document.
struct Entity: Sendable, Hashable {
    /// A short id (`RUS`, `NATO`, or one made from a learned name).
    var id: String
    /// The name printed for it.
    var name: String
    var kind: EntityKind
    /// For institutions: the head word of the name (`council`, `office`), for "the Council" and "this forum".
    var head: String?
}

/// One name of an entity as it may appear in text.
struct Alias: Sendable {
    var entity: Entity
    /// True when the alias stands for the entity only by figure of speech (a capital for its government,
    /// "the Allies" for NATO): the canonical name is printed instead.
    var metonym: Bool
}
