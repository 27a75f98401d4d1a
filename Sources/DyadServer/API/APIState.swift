import DyadCore

/// A status at a date, with how sure it is and why.
struct APIStatusAt: Encodable, Sendable {
    var status: String
    var certainty: String
    var since: String?
    var sinceDate: APIDate?
    var otherwise: String?
    var pending: [String]

    init(_ state: StatusAt) {
        status = state.status.rawValue
        certainty = state.certainty.rawValue
        since = state.since?.id
        sinceDate = state.since.map { APIDate($0.date) }
        otherwise = state.otherwise?.rawValue
        pending = state.pending.map(\.id)
    }
}

/// One actor's part in an institution at a date.
struct APIPart: Encodable, Sendable {
    var actor: String
    var name: String
    var state: APIStatusAt
}

/// One institution at a date.
struct APIStateEntry: Encodable, Sendable {
    var id: String
    var name: String
    var kind: String
    var heading: String
    var state: APIStatusAt
    var parts: [APIPart]
}

/// Every institution at a date.
struct APIState: Encodable, Sendable {
    var at: APIDate
    var entries: [APIStateEntry]

    init(_ snapshot: Snapshot, at date: EDTFDate) {
        at = APIDate(date)
        entries = snapshot.entries.map { entry in
            APIStateEntry(
                id: entry.institution.id, name: entry.institution.name, kind: entry.institution.kind.rawValue,
                heading: entry.institution.kind.heading, state: APIStatusAt(entry.state),
                parts: entry.parts.map { APIPart(actor: $0.actor.id, name: $0.actor.name, state: APIStatusAt($0.state)) })
        }
    }
}

/// One change of status (or a point event), with the event that made it.
struct APIChange: Encodable, Sendable {
    var event: APIEvent
    /// The institution, `ACTOR@INSTITUTION` for an actor's part, or the point event's object.
    var entity: String?
    /// Nil for point events, which change no status.
    var before: String?
    var after: String?
    var certainty: String
}

/// The changes between two dates.
struct APIChanges: Encodable, Sendable {
    var from: APIDate
    var to: APIDate
    var changes: [APIChange]
}

/// Why an entity has its status.
struct APIExplanation: Encodable, Sendable {
    var entity: String
    var name: String
    var at: APIDate?
    var state: APIStatusAt?
    var chain: [APIEvent]
    var sources: [APISource]
}
