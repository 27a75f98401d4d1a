/// The status engine: derived once from a history, it answers snapshots, changes, explanations and intervals.
///
/// Building it is one pass over the events in chronological order; each query is then a pair of binary
/// searches per entity, so a snapshot of ten thousand institutions costs well under a millisecond.
public struct Chronicle: Sendable {
    /// The history the answers come from.
    public let history: History
    /// Findings that look like mistakes in the history: resuming what was never suspended, and the like.
    public private(set) var warnings: [Diagnostic] = []

    /// Status tracks of institutions, by institution index.
    var institutionTracks: [Track] = []
    /// Status tracks of actors' parts, by institution index, then actor index.
    var partTracks: [[Int: Track]] = []
    /// Whether an institution's existence is assumed because no event establishes it.
    var assumed: [Bool] = []
    /// Events in chronological order (indices into `history.events`).
    var order: [Int] = []
    /// Entity index: ids of actors and institutions to their position.
    var actorIndex: [String: Int] = [:]
    var institutionIndex: [String: Int] = [:]
    var sourceIndex: [String: Int] = [:]

    /// Derives every status track of a history.
    public init(_ history: History) {
        self.history = history
        build()
    }

    // MARK: - Building

    private mutating func build() {
        let events = history.events
        for (i, a) in history.actors.enumerated() { actorIndex[a.id] = i }
        for (i, s) in history.institutions.enumerated() { institutionIndex[s.id] = i }
        for (i, s) in history.sources.enumerated() { sourceIndex[s.id] = i }

        // Stable chronological order: first possible day, then the author's file order.
        order = Array(events.indices)
        order.sort { a, b in
            let ea = events[a].date.earliest.ordinal
            let eb = events[b].date.earliest.ordinal
            return ea != eb ? ea < eb : a < b
        }

        var starts = [Bool](repeating: false, count: history.institutions.count)
        for e in events {
            switch e.type {
            case .establish, .sign:
                if let o = e.object, let i = institutionIndex[o] { starts[i] = true }
            case .replace:
                if let b = e.by, let i = institutionIndex[b] { starts[i] = true }
            default: break
            }
        }
        assumed = starts.map { !$0 }
        institutionTracks = assumed.map { Track(initial: $0 ? .active : .notYet) }
        partTracks = history.institutions.map { _ in [:] }
        for (i, inst) in history.institutions.enumerated() {
            if assumed[i] {
                note(nil, inst.id, "nothing establishes `\(inst.id)`; it is taken to exist from the start")
                for m in inst.members { if let a = actorIndex[m] { partTracks[i][a] = Track(initial: .active) } }
            }
        }

        for index in order { apply(index) }
        for i in institutionTracks.indices { institutionTracks[i].seal() }
        for i in partTracks.indices { for k in partTracks[i].keys { partTracks[i][k]!.seal() } }
    }

