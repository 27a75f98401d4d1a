import DyadCore

/// Builds large, realistic-looking histories for benchmarks: institutions with life cycles of
/// establish, suspend/resume, meetings, joins and a final close or replacement, dated in order.
enum SyntheticHistory {
    static func make(events: Int, institutions: Int, actors: Int = 50) -> History {
        var h = History(title: "Synthetic history (\(events) events, \(institutions) institutions)", dyad: ["A0", "A1"])
        h.actors = (0..<actors).map { Actor(id: "A\($0)", name: "Actor \($0)", kind: $0 % 5 == 0 ? .organisation : .state) }
        let kinds = InstitutionKind.allCases
        h.institutions = (0..<institutions).map {
            Institution(id: "I\($0)", name: "Institution \($0)", kind: kinds[$0 % kinds.count], members: ["A0", "A1"])
        }
        h.sources = [Source(id: "src", title: "Synthetic source", publisher: "Dyad benchmarks", url: "https://example.org/")]
        var rng = SplitMix(seed: 42)
        let perInstitution = max(2, events / max(1, institutions))
        var made = 0
        h.events.reserveCapacity(events)
        for i in 0..<institutions where made < events {
            var day = Day(year: 1950, month: 1, day: 1)!.ordinal + Int(rng.next() % 3650)
            var suspended = false
            var previousLatest = Int.min
            let count = min(perInstitution, events - made)
            for k in 0..<count {
                let type: EventType
                if k == 0 {
                    type = .establish
                } else if k == count - 1 && i % 4 == 0 {
                    type = suspended ? .resume : .close
                } else {
                    switch rng.next() % 4 {
                    case 0: type = suspended ? .resume : .suspend
                    case 1: type = .meet
                    case 2: type = .join
                    default: type = suspended ? .resume : .suspend
                    }
                }
                let kind = type == .meet && suspended ? EventType.resume : type
                if kind == .suspend { suspended = true }
                if kind == .resume { suspended = false }
                day += 1 + Int(rng.next() % 300)
                let d = Day(ordinal: day)
                let text: String
                switch rng.next() % 10 {
                case 0: text = String(d.description.prefix(4))
                case 1, 2: text = String(d.description.prefix(7))
                default: text = d.description
                }
                var date = (try? EDTFDate(text)) ?? EDTFDate(day: d)
                // A coarse date must not reach back before the previous event, or the order would change.
                if date.earliest.ordinal <= previousLatest { date = EDTFDate(day: d) }
                previousLatest = date.latest.ordinal
                h.events.append(
                    Event(
                        id: "e\(made)", type: kind, date: date, subjects: ["A\(Int(rng.next() % UInt64(actors)))"], object: "I\(i)",
                        sources: [Citation(source: "src")], note: "Synthetic event \(made) of institution \(i)."))
                made += 1
                // Coarse dates must not run ahead of the next event's day.
                day = max(day, date.latest.ordinal)
            }
        }
        return h
    }

    /// A small, fast, deterministic generator, so every run benchmarks the same history.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
