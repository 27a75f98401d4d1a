/// The status history of one entity (an institution, or an actor's part in one) as a fold over its events.
///
/// Events are kept in the engine's chronological order. `states[L]` is the status after the first `L`
/// events, so a query only has to find which prefixes of the list may have happened by then.
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
    /// `suffixMinLatest[k]`: the smallest `latest` among events `k...`; built by `seal()`.
    var suffixMinLatest: [Int] = []

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

    /// Prepares the index that answers "which events certainly happened by day d".
    mutating func seal() {
        suffixMinLatest = latest
        var i = latest.count - 2
        while i >= 0 {
            suffixMinLatest[i] = min(suffixMinLatest[i], suffixMinLatest[i + 1])
            i -= 1
        }
    }

    /// The range of prefix lengths that may have happened by a query interval `[from, to]`:
    /// `lower` events certainly happened before it starts, at most `upper` may have happened by its end.
    func prefixes(from: Int, to: Int) -> (lower: Int, upper: Int) {
        // upper: events whose first possible day is on or before the end of the query.
        var lo = 0
        var hi = earliest.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if earliest[mid] <= to { lo = mid + 1 } else { hi = mid }
        }
        let upper = lo
        // lower: one past the last event that certainly happened before the query starts.
        lo = 0
        hi = suffixMinLatest.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if suffixMinLatest[mid] <= from { lo = mid + 1 } else { hi = mid }
        }
        return (min(lo, upper), upper)
    }
}
