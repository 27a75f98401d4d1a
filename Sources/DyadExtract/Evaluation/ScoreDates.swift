import Foundation

/// score.py's date rules: EDTF to a span of days, year agreement and precision.
enum ScoreDates {
    struct Unreadable: Error {}

    static let seasons: [Int: (Int, Int)] = [
        21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14), 25: (3, 5), 26: (6, 8), 27: (9, 11), 28: (12, 14),
        29: (9, 11), 30: (12, 14), 31: (3, 5), 32: (6, 8), 33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12),
        37: (1, 4), 38: (5, 8), 39: (9, 12), 40: (1, 6), 41: (7, 12),
    ]

    static func lastDay(_ y: Int, _ m: Int) -> Int {
        if m == 2 { return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28 }
        return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// Proleptic Gregorian ordinal as Python's date.toordinal(); years outside 1…9999 are unreadable.
    static func ordinal(_ y: Int, _ m: Int, _ d: Int) throws(Unreadable) -> Int {
        guard y >= 1, y <= 9999, m >= 1, m <= 12, d >= 1, d <= lastDay(y, m) else { throw Unreadable() }
        let py = y - 1
        var days = py * 365 + py / 4 - py / 100 + py / 400
        for k in 1..<m { days += lastDay(y, k) }
        return days + d
    }

    static func year(ofOrdinal n: Int) -> Int {
        var y = max(1, n / 366)
        while (try? ordinal(y + 1, 1, 1)).map({ $0 <= n }) ?? false { y += 1 }
        return y
    }

    static func point(_ raw: String) throws(Unreadable) -> (Int, Int) {
        var s = raw.trimmingCharacters(in: .whitespaces)
        s = s.replacingOccurrences(of: "~", with: "").replacingOccurrences(of: "?", with: "").replacingOccurrences(of: "%", with: "")
        if s.hasPrefix("Y") { s.removeFirst() }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        var fields: [String] = []
        var k = 0
        if s.hasPrefix("-") { fields.append("-" + parts[1]); k = 2 } else { fields.append(parts[0]); k = 1 }
        while k < parts.count { fields.append(parts[k]); k += 1 }
        func ok(_ f: String, _ n: Int) -> Bool { f.count == n && f.allSatisfy { $0 == "X" || ("0"..."9").contains($0) } }
        let yField = fields[0].hasPrefix("-") ? String(fields[0].dropFirst()) : fields[0]
        guard fields.count <= 3, ok(yField, 4), fields.dropFirst().allSatisfy({ ok($0, 2) }) else { throw Unreadable() }
        let sign = fields[0].hasPrefix("-") ? -1 : 1
        let y1 = sign * Int(yField.replacingOccurrences(of: "X", with: "0"))!
        let y2 = sign * Int(yField.replacingOccurrences(of: "X", with: "9"))!
        if fields.count == 1 || fields[1] == "XX" {
            return (try ordinal(y1, 1, 1), try ordinal(y2, 12, 31))
        }
        let mo = fields[1]
        if mo.contains("X") {
            let lo = Int(mo.replacingOccurrences(of: "X", with: "0"))!
            let hi = min(Int(mo.replacingOccurrences(of: "X", with: "9"))!, 12)
            return (try ordinal(y1, lo == 0 ? 1 : lo, 1), try ordinal(y2, hi, lastDay(y2, hi)))
        }
        let m = Int(mo)!
        if m > 12 {
            guard let (a, b0) = seasons[m] else { throw Unreadable() }
            var endY = y2
            var b = b0
            if b > 12 { endY = y2 + 1; b -= 12 }
            return (try ordinal(y1, a, 1), try ordinal(endY, b, lastDay(endY, b)))
        }
        guard m >= 1 else { throw Unreadable() }
        if fields.count < 3 || fields[2].contains("X") {
            return (try ordinal(y1, m, 1), try ordinal(y2, m, lastDay(y2, m)))
        }
        let d = Int(fields[2])!
        return (try ordinal(y1, m, d), try ordinal(y2, m, d))
    }

    static func interval(_ raw: String) throws(Unreadable) -> (Int, Int) {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("[") || s.hasPrefix("{") {
            let parts = s.replacingOccurrences(of: "..", with: ",").split(whereSeparator: { ",[]{}".contains($0) }).map { String($0) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard !parts.isEmpty else { throw Unreadable() }
            var lo = Int.max
            var hi = Int.min
            for p in parts { let (a, b) = try point(p); lo = min(lo, a); hi = max(hi, b) }
            return (lo, hi)
        }
        if let slash = s.firstIndex(of: "/") {
            let a = String(s[..<slash])
            let b = String(s[s.index(after: slash)...])
            let lo = a == "" || a == ".." ? try ordinal(1, 1, 1) : try point(a).0
            let hi = b == "" || b == ".." ? try ordinal(9999, 12, 31) : try point(b).1
            return (lo, hi)
        }
        return try point(s)
    }

    static func yearSpan(_ s: String) throws(Unreadable) -> (Int, Int) {
        let (a, b) = try interval(s)
        return (year(ofOrdinal: a), year(ofOrdinal: b))
    }

    static func options(_ v: Any?) -> [String?] {
        if let a = v as? [Any] { return a.map { $0 as? String } }
        return [v as? String]
    }

    static func accepts(_ gold: Any?, _ sys: String?) -> Bool {
        let opts = options(gold)
        return opts.contains { $0 == nil } || opts.contains { $0 == sys }
    }

    static func datesAgree(_ gold: Any?, _ sys: String?) -> Bool {
        let opts = options(gold)
        if opts.contains(where: { $0 == nil }) { return true }
        guard let sys, !sys.isEmpty, let (sy1, sy2) = try? yearSpan(sys) else { return false }
        for g in opts.compactMap({ $0 }) {
            guard let (gy1, gy2) = try? yearSpan(g) else { continue }
            if gy1 == gy2 {
                if sy1 == sy2 && sy2 == gy1 { return true }
            } else if gy1 - 1 <= sy1 && sy2 <= gy2 + 1 {
                return true
            }
        }
        return false
    }

    static func datePrecise(_ gold: Any?, _ sys: String?) -> Bool {
        let opts = options(gold)
        guard let sys, !sys.isEmpty, !opts.contains(where: { $0 == nil }) else { return opts.contains { $0 == nil } }
        guard let (s1, s2) = try? interval(sys) else { return false }
        return opts.compactMap { $0 }.contains { g in (try? interval(g)).map { $0.0 <= s1 && s2 <= $0.1 } ?? false }
    }
}
