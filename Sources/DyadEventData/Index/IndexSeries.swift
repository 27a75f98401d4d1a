/// The period an index is counted by.
public enum Granularity: String, Sendable, Hashable, CaseIterable, Codable {
    case month, quarter, year

    /// A sortable period number for a `yyyymmdd` day.
    @inline(__always)
    func key(day: Int) -> Int {
        let y = day / 10000, m = day / 100 % 100
        switch self {
        case .month: return y * 12 + m - 1
        case .quarter: return y * 4 + (m - 1) / 3
        case .year: return y
        }
    }

    /// The `yyyymmdd` first day of period `key`.
    func firstDay(key: Int) -> Int {
        switch self {
        case .month: (key / 12) * 10000 + (key % 12 + 1) * 100 + 1
        case .quarter: (key / 4) * 10000 + ((key % 4) * 3 + 1) * 100 + 1
        case .year: key * 10000 + 101
        }
    }

    /// `2018-06`, `2018-Q2`, `2018`.
    func label(key: Int) -> String {
        switch self {
        case .month: "\(key / 12)-" + (key % 12 + 1 < 10 ? "0" : "") + "\(key % 12 + 1)"
        case .quarter: "\(key / 4)-Q\(key % 4 + 1)"
        case .year: "\(key)"
        }
    }
}

/// Who acts on whom: A on B, B on A, or both together.
public enum IndexDirection: String, Sendable, Hashable, CaseIterable, Codable {
    case aToB = "a_to_b", bToA = "b_to_a", both
}

/// One period and direction of a dyad's cooperation–conflict index.
public struct IndexPoint: Sendable, Hashable, Codable {
    /// The period's label (`2018-06`, `2018-Q2`, `2018`).
    public var period: String
    /// The period's first day, `yyyy-mm-dd`.
    public var start: String
    /// Which way the events go.
    public var direction: IndexDirection
    /// How many events.
    public var count: Int
    /// The sum of their Goldstein values.
    public var goldsteinSum: Double
    /// The mean Goldstein value, nil when there are no events.
    public var goldsteinMean: Double?
    /// The shares of verbal cooperation, material cooperation, verbal conflict and material conflict (0…1; zeros when empty).
    public var quadShares: [Double]
}

/// A dyad's cooperation–conflict index over time: every period from first to last, in three directions.
public struct IndexSeries: Sendable, Hashable, Codable {
    /// Actor A's label.
    public var a: String
    /// Actor B's label.
    public var b: String
    /// The period length.
    public var granularity: Granularity
    /// Points ordered by period, then direction (A→B, B→A, both); empty periods included, so a chart has no gaps.
    public var points: [IndexPoint]

    /// The points of one direction, in period order: what a chart draws as one band.
    public func points(_ direction: IndexDirection) -> [IndexPoint] { points.filter { $0.direction == direction } }

    /// The total number of events counted (both directions).
    public var eventCount: Int { points(.both).reduce(0) { $0 + $1.count } }
}

/// Counts per period and direction; partial accumulators from several threads merge.
struct IndexAccumulator: Sendable {
    struct Cell: Sendable {
        var count = 0
        var sum = 0.0
        var quads = (0, 0, 0, 0)
    }

    let granularity: Granularity
    let fromDay: Int
    let toDay: Int
    private(set) var cells: [Int: [Cell]] = [:]

    init(granularity: Granularity, from: Int?, to: Int?) {
        self.granularity = granularity
        self.fromDay = from ?? 0
        self.toDay = to ?? 99_991_231
    }

    @inline(__always)
    mutating func add(day: Int, direction: IndexDirection, goldstein: Double, quad: QuadClass) {
        guard day >= fromDay, day <= toDay else { return }
        let key = granularity.key(day: day)
        let slot = direction == .aToB ? 0 : 1
        cells[key, default: [Cell(), Cell()]][slot].add(goldstein: goldstein, quad: quad)
    }

