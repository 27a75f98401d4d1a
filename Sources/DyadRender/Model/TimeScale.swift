import DyadCore

/// Maps days to positions along a line of a given length, and picks year ticks that do not crowd.
struct TimeScale: Sendable {
    let start: Day
    let end: Day
    /// The length of the line, in whatever unit the view draws in (columns, pixels).
    let length: Double

    /// The position of the start of a day.
    func position(_ day: Day) -> Double {
        let total = Double(max(1, end.ordinal - start.ordinal))
        let clamped = min(max(day.ordinal, start.ordinal), end.ordinal)
        return Double(clamped - start.ordinal) / total * length
    }

    /// Years whose 1 January falls in the picture, thinned so that labels `labelLength` long keep apart.
    func yearTicks(labelLength: Double) -> [Int] {
        let first = start.year + (Day(year: start.year, month: 1, day: 1)! < start ? 1 : 0)
        let last = end.year
        guard first <= last else { return [] }
        let perYear = length / max(1, Double(end.ordinal - start.ordinal) / 365.2425)
        let steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000]
        let step = steps.first { Double($0) * perYear >= labelLength } ?? 1000
        let aligned = (first + step - 1) / step * step
        return Array(stride(from: step == 1 ? first : aligned, through: last, by: step))
    }

    /// 1 January of a year.
    static func newYear(_ year: Int) -> Day { Day(year: year, month: 1, day: 1)! }
}
