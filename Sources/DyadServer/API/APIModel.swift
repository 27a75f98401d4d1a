import DyadCore

/// A date as the API prints it: the EDTF text and the days it spans.
struct APIDate: Encodable, Sendable {
    var text: String
    var earliest: String
    var latest: String
    var precision: String

    init(_ date: EDTFDate) {
        text = date.text
        earliest = date.earliest.description
        latest = date.latest.description
        precision = date.precision.rawValue
    }
}

/// One event with its citations.
struct APIEvent: Encodable, Sendable {
    var id: String
    var type: String
    var date: APIDate
    var subjects: [String]
    var object: String?
    var by: String?
    var place: String?
    var sources: [APICitation]
    var assertedBy: String?
    var note: String?

    init(_ event: Event) {
        id = event.id
        type = event.type.rawValue
        date = APIDate(event.date)
        subjects = event.subjects
        object = event.object
        by = event.by
        place = event.place
        sources = event.sources.map { APICitation(source: $0.source, locator: $0.locator) }
        assertedBy = event.assertedBy
        note = event.note
    }
}

/// A pointer from an event to a source.
struct APICitation: Encodable, Sendable {
    var source: String
    var locator: String?
}

/// A source document.
struct APISource: Encodable, Sendable {
    var id: String
    var title: String
    var publisher: String
    var url: String?
    var date: APIDate?

    init(_ source: Source) {
        id = source.id
        title = source.title
        publisher = source.publisher
        url = source.url
        date = source.date.map(APIDate.init)
    }
}

/// An actor.
struct APIActor: Encodable, Sendable {
    var id: String
    var name: String
    var kind: String
    var aliases: [String]
    var note: String?

    init(_ actor: Actor) {
        id = actor.id
        name = actor.name
        kind = actor.kind.rawValue
        aliases = actor.aliases
        note = actor.note
    }
}

/// An institution.
struct APIInstitution: Encodable, Sendable {
    var id: String
    var name: String
    var kind: String
    var aliases: [String]
    var members: [String]
    var note: String?

    init(_ institution: Institution) {
        id = institution.id
        name = institution.name
        kind = institution.kind.rawValue
        aliases = institution.aliases
        members = institution.members
        note = institution.note
    }
}

/// The whole history.
struct APIHistory: Encodable, Sendable {
    var title: String
    var dyad: [String]
    var note: String?
    var actors: [APIActor]
    var institutions: [APIInstitution]
    var sources: [APISource]
    var events: [APIEvent]

    init(_ history: History) {
        title = history.title
        dyad = history.dyad
        note = history.note
        actors = history.actors.map(APIActor.init)
        institutions = history.institutions.map(APIInstitution.init)
        sources = history.sources.map(APISource.init)
        events = history.events.map(APIEvent.init)
    }
}

/// An actor or institution, for pickers and name lookups.
struct APIEntity: Encodable, Sendable {
    var id: String
    var name: String
    var entity: String
    var kind: String
    var aliases: [String]
}

/// The list of entities.
struct APIEntities: Encodable, Sendable {
    var entities: [APIEntity]

    init(_ history: History) {
        entities =
            history.actors.map { APIEntity(id: $0.id, name: $0.name, entity: "actor", kind: $0.kind.rawValue, aliases: $0.aliases) }
            + history.institutions.map {
                APIEntity(id: $0.id, name: $0.name, entity: "institution", kind: $0.kind.rawValue, aliases: $0.aliases)
            }
    }
}

/// A filtered list of events.
struct APIEvents: Encodable, Sendable {
    var count: Int
    var events: [APIEvent]
}
