/// The state of every institution, and of every actor's part in it, at one date.
public struct Snapshot: Sendable, Hashable {
    /// One institution's state and its participants' states.
    public struct Entry: Sendable, Hashable {
        /// The institution.
        public var institution: Institution
        /// Its status at the date.
        public var state: StatusAt
        /// The actors that take part in it at some time, with their part's status at the date.
        public var parts: [Part]
    }

    /// One actor's part in an institution at the date.
    public struct Part: Sendable, Hashable {
        /// The actor.
        public var actor: Actor
        /// The status of its part; an institution that is not active carries its status over to every part.
        public var state: StatusAt
    }

    /// Every institution's entry, in file order.
    ///
    /// The statuses are all decided when the snapshot is taken and kept in compact form; an `Entry`,
    /// with its institution, events and sources, is assembled when it is read.
    public struct Entries: RandomAccessCollection, Sendable, Hashable {
        let chronicle: Chronicle
        let institutions: [Probe]
        /// One probe per part (see `Chronicle.partStart`), or nil when parts were not asked for.
        let parts: [Probe]?

        public var startIndex: Int { 0 }
        public var endIndex: Int { institutions.count }
        public subscript(position: Int) -> Entry { chronicle.entry(position, institutions[position], parts: parts) }

        public static func == (a: Entries, b: Entries) -> Bool { a.elementsEqual(b) }
        public func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for e in self { hasher.combine(e) }
        }
    }

    /// The query date.
    public var date: EDTFDate
    /// Every institution of the history, in file order.
    public var entries: Entries

    /// The entry of one institution, by id.
    public subscript(id: String) -> Entry? { entries.chronicle.institutionIndex[id].map { entries[$0] } }
}

/// A status that changed, or a point event that happened, between two dates.
public struct Change: Sendable, Hashable {
    /// The event that made the change.
    public var event: Event
    /// The entity whose status changed (the institution, or `ACTOR@INSTITUTION` for a part), or the event's object.
    public var entity: String?
    /// The status before the event; nil for point events.
    public var before: Status?
    /// The status after the event; nil for point events.
    public var after: Status?
    /// Whether the event certainly falls inside the window, or only possibly (its date straddles an end).
    public var certainty: Certainty
}

/// Why an entity stands where it does at a date: its status, the events behind it, and their sources.
public struct Explanation: Sendable, Hashable {
    /// The entity explained.
    public var entity: EntityRef
    /// The query date, if any.
    public var date: EDTFDate?
    /// Its status at the date (institutions only).
    public var state: StatusAt?
    /// The events that concern it, up to the date, in chronological order.
    public var chain: [Event]
    /// The sources those events cite.
    public var sources: [Source]
}

extension Chronicle {
    /// The state of every institution and part at a date; a date inside a fuzzy event's span answers "possible".
    ///
    /// With `includeParts: false` only the institutions are answered, which is what large histories need fast.
    public func snapshot(at date: EDTFDate, includeParts: Bool = true) -> Snapshot {
        let count = history.institutions.count
        let from = date.earliest.ordinal
        let to = date.latest.ordinal
        let institutions = tracks.probe(0..<count, from: from, to: to)
        let parts = includeParts ? tracks.probe(count..<tracks.count, from: from, to: to) : nil
        return Snapshot(date: date, entries: Snapshot.Entries(chronicle: self, institutions: institutions, parts: parts))
    }

    /// The status of one institution at a date, or nil when no institution has that id.
    public func status(of institutionID: String, at date: EDTFDate) -> StatusAt? {
        institutionIndex[institutionID].map { status(track: $0, at: date) }
    }

    /// The status of an actor's part in an institution at a date, or nil when it never took part.
    public func status(of actorID: String, in institutionID: String, at date: EDTFDate) -> StatusAt? {
        guard let i = institutionIndex[institutionID], let a = actorIndex[actorID], let t = partTrack(i, a) else { return nil }
        return combine(institution: status(track: i, at: date), part: status(track: t, at: date))
    }

    /// Status changes and point events that fall between two dates (after `from`, up to and including `to`).
    public func changes(from: EDTFDate, to: EDTFDate) -> [Change] {
        let low = from.latest.ordinal
        let high = to.latest.ordinal
        var changes: [Change] = []
        for index in order {
            let e = history.events[index]
            let first = e.date.earliest.ordinal
            let last = e.date.latest.ordinal
            guard last > low, first <= high else { continue }
            let certainty: Certainty = (first > low && last <= high) ? .certain : .possible
            var found = false
            if let o = e.object, let i = institutionIndex[o] {
                found = appendTransitions(of: i, entity: o, event: index, certainty: certainty, into: &changes) || found
                for p in partStart[i]..<partStart[i + 1] {
                    let entity = history.actors[partActors[p]].id + "@" + o
                    found = appendTransitions(of: partsBase + p, entity: entity, event: index, certainty: certainty, into: &changes) || found
                }
            }
            if e.type == .replace, let b = e.by, let j = institutionIndex[b] {
                found = appendTransitions(of: j, entity: b, event: index, certainty: certainty, into: &changes) || found
                for p in partStart[j]..<partStart[j + 1] {
                    let entity = history.actors[partActors[p]].id + "@" + b
                    found = appendTransitions(of: partsBase + p, entity: entity, event: index, certainty: certainty, into: &changes) || found
                }
            }
            if !found {
                changes.append(Change(event: e, entity: e.object, before: nil, after: nil, certainty: certainty))
            }
        }
        return changes
    }

