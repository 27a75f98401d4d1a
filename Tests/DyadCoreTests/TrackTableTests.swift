import Testing

@testable import DyadCore

/// The snapshot's fast probes against a plain count over the same tracks, on histories with fuzzy dates.
@Suite struct TrackTableTests {
    /// A history of `institutions` bodies whose events have day, month, year and season dates, some overlapping.
    static func history(institutions: Int, eventsEach: Int, seed: UInt64) throws -> History {
        var rng = seed
        func next(_ bound: Int) -> Int {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((rng >> 33) % UInt64(bound))
        }
        var h = History(title: "probe test", dyad: ["A", "B"])
        h.actors = [Actor(id: "A", name: "A", kind: .state), Actor(id: "B", name: "B", kind: .state)]
        h.sources = [Source(id: "s", title: "t", publisher: "p", url: "https://example.org/")]
        for i in 0..<institutions {
            h.institutions.append(Institution(id: "I\(i)", name: "Body \(i)", kind: .forum, members: ["A"]))
            var year = 1990 + next(5)
            for k in 0..<eventsEach {
                let types: [EventType] = [.suspend, .resume, .join, .leave, .meet]
                let type = k == 0 ? EventType.establish : types[next(types.count)]
                year += next(2)
                let text: String
                switch next(5) {
                case 0: text = "\(year)"
                case 1: text = "\(year)-\(21 + next(4))"
                case 2: text = String(format: "%04d-%02d", year, 1 + next(12))
                default: text = String(format: "%04d-%02d-%02d", year, 1 + next(12), 1 + next(28))
                }
                h.events.append(
                    Event(
                        id: "e\(i)-\(k)", type: type, date: try EDTFDate(text), subjects: [next(2) == 0 ? "A" : "B"],
                        object: "I\(i)", sources: [Citation(source: "s")]))
            }
        }
        return h
    }

    /// What a probe must say, counted from the events' own dates with no search and no precomputed index.
    static func reference(_ chronicle: Chronicle, _ t: Int, from: Int, to: Int) -> (lower: Int, upper: Int, certain: Bool) {
        let table = chronicle.tracks
        let dates = (0..<table.eventCount(t)).map { chronicle.history.events[table.event(t, $0)].date }
        // upper: the events that may have happened by the end of the query.
        let upper = dates.prefix { $0.earliest.ordinal <= to }.count
        // lower: one past the last event that certainly happened by the start of the query.
        let lower = min(upper, (dates.lastIndex { $0.latest.ordinal <= from } ?? -1) + 1)
        let status = table.state(t, upper)
        let certain = (lower..<upper).allSatisfy { table.state(t, $0) == status }
        return (lower, upper, certain)
    }

    @Test(arguments: [UInt64(1), 7, 42])
    func probesMatchACountOverEveryEvent(seed: UInt64) throws {
        let chronicle = Chronicle(try Self.history(institutions: 40, eventsEach: 30, seed: seed))
        let table = chronicle.tracks
        #expect(table.count > 40, "parts have tracks of their own")
        var queries = try ["1989", "1992", "1995-03", "1997-22", "2000-06-15", "2003", "2008-11-30", "2030", "1994/1999"].map {
            try EDTFDate($0)
        }
        // Boundaries: the events' own dates, and the single days where they begin and end and just before.
        for e in chronicle.history.events.enumerated().filter({ $0.offset % 15 == 0 }).map(\.element) {
            queries.append(e.date)
            for day in [e.date.earliest, e.date.earliest.previous, e.date.latest, e.date.latest.next] { queries.append(EDTFDate(day: day)) }
        }
        var possible = 0
        for date in queries {
            let from = date.earliest.ordinal
            let to = date.latest.ordinal
            let probes = table.probe(0..<table.count, from: from, to: to)
            for t in 0..<table.count {
                let want = Self.reference(chronicle, t, from: from, to: to)
                #expect(Int(probes[t].upper) == want.upper, "track \(t) at \(date.text)")
                #expect(Int(probes[t].lower) == want.lower, "track \(t) at \(date.text)")
                #expect(probes[t].certain == want.certain, "track \(t) at \(date.text)")
                #expect(probes[t].status == table.state(t, want.upper))
                if !want.certain { possible += 1 }
            }
        }
        #expect(possible > 0, "the dates straddle some events, so some answers are only possible")
    }

    @Test func snapshotEntriesAgreeWithSingleQueries() throws {
        let chronicle = Chronicle(try Self.history(institutions: 12, eventsEach: 20, seed: 3))
        for text in ["1993", "1996-05", "2001-07-04"] {
            let date = try EDTFDate(text)
            let snapshot = chronicle.snapshot(at: date)
            #expect(snapshot.entries.count == 12)
            for entry in snapshot.entries {
                #expect(entry.state == chronicle.status(of: entry.institution.id, at: date))
                #expect(snapshot[entry.institution.id] == entry)
                for part in entry.parts {
                    #expect(part.state == chronicle.status(of: part.actor.id, in: entry.institution.id, at: date))
                }
            }
            let bare = chronicle.snapshot(at: date, includeParts: false)
            #expect(bare.entries.map(\.state) == snapshot.entries.map(\.state))
            #expect(bare.entries.allSatisfy { $0.parts.isEmpty })
        }
    }
}
