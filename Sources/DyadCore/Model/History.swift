/// The curated record of a relation: actors, institutions, sources and events.
public struct History: Sendable, Hashable {
    /// A title for the history (`NATO–Russia relations`).
    public var title: String
    /// The two actors whose relation this is, by id; may be empty for a general history.
    public var dyad: [String]
    /// A short description in the author's own words.
    public var note: String?
    /// The actors, in file order.
    public var actors: [Actor]
    /// The institutions, in file order.
    public var institutions: [Institution]
    /// The sources, in file order.
    public var sources: [Source]
    /// The events, in file order.
    public var events: [Event]
    /// Where each actor, institution, source and event was defined, by id, when read from a file.
    ///
    /// Not part of the history's identity: two histories with the same content are equal wherever they came from.
    public var locations: [String: SourceLocation] = [:]

    /// Creates a history.
    public init(
        title: String, dyad: [String] = [], note: String? = nil, actors: [Actor] = [], institutions: [Institution] = [],
        sources: [Source] = [], events: [Event] = []
    ) {
        self.title = title
        self.dyad = dyad
        self.note = note
        self.actors = actors
        self.institutions = institutions
        self.sources = sources
        self.events = events
    }
}

extension History {
    public static func == (lhs: History, rhs: History) -> Bool {
        lhs.title == rhs.title && lhs.dyad == rhs.dyad && lhs.note == rhs.note && lhs.actors == rhs.actors
            && lhs.institutions == rhs.institutions && lhs.sources == rhs.sources && lhs.events == rhs.events
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(actors)
        hasher.combine(institutions)
        hasher.combine(events)
    }
}
