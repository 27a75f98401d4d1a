import Foundation

// Encodable forms of the model and the engine's answers, shared by the command line and the server
// so that both speak the same JSON.

extension EDTFDate: Encodable {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

extension Actor: Encodable {
    enum Keys: String, CodingKey { case id, name, kind, aliases, codes, note }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(codes, forKey: .codes)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

extension Institution: Encodable {
    enum Keys: String, CodingKey { case id, name, kind, aliases, members, note }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(members, forKey: .members)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

extension Source: Encodable {
    enum Keys: String, CodingKey { case id, title, publisher, url, date }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(publisher, forKey: .publisher)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(date, forKey: .date)
    }
}

extension Citation: Encodable {
    enum Keys: String, CodingKey { case source, locator }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(locator, forKey: .locator)
    }
}

extension Event: Encodable {
    enum Keys: String, CodingKey { case id, type, date, earliest, latest, subject, object, by, place, sources, assertedBy = "asserted_by", note }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(date, forKey: .date)
        try c.encode(date.earliest.description, forKey: .earliest)
        try c.encode(date.latest.description, forKey: .latest)
        try c.encode(subjects, forKey: .subject)
        try c.encodeIfPresent(object, forKey: .object)
        try c.encodeIfPresent(by, forKey: .by)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encode(sources, forKey: .sources)
        try c.encodeIfPresent(assertedBy, forKey: .assertedBy)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

extension StatusAt: Encodable {
    enum Keys: String, CodingKey { case status, certainty, since, otherwise, otherwiseSince = "otherwise_since", pending }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(status, forKey: .status)
        try c.encode(certainty, forKey: .certainty)
        try c.encodeIfPresent(since?.id, forKey: .since)
        try c.encodeIfPresent(otherwise, forKey: .otherwise)
        try c.encodeIfPresent(otherwiseSince?.id, forKey: .otherwiseSince)
        if !pending.isEmpty { try c.encode(pending.map(\.id), forKey: .pending) }
    }
}

extension Snapshot: Encodable {
    enum Keys: String, CodingKey { case date, earliest, latest, institutions }
    enum EntryKeys: String, CodingKey { case id, name, kind, status, certainty, since, sinceDate = "since_date", otherwise, pending, parts }
    enum PartKeys: String, CodingKey { case actor, status, certainty, since }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(date, forKey: .date)
        try c.encode(date.earliest.description, forKey: .earliest)
        try c.encode(date.latest.description, forKey: .latest)
        var list = c.nestedUnkeyedContainer(forKey: .institutions)
        for e in entries {
            var ec = list.nestedContainer(keyedBy: EntryKeys.self)
            try ec.encode(e.institution.id, forKey: .id)
            try ec.encode(e.institution.name, forKey: .name)
            try ec.encode(e.institution.kind, forKey: .kind)
            try ec.encode(e.state.status, forKey: .status)
            try ec.encode(e.state.certainty, forKey: .certainty)
            try ec.encodeIfPresent(e.state.since?.id, forKey: .since)
            try ec.encodeIfPresent(e.state.since?.date, forKey: .sinceDate)
            try ec.encodeIfPresent(e.state.otherwise, forKey: .otherwise)
            if !e.state.pending.isEmpty { try ec.encode(e.state.pending.map(\.id), forKey: .pending) }
            var pl = ec.nestedUnkeyedContainer(forKey: .parts)
            for p in e.parts {
                var pc = pl.nestedContainer(keyedBy: PartKeys.self)
                try pc.encode(p.actor.id, forKey: .actor)
                try pc.encode(p.state.status, forKey: .status)
                try pc.encode(p.state.certainty, forKey: .certainty)
                try pc.encodeIfPresent(p.state.since?.id, forKey: .since)
            }
        }
    }
}

extension Change: Encodable {
    enum Keys: String, CodingKey { case event, type, date, entity, before, after, certainty, note }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(event.id, forKey: .event)
        try c.encode(event.type, forKey: .type)
        try c.encode(event.date, forKey: .date)
        try c.encodeIfPresent(entity, forKey: .entity)
        try c.encodeIfPresent(before, forKey: .before)
        try c.encodeIfPresent(after, forKey: .after)
        try c.encode(certainty, forKey: .certainty)
        try c.encodeIfPresent(event.note, forKey: .note)
    }
}

extension Explanation: Encodable {
    enum Keys: String, CodingKey { case entity, name, kind, date, state, chain, sources }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(entity.id, forKey: .entity)
        try c.encode(entity.name, forKey: .name)
        switch entity {
        case .actor(let a): try c.encode(a.kind.rawValue, forKey: .kind)
        case .institution(let i): try c.encode(i.kind.rawValue, forKey: .kind)
        }
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(state, forKey: .state)
        try c.encode(chain, forKey: .chain)
        try c.encode(sources, forKey: .sources)
    }
}

extension StatusInterval: Encodable {
    enum Keys: String, CodingKey { case status, start, end, startEvent = "start_event", endEvent = "end_event" }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        try c.encodeIfPresent(startEvent?.id, forKey: .startEvent)
        try c.encodeIfPresent(endEvent?.id, forKey: .endEvent)
    }
}

extension Diagnostic: Encodable {
    enum Keys: String, CodingKey { case event, entity, message, file, line, column }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeIfPresent(eventID, forKey: .event)
        try c.encodeIfPresent(entityID, forKey: .entity)
        try c.encode(message, forKey: .message)
        try c.encodeIfPresent(location?.file, forKey: .file)
        try c.encodeIfPresent(location?.line, forKey: .line)
        try c.encodeIfPresent(location?.column, forKey: .column)
    }
}

extension History: Encodable {
    enum Keys: String, CodingKey { case title, pair, note, actors, institutions, sources, events }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(title, forKey: .title)
        try c.encode(dyad, forKey: .pair)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encode(actors, forKey: .actors)
        try c.encode(institutions, forKey: .institutions)
        try c.encode(sources, forKey: .sources)
        try c.encode(events, forKey: .events)
    }
}

/// Encodes values as JSON the same way everywhere: sorted keys, no escaped slashes.
public enum DyadJSON {
    /// Encodes a value as compact or pretty JSON text.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