    private mutating func apply(_ index: Int) {
        let e = history.events[index]
        let first = e.date.earliest.ordinal
        let last = e.date.latest.ordinal
        let target = e.object.flatMap { institutionIndex[$0] }
        let actors = e.subjects.compactMap { actorIndex[$0] }

        func set(_ i: Int, _ status: Status) {
            institutionTracks[i].append(event: index, earliest: first, latest: last, status: status)
        }
        func part(_ i: Int, _ a: Int, _ status: Status) {
            var t = partTracks[i][a] ?? Track(initial: .notYet)
            t.append(event: index, earliest: first, latest: last, status: status)
            partTracks[i][a] = t
        }
        func mustExist(_ i: Int, _ doing: String) {
            switch institutionTracks[i].current {
            case .notYet: note(e.id, history.institutions[i].id, "\(doing) `\(history.institutions[i].id)` before it is established")
            case .closed, .replaced:
                note(e.id, history.institutions[i].id, "\(doing) `\(history.institutions[i].id)` after it was \(institutionTracks[i].current.rawValue)")
            default: break
            }
        }

        switch e.type {
        case .establish, .sign:
            guard let i = target else { return }
            let now = institutionTracks[i].current
            let setter = institutionTracks[i].setters[institutionTracks[i].setters.count - 1]
            let startedBySuccession = setter >= 0 && history.events[setter].type == .replace
            if now == .active && startedBySuccession {
                if history.events[setter].date.compare(e.date) == .before {
                    note(e.id, history.institutions[i].id, "the successor `\(history.institutions[i].id)` is only established after it took over (event `\(history.events[setter].id)`)")
                }
            } else if now == .active && !assumed[i] {
                note(e.id, history.institutions[i].id, "`\(history.institutions[i].id)` is established again while it is already active")
            } else if now == .closed || now == .replaced {
                note(e.id, history.institutions[i].id, "`\(history.institutions[i].id)` is set up again after it was \(now.rawValue)")
            }
            set(i, .active)
            for a in actors + history.institutions[i].members.compactMap({ actorIndex[$0] }) where partTracks[i][a]?.current != .active {
                part(i, a, .active)
            }
        case .join, .deploy:
            guard let i = target else { return }
            mustExist(i, e.type == .join ? "joining" : "deploying to")
            for a in actors { part(i, a, .active) }
        case .leave:
            guard let i = target else { return }
            for a in actors {
                if partTracks[i][a]?.current != .active {
                    note(e.id, history.institutions[i].id, "`\(history.actors[a].id)` leaves `\(history.institutions[i].id)` without having taken part in it")
                }
                part(i, a, .closed)
            }
        case .suspend:
            guard let i = target else { return }
            switch institutionTracks[i].current {
            case .active: set(i, .suspended)
            case .suspended: set(i, .suspended)
            default: mustExist(i, "suspending")
            }
        case .resume:
            guard let i = target else { return }
            switch institutionTracks[i].current {
            case .suspended: set(i, .active)
            case .active:
                note(e.id, history.institutions[i].id, "resuming `\(history.institutions[i].id)`, which was never suspended")
                set(i, .active)
            default: mustExist(i, "resuming")
            }
        case .close:
            guard let i = target else { return }
            let now = institutionTracks[i].current
            if now == .notYet || now == .closed || now == .replaced { mustExist(i, "closing") }
            set(i, .closed)
        case .replace:
            if let i = target {
                if institutionTracks[i].current == .notYet || institutionTracks[i].current == .closed {
                    mustExist(i, "replacing")
                }
                set(i, .replaced)
            }
            guard let byID = e.by else {
                note(e.id, e.object, "a replacement names no successor (`by`)")
                return
            }
            guard let j = institutionIndex[byID] else {
                note(e.id, byID, "`\(byID)` succeeds an institution but is not an institution")
                return
            }
            switch institutionTracks[j].current {
            case .notYet: set(j, .active)
            case .active where !assumed[j]: break
            case .active: break
            default: note(e.id, byID, "the successor `\(byID)` is \(institutionTracks[j].current.rawValue) when it takes over")
            }
            // The members of the old body carry over to its successor.
            if let i = target {
                for (a, t) in partTracks[i] where t.current == .active && partTracks[j][a]?.current != .active {
                    part(j, a, .active)
                }
            }
        case .meet:
            guard let i = target else { return }
            switch institutionTracks[i].current {
            case .suspended: note(e.id, history.institutions[i].id, "a meeting of `\(history.institutions[i].id)` while it is suspended")
            default: mustExist(i, "a meeting of")
            }
        case .apply, .agree, .intervene, .annex, .recognise, .expel, .condemn:
            return
        }
    }

    private mutating func note(_ eventID: String?, _ entityID: String?, _ message: String) {
        let location = eventID.flatMap { history.locations["event:" + $0] } ?? entityID.flatMap { history.locations["entity:" + $0] }
        let subject = eventID.map { "event `\($0)`: " } ?? ""
        warnings.append(Diagnostic(eventID: eventID, entityID: entityID, message: subject + message, location: location))
    }
}
