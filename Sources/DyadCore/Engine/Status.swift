/// Where an institution, or an actor's part in one, stands at a date.
public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
    /// It has not been set up yet (or the actor has not joined yet).
    case notYet = "not yet"
    /// It exists and works.
    case active
    /// It exists but is frozen, halted or suspended.
    case suspended
    /// It has ended for good (or the actor has left it).
    case closed
    /// It has ended and a successor took its place.
    case replaced
}

/// How sure an answer is, given the fuzziness of the event dates it rests on.
public enum Certainty: String, Sendable, Hashable, Codable {
    /// Every event the answer rests on certainly happened by the query date.
    case certain
    /// Some event may or may not have happened by the query date.
    case possible
}

/// The status of one entity at a query date, with the event that set it and how sure that is.
public struct StatusAt: Sendable, Hashable {
    /// The status, if every event that may have happened by then did.
    public var status: Status
    /// Whether `status` is certain or only possible.
    public var certainty: Certainty
    /// The event that set `status`; nil when it holds from the start (or is assumed).
    public var since: Event?
    /// When the answer is only possible: the status if the pending events had not happened yet.
    public var otherwise: Status?
    /// When the answer is only possible: the event that set `otherwise`.
    public var otherwiseSince: Event?
    /// The events whose dates straddle the query date.
    public var pending: [Event]

    /// Creates a status answer.
    public init(
        status: Status, certainty: Certainty, since: Event? = nil, otherwise: Status? = nil, otherwiseSince: Event? = nil,
        pending: [Event] = []
    ) {
        self.status = status
        self.certainty = certainty
        self.since = since
        self.otherwise = otherwise
        self.otherwiseSince = otherwiseSince
        self.pending = pending
    }
}

/// A span of time during which an entity kept one status.
public struct StatusInterval: Sendable, Hashable {
    /// The status held during the span.
    public var status: Status
    /// The date of the event that began it; nil when it holds from the start.
    public var start: EDTFDate?
    /// The date of the event that ended it; nil when it still holds.
    public var end: EDTFDate?
    /// The event that began it.
    public var startEvent: Event?
    /// The event that ended it.
    public var endEvent: Event?
}

/// A finding about a history that is probably a mistake, pointing at the event concerned.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The event the finding is about, if any.
    public var eventID: String?
    /// The entity the finding is about, if any.
    public var entityID: String?
    /// What looks wrong, in one line.
    public var message: String
    /// Where the event (or entity) is defined, when the history came from a file.
    public var location: SourceLocation?

    public var description: String {
        (location.map { "\($0): " } ?? "") + "warning: " + message
    }
}
