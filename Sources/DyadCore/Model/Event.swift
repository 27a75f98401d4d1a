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
///
/// A value type whose fields live in one shared box, copied on write: snapshots and explanations hand
/// events around by the thousand, and a copy then costs one reference count instead of a dozen.
public struct Event: Sendable, Hashable, Identifiable {
    private final class Storage: @unchecked Sendable {
        // Mutated only through `mutate`, which copies a shared box first.
        var id: String
        var type: EventType
        var date: EDTFDate
        var subjects: [String]
        var object: String?
        var by: String?
        var place: String?
        var sources: [Citation]
        var assertedBy: String?
        var note: String?

        init(
            id: String, type: EventType, date: EDTFDate, subjects: [String], object: String?, by: String?, place: String?,
            sources: [Citation], assertedBy: String?, note: String?
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

        func copy() -> Storage {
            Storage(
                id: id, type: type, date: date, subjects: subjects, object: object, by: by, place: place, sources: sources,
                assertedBy: assertedBy, note: note)
        }
    }

    private var storage: Storage

    private mutating func mutate(_ change: (Storage) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        change(storage)
    }

    /// The short stable identifier used in the history file.
    public var id: String {
        get { storage.id }
        set { mutate { $0.id = newValue } }
    }
    /// What kind of event it is.
    public var type: EventType {
        get { storage.type }
        set { mutate { $0.type = newValue } }
    }
    /// When it happened, as an EDTF value.
    public var date: EDTFDate {
        get { storage.date }
        set { mutate { $0.date = newValue } }
    }
    /// Who acts: entity ids (actors or institutions); empty when the text names no one.
    public var subjects: [String] {
        get { storage.subjects }
        set { mutate { $0.subjects = newValue } }
    }
    /// What is acted upon: an entity id, or nil.
    public var object: String? {
        get { storage.object }
        set { mutate { $0.object = newValue } }
    }
    /// For `replace`: the successor; for others, the instrument by which it was done.
    public var by: String? {
        get { storage.by }
        set { mutate { $0.by = newValue } }
    }
    /// Where it happened, in words.
    public var place: String? {
        get { storage.place }
        set { mutate { $0.place = newValue } }
    }
    /// The sources that report it.
    public var sources: [Citation] {
        get { storage.sources }
        set { mutate { $0.sources = newValue } }
    }
    /// Who asserts that it happened, when that matters (an actor id or a name).
    public var assertedBy: String? {
        get { storage.assertedBy }
        set { mutate { $0.assertedBy = newValue } }
    }
    /// A short note in the history author's own words.
    public var note: String? {
        get { storage.note }
        set { mutate { $0.note = newValue } }
    }

    /// Creates an event.
    public init(
        id: String, type: EventType, date: EDTFDate, subjects: [String] = [], object: String? = nil, by: String? = nil,
        place: String? = nil, sources: [Citation] = [], assertedBy: String? = nil, note: String? = nil
    ) {
        storage = Storage(
            id: id, type: type, date: date, subjects: subjects, object: object, by: by, place: place, sources: sources,
            assertedBy: assertedBy, note: note)
    }

    public static func == (lhs: Event, rhs: Event) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id && lhs.type == rhs.type && lhs.date == rhs.date && lhs.subjects == rhs.subjects
            && lhs.object == rhs.object && lhs.by == rhs.by && lhs.place == rhs.place && lhs.sources == rhs.sources
            && lhs.assertedBy == rhs.assertedBy && lhs.note == rhs.note
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(type)
        hasher.combine(date)
    }
}
