/// The status engine: derived once from a history, it answers snapshots, changes, explanations and intervals.
///
/// Building it is one pass over the events in chronological order; each query is then a pair of binary
/// searches per entity over flat arrays, so a snapshot of ten thousand institutions costs well under a millisecond.
public struct Chronicle: Sendable {
    /// The history the answers come from.
    public let history: History
    /// Findings that look like mistakes in the history: resuming what was never suspended, and the like.
    public private(set) var warnings: [Diagnostic] = []

    /// Every status track: institution `i` is track `i`; part `p` (see `partStart`) is track `institutions + p`.
    var tracks = TrackTable()
    /// The parts of institution `i` are `partStart[i]..<partStart[i + 1]`, in actor order.
    var partStart: [Int] = [0]
    /// The actor (index) of each part.
    var partActors: [Int] = []
    /// Build-phase tracks, folded into `tracks` once every event is in.
    private var institutionTracks: [Track] = []
    private var partTracks: [[Int: Track]] = []
    /// Whether an institution's existence is assumed because no event establishes it.
    var assumed: [Bool] = []
    /// Events in chronological order (indices into `history.events`).
    var order: [Int] = []
    /// Entity index: ids of actors and institutions to their position.
    var actorIndex: [String: Int] = [:]
    var institutionIndex: [String: Int] = [:]
    var sourceIndex: [String: Int] = [:]
    /// Actor indices of each institution's declared members.
    var memberIndices: [[Int]] = []

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
        memberIndices = history.institutions.map { $0.members.compactMap { actorIndex[$0] } }

        // Stable chronological order: first possible day, then the author's file order.
        order = Array(events.indices)
        let firstDays = events.map(\.date.earliest.ordinal)
        order.sort { a, b in firstDays[a] != firstDays[b] ? firstDays[a] < firstDays[b] : a < b }

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
                note(nil as Int?, inst.id, "nothing establishes `\(inst.id)`; it is taken to exist from the start")
                for m in inst.members { if let a = actorIndex[m] { partTracks[i][a] = Track(initial: .active) } }
            }
        }

        for index in order { apply(index) }
        let slots = institutionTracks.reduce(0) { $0 + $1.events.count } + partTracks.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.events.count } }
        tracks.reserve(tracks: institutionTracks.count + partTracks.reduce(0) { $0 + $1.count }, events: slots)
        for t in institutionTracks { tracks.append(t) }
        for parts in partTracks {
            for a in parts.keys.sorted() {
                tracks.append(parts[a]!)
                partActors.append(a)
            }
            partStart.append(partActors.count)
        }
        institutionTracks = []
        partTracks = []
    }

    private mutating func apply(_ index: Int) {
        // Read the event's fields in place: copying an `Event` costs a dozen reference counts.
        let type = history.events[index].type
        let first = history.events[index].date.earliest.ordinal
        let last = history.events[index].date.latest.ordinal
        let target = history.events[index].object.flatMap { institutionIndex[$0] }

        func set(_ i: Int, _ status: Status) {
            institutionTracks[i].append(event: index, earliest: first, latest: last, status: status)
        }
        func part(_ i: Int, _ a: Int, _ status: Status) {
            partTracks[i][a, default: Track(initial: .notYet)].append(event: index, earliest: first, latest: last, status: status)
        }
        func name(_ i: Int) -> String { history.institutions[i].id }
        func mustExist(_ i: Int, _ doing: String) {
            switch institutionTracks[i].current {
            case .notYet: note(index, name(i), "\(doing) `\(name(i))` before it is established")
            case .closed, .replaced: note(index, name(i), "\(doing) `\(name(i))` after it was \(institutionTracks[i].current.rawValue)")
            default: break
            }
        }
        func subjectActors() -> [Int] { history.events[index].subjects.compactMap { actorIndex[$0] } }

        switch type {
        case .establish, .sign:
            guard let i = target else { return }
            let now = institutionTracks[i].current
            let setter = institutionTracks[i].setters[institutionTracks[i].setters.count - 1]
            let startedBySuccession = setter >= 0 && history.events[setter].type == .replace
            if now == .active && startedBySuccession {
                if history.events[setter].date.latest.ordinal < first {
                    note(index, name(i), "the successor `\(name(i))` is only established after it took over (event `\(history.events[setter].id)`)")
                }
            } else if now == .active && !assumed[i] {
                note(index, name(i), "`\(name(i))` is established again while it is already active")
            } else if now == .closed || now == .replaced {
                note(index, name(i), "`\(name(i))` is set up again after it was \(now.rawValue)")
            }
            set(i, .active)
            for a in subjectActors() + memberIndices[i] where partTracks[i][a]?.current != .active {
                part(i, a, .active)
            }
        case .join, .deploy:
            guard let i = target else { return }
            mustExist(i, type == .join ? "joining" : "deploying to")
            for a in subjectActors() { part(i, a, .active) }
        case .leave:
            guard let i = target else { return }
            for a in subjectActors() {
                if partTracks[i][a]?.current != .active {
                    note(index, name(i), "`\(history.actors[a].id)` leaves `\(name(i))` without having taken part in it")
                }
                part(i, a, .closed)
            }
        case .suspend:
            guard let i = target else { return }
            switch institutionTracks[i].current {
            case .active, .suspended: set(i, .suspended)
            default: mustExist(i, "suspending")
            }
        case .resume:
            guard let i = target else { return }
            switch institutionTracks[i].current {
            case .suspended: set(i, .active)
            case .active:
                note(index, name(i), "resuming `\(name(i))`, which was never suspended")
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
            guard let byID = history.events[index].by else {
                note(index, history.events[index].object, "a replacement names no successor (`by`)")
                return
            }
            guard let j = institutionIndex[byID] else {
                note(index, byID, "`\(byID)` succeeds an institution but is not an institution")
                return
            }
            switch institutionTracks[j].current {
            case .notYet: set(j, .active)
            case .active: break
            default: note(index, byID, "the successor `\(byID)` is \(institutionTracks[j].current.rawValue) when it takes over")
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
            case .suspended: note(index, name(i), "a meeting of `\(name(i))` while it is suspended")
            default: mustExist(i, "a meeting of")
            }
        case .apply, .agree, .intervene, .annex, .recognise, .expel, .condemn:
            return
        }
    }

    private mutating func note(_ eventIndex: Int?, _ entityID: String?, _ message: String) {
        let location = eventIndex.flatMap { history.location(ofEvent: $0) } ?? entityID.flatMap { history.locations["entity:" + $0] }
        let eventID = eventIndex.map { history.events[$0].id }
        let subject = eventID.map { "event `\($0)`: " } ?? ""
        warnings.append(Diagnostic(eventID: eventID, entityID: entityID, message: subject + message, location: location))
    }
}
