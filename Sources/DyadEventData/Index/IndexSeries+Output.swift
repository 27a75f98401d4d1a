import Foundation

extension IndexSeries {
    /// CSV with a header row, one line per period and direction; empty mean for empty periods.
    public func csv() -> String {
        var out = "period,start,direction,count,goldstein_sum,goldstein_mean,"
            + QuadClass.allCases.map { "share_\($0.label)" }.joined(separator: ",") + "\n"
        for p in points {
            let cells = [p.period, p.start, p.direction.rawValue, "\(p.count)", Self.number(p.goldsteinSum), p.goldsteinMean.map(Self.number) ?? ""]
                + p.quadShares.map(Self.number)
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    /// Pretty-printed JSON of the whole series (`a`, `b`, `granularity`, `points`).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "{}"
    }

    /// A terminal table: one row per period, count and mean for A→B, B→A and both, and the shares of both.
    public func table() -> String {
        var rows: [[String]] = [[
            "period", "\(a)→\(b) n", "mean", "\(b)→\(a) n", "mean", "both n", "sum", "mean", "v.coop", "m.coop", "v.confl",
            "m.confl",
        ]]
        let byPeriod = Dictionary(grouping: points, by: \.period)
        var periods: [String] = []
        for p in points where periods.last != p.period { periods.append(p.period) }
        for period in periods {
            let ps = byPeriod[period]!
            func pick(_ d: IndexDirection) -> IndexPoint { ps.first { $0.direction == d }! }
            let ab = pick(.aToB), ba = pick(.bToA), both = pick(.both)
            func mean(_ p: IndexPoint) -> String { p.goldsteinMean.map { Self.fixed($0, 2) } ?? "–" }
            rows.append(
                [period, "\(ab.count)", mean(ab), "\(ba.count)", mean(ba), "\(both.count)", Self.fixed(both.goldsteinSum, 1), mean(both)]
                    + both.quadShares.map { both.count == 0 ? "–" : Self.fixed($0 * 100, 0) + "%" })
        }
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max()! }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(format: "%.6g", v)
    }

    static func fixed(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
}
