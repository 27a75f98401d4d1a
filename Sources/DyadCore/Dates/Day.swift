/// A calendar day in the proleptic Gregorian calendar, counted in days from 1970-01-01.
///
/// Days are plain integers so that comparing and storing millions of them costs nothing;
/// the civil-date conversion follows the well-known days-from-civil arithmetic.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    /// Creates a day from its ordinal (days since 1970-01-01).
    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from a civil date; nil when the month or day is out of range.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// The earliest day Dyad represents: the open start of an interval.
    public static let distantPast = Day(ordinal: Day.ordinal(year: -999_999, month: 1, day: 1))
    /// The latest day Dyad represents: the open end of an interval.
    public static let distantFuture = Day(ordinal: Day.ordinal(year: 999_999, month: 12, day: 31))

    /// The civil (year, month, day) of this day.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }

    /// The year of this day.
    public var year: Int { civil.year }

    /// ISO 8601 form, `YYYY-MM-DD`, with a sign for years before year 0 and more digits past 9999.
    public var description: String {
        let (y, m, d) = civil
        let yearText: String
        if y < 0 {
            yearText = "-" + Day.pad(-y, 4)
        } else {
            yearText = Day.pad(y, 4)
        }
        return "\(yearText)-\(Day.pad(m, 2))-\(Day.pad(d, 2))"
    }

    /// The day after this one.
    public var next: Day { Day(ordinal: ordinal + 1) }
    /// The day before this one.
    public var previous: Day { Day(ordinal: ordinal - 1) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The ordinal of a civil date; the caller guarantees the date is valid.
    public static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