    /// The status of an entity at a date and the chain of events and sources behind it.
    public func explain(_ entity: EntityRef, at date: EDTFDate? = nil) -> Explanation {
        let id = entity.id
        let limit = date?.latest.ordinal ?? Int.max
        var chain: [Event] = []
        for index in order {
            let e = history.events[index]
            guard e.date.earliest.ordinal <= limit else { break }
            if e.object == id || e.by == id || e.subjects.contains(id) { chain.append(e) }
        }
        var seen = Set<String>()
        var sources: [Source] = []
        for e in chain {
            for c in e.sources where seen.insert(c.source).inserted {
                if let s = sourceIndex[c.source] { sources.append(history.sources[s]) }
            }
        }
        var state: StatusAt?
        if case .institution = entity, let date { state = status(of: id, at: date) }
        return Explanation(entity: entity, date: date, state: state, chain: chain, sources: sources)
    }

    /// The spans of time during which an institution kept each status, from its start to now.
    public func intervals(of institutionID: String) -> [StatusInterval] {
        guard let i = institutionIndex[institutionID] else { return [] }
        return intervals(track: i)
    }

    /// The spans of time during which an actor's part in an institution kept each status.
    public func intervals(of actorID: String, in institutionID: String) -> [StatusInterval] {
        guard let i = institutionIndex[institutionID], let a = actorIndex[actorID], let t = partTrack(i, a) else { return [] }
        return intervals(track: t)
    }

    /// The actors that ever take part in an institution, in actor order.
    public func participants(of institutionID: String) -> [Actor] {
        guard let i = institutionIndex[institutionID] else { return [] }
        return partActors[partStart[i]..<partStart[i + 1]].map { history.actors[$0] }
    }

    /// The events in chronological order (first possible day, then file order).
    public var chronologicalEvents: [Event] { order.map { history.events[$0] } }

    /// The source records an event cites, in citation order.
    public func sources(of event: Event) -> [Source] {
        event.sources.compactMap { sourceIndex[$0.source].map { history.sources[$0] } }
    }

    // MARK: - Internals

    /// The first track that belongs to a part rather than an institution.
    var partsBase: Int { history.institutions.count }

    /// The track of an actor's part in an institution, if it ever took part.
    func partTrack(_ institution: Int, _ actor: Int) -> Int? {
        let parts = partActors[partStart[institution]..<partStart[institution + 1]]
        return parts.firstIndex(of: actor).map { partsBase + $0 }
    }

    func status(track t: Int, at date: EDTFDate) -> StatusAt {
        status(track: t, tracks.probe(t, from: date.earliest.ordinal, to: date.latest.ordinal))
    }

    /// The full answer behind a probe: the events that set the status and those still pending.
    func status(track t: Int, _ p: Probe) -> StatusAt {
        let upper = Int(p.upper)
        let since = event(tracks.setter(t, upper))
        if p.certain { return StatusAt(status: p.status, certainty: .certain, since: since) }
        let lower = Int(p.lower)
        let pending = (lower..<upper).map { history.events[tracks.event(t, $0)] }
        return StatusAt(
            status: p.status, certainty: .possible, since: since, otherwise: tracks.state(t, lower),
            otherwiseSince: event(tracks.setter(t, lower)), pending: pending)
    }

    /// Assembles one snapshot entry from the probes taken of its tracks.
    func entry(_ i: Int, _ probe: Probe, parts: [Probe]?) -> Snapshot.Entry {
        let state = status(track: i, probe)
        var list: [Snapshot.Part] = []
        if let parts {
            let range = partStart[i]..<partStart[i + 1]
            list.reserveCapacity(range.count)
            for p in range {
                let own = status(track: partsBase + p, parts[p])
                list.append(Snapshot.Part(actor: history.actors[partActors[p]], state: combine(institution: state, part: own)))
            }
        }
        return Snapshot.Entry(institution: history.institutions[i], state: state, parts: list)
    }

    private func event(_ index: Int) -> Event? { index >= 0 ? history.events[index] : nil }

    /// An actor's part can only be as alive as the institution: a suspended body suspends every part.
    private func combine(institution: StatusAt, part: StatusAt) -> StatusAt {
        // A part that has not begun or has ended speaks for itself; otherwise the body's state governs.
        let partIsLive = part.status == .active || part.status == .suspended
        var result = partIsLive && institution.status != .active ? institution : part
        if institution.certainty == .possible || part.certainty == .possible {
            result.certainty = .possible
            if result.otherwise == nil { result.otherwise = institution.otherwise ?? part.otherwise }
        }
        return result
    }

    private func appendTransitions(of t: Int, entity: String, event index: Int, certainty: Certainty, into changes: inout [Change]) -> Bool {
        guard let k = tracks.position(of: index, on: t) else { return false }
        let before = tracks.state(t, k)
        let after = tracks.state(t, k + 1)
        guard before != after else { return false }
        changes.append(Change(event: history.events[index], entity: entity, before: before, after: after, certainty: certainty))
        return true
    }

    private func intervals(track t: Int) -> [StatusInterval] {
        var result: [StatusInterval] = []
        var current = StatusInterval(status: tracks.state(t, 0), start: nil, end: nil, startEvent: nil, endEvent: nil)
        for k in 0..<tracks.eventCount(t) where tracks.state(t, k + 1) != tracks.state(t, k) {
            let e = history.events[tracks.event(t, k)]
            current.end = e.date
            current.endEvent = e
            result.append(current)
            current = StatusInterval(status: tracks.state(t, k + 1), start: e.date, end: nil, startEvent: e, endEvent: nil)
        }
        result.append(current)
        return result
    }
}
