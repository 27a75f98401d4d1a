/// A citation of a source by an event, optionally pointing at a passage.
public struct Citation: Sendable, Hashable {
    /// The id of the cited source.
    public var source: String
    /// Where in the source: a page, a paragraph, a character span.
    public var locator: String?

    /// Creates a citation.
    public init(source: String, locator: String? = nil) {
        self.source = source
        self.locator = locator
    }
}

/// Something that happened on a date, of one type from the vocabulary, between entities.
public struct Event: Sendable, Hashable, Identifiable {
    /// The short stable identifier used in the history file.
    public var id: String
    /// What kind of event it is.
    public var type: EventType
    /// When it happened, as an EDTF value.
    public var date: EDTFDate
    /// Who acts: entity ids (actors or institutions); empty when the text names no one.
    public var subjects: [String]
    /// What is acted upon: an entity id, or nil.
    public var object: String?
    /// For `replace`: the successor; for others, the instrument by which it was done.
    public var by: String?
    /// Where it happened, in words.
    public var place: String?
    /// The sources that report it.
    public var sources: [Citation]
    /// Who asserts that it happened, when that matters (an actor id or a name).
    public var assertedBy: String?
    /// A short note in the history author's own words.
    public var note: String?

    /// Creates an event.
    public init(
        id: String, type: EventType, date: EDTFDate, subjects: [String] = [], object: String? = nil, by: String? = nil,
        place: String? = nil, sources: [Citation] = [], assertedBy: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.type = type
        self.date = date
        self.subjects = subjects
        self.object = object
        self.by = by
        self.place = place
        self.sources = sources
        self.assertedBy = assertedBy
        self.note = note
    }
}
