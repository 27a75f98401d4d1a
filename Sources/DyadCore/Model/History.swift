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
    /// Where each actor, institution and source was defined (keys `entity:ID`, `source:ID`), when read from a file.
    ///
    /// Not part of the history's identity: two histories with the same content are equal wherever they came from.
    public var locations: [String: SourceLocation] = [:]
    /// The file each event was read from and its line and column, parallel to `events`; empty when built in code.
    ///
    /// Kept apart from `locations` because a history may hold millions of events.
    public var eventPositions: [EventPosition] = []
    /// The file the history was read from, if any.
    public var file: String?

    /// Where the event at `index` was defined, when the history came from a file.
    public func location(ofEvent index: Int) -> SourceLocation? {
        guard let file, index < eventPositions.count else { return nil }
        let p = eventPositions[index]
        return SourceLocation(file: file, line: Int(p.line), column: Int(p.column))
    }

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

/// The line and column of an event in its file, packed small.
public struct EventPosition: Sendable, Hashable {
    /// 1-based line.
    public var line: Int32
    /// 1-based column.
    public var column: Int32

    /// Creates a position.
    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }
}
