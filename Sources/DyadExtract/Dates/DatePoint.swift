import DyadCore

/// A calendar point as precise as the text gives it: a century, decade, year, season, month or day.
struct DatePoint: Sendable, Hashable {
    /// The year; nil when the text gives none (`January 12`).
    var year: Int?
    /// 1–12.
    var month: Int?
    /// 1–31.
    var day: Int?
    /// EDTF season code 21–24.
    var season: Int?
    /// How many trailing year digits are unspecified: 1 for a decade (199X), 2 for a century (18XX).
    var unspecifiedDigits = 0
    /// Month or day named as unknown inside a known period (`day in 1872` → 1872-XX-XX).
    var unknownMonth = false
    var unknownDay = false
    /// `~`.
    var approximate = false
    /// `?`.
    var uncertain = false

    /// The value in EDTF.
    var edtf: String {
        // Written as bytes: every extracted event prints its date, and interpolated pieces showed in profiles.
        var s: [UInt8] = []
        s.reserveCapacity(24)
        if let y = year {
            if y < 0 { s.append(0x2D) }
            let digits = Self.decimal(abs(y), width: 4)
            s += digits.dropLast(max(0, unspecifiedDigits))
            for _ in 0..<max(0, unspecifiedDigits) { s.append(0x58) }
        } else {
            s += "XXXX".utf8
        }
        if let se = season {
            s.append(0x2D)
            s += Self.decimal(se, width: 1)
            if unknownDay { s += "-XX".utf8 }
        } else if let m = month {
            s.append(0x2D)
            s += Self.decimal(m, width: 2)
            if let d = day {
                s.append(0x2D)
                s += Self.decimal(d, width: 2)
            } else if unknownDay {
                s += "-XX".utf8
            }
        } else if unknownMonth {
            s += (unknownDay ? "-XX-XX" : "-XX").utf8
        }
        if approximate && uncertain { s.append(0x25) } else if approximate { s.append(0x7E) } else if uncertain { s.append(0x3F) }
        return String(decoding: s, as: UTF8.self)
    }

    /// The decimal digits of `n`, padded with zeros to `width`; a negative `n` is written as its description.
    static func decimal(_ n: Int, width: Int) -> [UInt8] {
        guard n >= 0 else { return Array(String(n).utf8) }
        var out: [UInt8] = []
        var v = n
        repeat {
            out.append(UInt8(0x30 + v % 10))
            v /= 10
        } while v > 0
        while out.count < width { out.append(0x30) }
        out.reverse()
        return out
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
            guard let m = month, day == nil else { return nil }
            let total = y * 12 + (m - 1) + n
            var p = self
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
