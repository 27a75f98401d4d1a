import DyadCore

/// A drawing-neutral picture of a history: lanes of status bars, event markers and successor links.
///
/// Every view (terminal, SVG, HTML) draws from this one model, so they never disagree
/// about what was active when.
struct TimelineModel: Sendable {
    /// The history's title.
    var title: String
    /// The first and last day the picture covers.
    var start: Day
    var end: Day
    /// Lanes grouped by institution kind, in the kind's declaration order.
    var groups: [LaneGroup]
    /// Events that concern no institution (a war, an annexation), drawn on a lane of their own.
    var looseMarkers: [Marker]
    /// Arrows from a replaced institution to its successor.
    var links: [SuccessorLink]
}

/// One heading of lanes: all institutions of one kind.
struct LaneGroup: Sendable {
    var kind: InstitutionKind
    var lanes: [Lane]
}

/// One institution's life, left to right.
struct Lane: Sendable {
    var id: String
    var name: String
    var bars: [Bar]
    /// How the lane's life ends, if it does.
    var ending: Ending?
    var markers: [Marker]
}

/// The statuses a bar can show; closed and replaced end a lane rather than fill it.
enum BarStatus: String, Sendable, CaseIterable {
    case active, suspended
}

/// A stretch of time in one status; fuzzy edges are stretches of days where the change may have happened.
struct Bar: Sendable {
    var status: BarStatus
    /// When the status began; nil when it began before anything is known.
    var start: Span?
    /// When the status ended; nil when it still holds at the end of the picture.
    var end: Span?
}

/// How a lane's life ends.
struct Ending: Sendable {
    enum Kind: Sendable { case closed, replaced }
    var kind: Kind
    var at: Span
}

/// A run of days, earliest to latest; one day for a precise date.
struct Span: Sendable, Hashable {
    var earliest: Day
    var latest: Day
    /// Whether the date is not pinned to one day.
    var isFuzzy: Bool { earliest < latest }
    /// The middle day, where a marker is drawn.
    var middle: Day { Day(ordinal: (earliest.ordinal + latest.ordinal) / 2) }

    init(earliest: Day, latest: Day) {
        self.earliest = earliest
        self.latest = latest
    }

    init(_ date: EDTFDate) {
        self.init(earliest: date.earliest, latest: date.latest)
    }
}

/// An event drawn on a lane.
struct Marker: Sendable {
    var eventID: String
    var type: EventType
    var date: EDTFDate
    /// A one-line description for tooltips: date, type and note.
    var title: String
}

/// The arrow drawn from a replaced institution to the one that took its place.
struct SuccessorLink: Sendable {
    var from: String
    var to: String
    var at: Span
    var eventID: String
}
