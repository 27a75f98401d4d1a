/// The status history of one entity (an institution, or an actor's part in one) while the engine is built.
///
/// Events arrive in the engine's chronological order. `states[L]` is the status after the first `L`
/// events. Once every event is in, the tracks are folded into one `TrackTable`.
struct Track: Sendable {
    /// Indices into `History.events`, in chronological order.
    var events: [Int] = []
    /// First possible day of each event.
    var earliest: [Int] = []
    /// Last possible day of each event.
    var latest: [Int] = []
    /// `states[L]`: the status after the first `L` events; `states[0]` is the initial status.
    var states: [Status]
    /// `setters[L]`: the event (index into `History.events`) that set `states[L]`, or -1 for the initial status.
    var setters: [Int] = [-1]

    init(initial: Status) { states = [initial] }

    var current: Status { states[states.count - 1] }

    /// Appends an event and the status it leaves the entity in.
    mutating func append(event: Int, earliest: Int, latest: Int, status: Status) {
        let setter = status == current ? setters[setters.count - 1] : event
        events.append(event)
        self.earliest.append(earliest)
        self.latest.append(latest)
        states.append(status)
        setters.append(setter)
    }
}

/// Where one track stands at a query date, in a dozen bytes: enough to rebuild the full `StatusAt` on demand.
struct Probe: Sendable, Hashable {
    /// Events that certainly happened before the query starts.
    var lower: Int32
    /// Events that may have happened by the end of the query.
    var upper: Int32
    /// The status after `upper` events.
    var status: Status
    /// Whether every prefix between `lower` and `upper` leaves the same status.
    var certain: Bool
}

/// Every status track of a history in a few flat arrays.
///
/// A snapshot asks every track the same question; with the tracks side by side in memory the
/// walk is sequential and touches no reference counts, which is what keeps it under a millisecond
/// for ten thousand institutions. Track `t` owns the event slots `eventStart[t]..<eventStart[t + 1]`
/// and the state slots from `eventStart[t] + t`: one more state than events, the initial one.
struct TrackTable: Sendable {
    private(set) var eventStart: [Int] = [0]
    /// Indices into `History.events`.
    private(set) var events: [Int32] = []
    /// First possible day of each event.
    ///
    /// Days are kept in 32 bits (about 5.8 million years either side of 1970) so that a track's days
    /// fill half as many cache lines; only EDTF's long years beyond that range are clamped to its ends.
    private(set) var earliest: [Int32] = []
    /// The smallest last possible day among this event and the later ones of its track.
    private(set) var suffixMinLatest: [Int32] = []
    private(set) var states: [Status] = []
    private(set) var setters: [Int32] = []

    /// The number of tracks.
    var count: Int { eventStart.count - 1 }

    /// Makes room for `tracks` tracks holding `events` events in all, so filling the table never copies it.
    mutating func reserve(tracks: Int, events count: Int) {
        eventStart.reserveCapacity(tracks + 1)
        events.reserveCapacity(count)
        earliest.reserveCapacity(count)
        suffixMinLatest.reserveCapacity(count)
        states.reserveCapacity(count + tracks)
        setters.reserveCapacity(count + tracks)
    }

    /// Adds a track at the end; its number is the previous `count`.
    mutating func append(_ track: Track) {
        events.append(contentsOf: track.events.lazy.map { Int32(truncatingIfNeeded: $0) })
        earliest.append(contentsOf: track.earliest.lazy.map { Int32(clamping: $0) })
        let base = suffixMinLatest.count
        suffixMinLatest.append(contentsOf: track.latest.lazy.map { Int32(clamping: $0) })
        var k = suffixMinLatest.count - 2
        while k >= base {
            suffixMinLatest[k] = min(suffixMinLatest[k], suffixMinLatest[k + 1])
            k -= 1
        }
        states.append(contentsOf: track.states)
        setters.append(contentsOf: track.setters.lazy.map { Int32(truncatingIfNeeded: $0) })
        eventStart.append(events.count)
    }

