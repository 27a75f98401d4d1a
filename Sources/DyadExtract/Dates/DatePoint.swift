import DyadCore

/// A calendar point as precise as the text gives it: a century, decade, year, season, month or day.
///
/// Stored compactly (32 bytes instead of 80): date matches, and the findings that carry them, are copied often,
/// and their size showed as memory moves in profiles. The fields read and write as plain optionals.
struct DatePoint: Sendable, Hashable {
    private var storedYear = Int.min
    private var storedMonth = Int32.min
    private var storedDay = Int32.min
    private var storedSeason = Int32.min
    private var storedUnspecified: Int8 = 0
    /// Month or day named as unknown inside a known period (`day in 1872` → 1872-XX-XX).
    var unknownMonth = false
    var unknownDay = false
    /// `~`.
    var approximate = false
    /// `?`.
    var uncertain = false

    init(year: Int? = nil, month: Int? = nil, day: Int? = nil, season: Int? = nil, unspecifiedDigits: Int = 0, unknownMonth: Bool = false, unknownDay: Bool = false, approximate: Bool = false, uncertain: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.season = season
        self.unspecifiedDigits = unspecifiedDigits
        self.unknownMonth = unknownMonth
        self.unknownDay = unknownDay
        self.approximate = approximate
        self.uncertain = uncertain
    }

    /// The year; nil when the text gives none (`January 12`).
    var year: Int? {
        get { storedYear == Int.min ? nil : storedYear }
        set { storedYear = newValue.map { max($0, Int.min + 1) } ?? Int.min }
    }
    /// 1–12.
    var month: Int? {
        get { storedMonth == Int32.min ? nil : Int(storedMonth) }
        set { storedMonth = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? Int32.min }
    }
    /// 1–31.
    var day: Int? {
        get { storedDay == Int32.min ? nil : Int(storedDay) }
        set { storedDay = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? Int32.min }
    }
    /// EDTF season code 21–24.
    var season: Int? {
        get { storedSeason == Int32.min ? nil : Int(storedSeason) }
        set { storedSeason = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? Int32.min }
    }
    /// How many trailing year digits are unspecified: 1 for a decade (199X), 2 for a century (18XX).
    var unspecifiedDigits: Int {
        get { Int(storedUnspecified) }
        set { storedUnspecified = Int8(clamping: newValue) }
    }

    /// The value in EDTF.
    var edtf: String {
        // Written into a buffer on the stack and made into a string once: every extracted event prints its date, and
        // interpolated pieces, then byte arrays, then a string made with room for the longest form (which put even
        // "2014" on the heap) showed in profiles. 80 bytes hold the longest form (19-digit numbers in every part).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 80) { out -> String in
            var n = 0
            func put(_ b: UInt8) {
                out[n] = b
                n += 1
            }
            func put(_ text: StaticString) {
                for k in 0..<text.utf8CodeUnitCount { put(text.utf8Start[k]) }
            }
            // The decimal digits of `v`, zero-padded to `width`; a negative `v` as its description.
            func put(_ v: Int, width: Int) {
                guard v >= 0 else {
                    for b in String(v).utf8 { put(b) }
                    return
                }
                let digits = DecimalDigits.digitCount(v)
                for _ in 0..<max(0, width - digits) { put(0x30) }
                DecimalDigits.write(v, digits: digits, to: out.baseAddress! + n)
                n += digits
            }
            if let y = year {
                if y < 0 { put(0x2D) }
                let start = n
                put(abs(y), width: 4)
                let length = n - start
                let k = min(max(0, unspecifiedDigits), 8)
                if k <= length {
                    for j in (n - k)..<n { out[j] = 0x58 }
                } else {
                    n = start
                    for _ in 0..<k { put(0x58) }
                }
            } else {
                put("XXXX")
            }
            if let se = season {
                put(0x2D)
                put(se, width: 1)
                if unknownDay { put("-XX") }
            } else if let m = month {
                put(0x2D)
                put(m, width: 2)
                if let d = day {
                    put(0x2D)
                    put(d, width: 2)
                } else if unknownDay {
                    put("-XX")
                }
            } else if unknownMonth {
                put(unknownDay ? "-XX-XX" : "-XX")
            }
            if approximate && uncertain { put(0x25) } else if approximate { put(0x7E) } else if uncertain { put(0x3F) }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
        }
    }

    /// The year span this point covers, for arithmetic on relative dates.
    var firstYear: Int? {
        guard let y = year else { return nil }
        if unspecifiedDigits == 0 { return y }
        var p = 1
        for _ in 0..<unspecifiedDigits { p *= 10 }
        return (y / p) * p
    }
}

/// A temporal expression's value: one point, an interval between two (open ends allowed), or a set of alternatives.
enum DateValue: Sendable, Hashable {
    case point(DatePoint)
    case interval(DatePoint?, DatePoint?)
    case oneOf([DatePoint])

    /// The value in EDTF (`1995/1999`, `/1928`, `[1863,1864]`).
    var edtf: String {
        switch self {
        case .point(let p): return p.edtf
        case .interval(let a, let b):
            // An open end is written empty, as python-edtf and the EDTF spec's level 1 allow.
            return (a?.edtf ?? "") + "/" + (b?.edtf ?? "")
        case .oneOf(let ps): return "[" + ps.map(\.edtf).joined(separator: ",") + "]"
        }
    }

    /// The earliest point with a year, to anchor relative dates that follow.
    var anchor: DatePoint? {
        switch self {
        case .point(let p): return p.year == nil ? nil : p
        case .interval(let a, let b): return (a?.year != nil ? a : nil) ?? (b?.year != nil ? b : nil)
        case .oneOf(let ps): return ps.first { $0.year != nil }
        }
    }

    /// The same value with the approximate or uncertain mark set on every point.
    func qualified(approximate: Bool, uncertain: Bool) -> DateValue {
        func q(_ p: DatePoint?) -> DatePoint? {
            guard var p else { return nil }
            if approximate { p.approximate = true }
            if uncertain { p.uncertain = true }
            return p
        }
        switch self {
        case .point(let p): return .point(q(p)!)
        case .interval(let a, let b): return .interval(q(a), q(b))
        case .oneOf(let ps): return .oneOf(ps.map { q($0)! })
        }
    }
}

extension DatePoint {
    /// The point moved by `n` days (day precision), weeks, months or years; nil when the point is not precise enough.
    func shifted(by n: Int, unit: String) -> DatePoint? {
        guard let y = year, season == nil, unspecifiedDigits == 0 else { return nil }
        switch unit {
        case "year":
            var p = self
            p.year = y + n
            return p
        case "month":
            guard let m = month else { return nil }
            let total = y * 12 + (m - 1) + n
            var p = self
            // A day moved by months keeps only its month: "eight months after" is not a count of days.
            p.day = nil
            p.year = total / 12
            p.month = total % 12 + 1
            return p
        default:
            guard let m = month, let d = day else { return nil }
            let days = n * (unit == "week" ? 7 : 1)
            let (y2, m2, d2) = Day(ordinal: Day.ordinal(year: y, month: m, day: d) + days).civil
            var p = self
            p.year = y2
            p.month = m2
            p.day = d2
            return p
        }
    }
}