    mutating func merge(_ other: IndexAccumulator) {
        for (key, pair) in other.cells {
            var mine = cells[key] ?? [Cell(), Cell()]
            for i in 0..<2 { mine[i].merge(pair[i]) }
            cells[key] = mine
        }
    }

    /// The series, with empty periods filled between the first and last (or `from`/`to` when given).
    func series(a: String, b: String, from: Int?, to: Int?) -> IndexSeries {
        var lo = cells.keys.min(), hi = cells.keys.max()
        if let from { lo = granularity.key(day: from) }
        if let to { hi = granularity.key(day: to) }
        var points: [IndexPoint] = []
        if let lo, let hi, lo <= hi {
            for key in lo...hi {
                let pair = cells[key] ?? [Cell(), Cell()]
                var both = pair[0]
                both.merge(pair[1])
                for (direction, cell) in [(IndexDirection.aToB, pair[0]), (.bToA, pair[1]), (.both, both)] {
                    points.append(cell.point(key: key, granularity: granularity, direction: direction))
                }
            }
        }
        return IndexSeries(a: a, b: b, granularity: granularity, points: points)
    }
}

extension IndexAccumulator.Cell {
    @inline(__always)
    mutating func add(goldstein: Double, quad: QuadClass) {
        count += 1
        sum += goldstein
        switch quad {
        case .verbalCooperation: quads.0 += 1
        case .materialCooperation: quads.1 += 1
        case .verbalConflict: quads.2 += 1
        case .materialConflict: quads.3 += 1
        }
    }

    mutating func merge(_ o: Self) {
        count += o.count
        sum += o.sum
        quads = (quads.0 + o.quads.0, quads.1 + o.quads.1, quads.2 + o.quads.2, quads.3 + o.quads.3)
    }

    func point(key: Int, granularity: Granularity, direction: IndexDirection) -> IndexPoint {
        let first = granularity.firstDay(key: key)
        let start = "\(first / 10000)-" + String(format2: first / 100 % 100) + "-01"
        let n = Double(count)
        let shares = count == 0 ? [0, 0, 0, 0] : [Double(quads.0) / n, Double(quads.1) / n, Double(quads.2) / n, Double(quads.3) / n]
        // Sums are rounded to 1e-9 so that the order threads merged in never shows in the output.
        let sum = (self.sum * 1e9).rounded() / 1e9
        return IndexPoint(
            period: granularity.label(key: key), start: start, direction: direction, count: count, goldsteinSum: sum,
            goldsteinMean: count == 0 ? nil : sum / n, quadShares: shares)
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}

/// An event reduced to what the index needs, as a database returns it.
public struct ScoredEvent: Sendable, Hashable {
    /// The day, `yyyymmdd`.
    public var day: Int
    /// Who acts (owner and country are what matching reads).
    public var source: EventActor
    /// Who is acted upon.
    public var target: EventActor
    /// The Goldstein value.
    public var goldstein: Double
    /// The quad class.
    public var quad: QuadClass

    /// Creates a scored event.
    public init(day: Int, source: EventActor, target: EventActor, goldstein: Double, quad: QuadClass) {
        self.day = day
        self.source = source
        self.target = target
        self.goldstein = goldstein
        self.quad = quad
    }
}

extension IndexSeries {
    /// Aggregates events into a series by the same rules as the streaming path: direction by owner or country.
    public static func aggregate(
        _ events: [ScoredEvent], dyad: DyadSpec, by granularity: Granularity, from: Int? = nil, to: Int? = nil
    ) -> IndexSeries {
        var accumulator = IndexAccumulator(granularity: granularity, from: from, to: to)
        for e in events {
            guard let direction = dyad.direction(source: e.source, target: e.target) else { continue }
            accumulator.add(day: e.day, direction: direction, goldstein: e.goldstein, quad: e.quad)
        }
        return accumulator.series(a: dyad.a.label, b: dyad.b.label, from: from, to: to)
    }
}