    /// The number of events on track `t`.
    func eventCount(_ t: Int) -> Int { eventStart[t + 1] - eventStart[t] }
    /// The `k`-th event of track `t`, as an index into `History.events`.
    func event(_ t: Int, _ k: Int) -> Int { Int(events[eventStart[t] + k]) }
    /// The status of track `t` after its first `prefix` events.
    func state(_ t: Int, _ prefix: Int) -> Status { states[eventStart[t] + t + prefix] }
    /// The event that set `state(t, prefix)`, or -1 for the initial status.
    func setter(_ t: Int, _ prefix: Int) -> Int { Int(setters[eventStart[t] + t + prefix]) }
    /// The position of an event on track `t`, if it is there.
    func position(of event: Int, on t: Int) -> Int? {
        let target = Int32(truncatingIfNeeded: event)
        for slot in eventStart[t]..<eventStart[t + 1] where events[slot] == target { return slot - eventStart[t] }
        return nil
    }

    /// Where tracks `range` stand over the query days `[from, to]`, one probe per track, in order.
    func probe(_ range: Range<Int>, from: Int, to: Int) -> [Probe] {
        let from = Int32(clamping: from)
        let to = Int32(clamping: to)
        return [Probe](unsafeUninitializedCapacity: range.count) { out, initialized in
            eventStart.withUnsafeBufferPointer { starts in
                earliest.withUnsafeBufferPointer { earliest in
                    suffixMinLatest.withUnsafeBufferPointer { minLatest in
                        states.withUnsafeBufferPointer { states in
                            var o = 0
                            for t in range {
                                (out.baseAddress! + o).initialize(
                                    to: Self.probe(t, from: from, to: to, starts: starts, earliest: earliest, minLatest: minLatest, states: states))
                                o &+= 1
                            }
                            initialized = o
                        }
                    }
                }
            }
        }
    }

    /// Where one track stands over the query days `[from, to]`.
    func probe(_ t: Int, from: Int, to: Int) -> Probe {
        eventStart.withUnsafeBufferPointer { starts in
            earliest.withUnsafeBufferPointer { earliest in
                suffixMinLatest.withUnsafeBufferPointer { minLatest in
                    states.withUnsafeBufferPointer { states in
                        Self.probe(
                            t, from: Int32(clamping: from), to: Int32(clamping: to), starts: starts, earliest: earliest, minLatest: minLatest,
                            states: states)
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func probe(
        _ t: Int, from: Int32, to: Int32, starts: UnsafeBufferPointer<Int>, earliest: UnsafeBufferPointer<Int32>,
        minLatest: UnsafeBufferPointer<Int32>, states: UnsafeBufferPointer<Status>
    ) -> Probe {
        let first = starts[t]
        // upper: one past the last event whose first possible day is on or before `to`. The search has
        // no data-dependent branch, so the processor never mispredicts it and can fetch the next track early.
        var base = first
        var length = starts[t &+ 1] &- first
        while length > 1 {
            let half = length >> 1
            base = earliest[base &+ half &- 1] <= to ? base &+ half : base
            length &-= half
        }
        let upper = length == 1 && earliest[base] <= to ? base &+ 1 : base
        // lower: one past the last event that certainly happened by `from`. It is almost always `upper`
        // itself; walking back costs one step per pending event.
        var lower = upper
        while lower > first && minLatest[lower &- 1] > from { lower &-= 1 }
        // The state after event slot `k - 1` of track `t` sits at `t + k` (see the type's note).
        let status = states[t &+ upper]
        var certain = true
        var k = lower
        while certain && k < upper {
            certain = states[t &+ k] == status
            k &+= 1
        }
        return Probe(
            lower: Int32(truncatingIfNeeded: lower &- first), upper: Int32(truncatingIfNeeded: upper &- first), status: status,
            certain: certain)
    }
}
