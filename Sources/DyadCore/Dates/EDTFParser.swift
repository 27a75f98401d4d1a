import Foundation

/// Parses EDTF text into an `EDTFDate`.
///
/// Provisional: handles the common Level 0/1 forms until the full parser lands.
enum EDTFParser {
    static func parse(_ text: String) throws(EDTFError) -> EDTFDate {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty else { throw EDTFError("expected a date, found nothing", at: 0) }
        if let slash = s.firstIndex(of: "/") {
            let a = String(s[..<slash]), b = String(s[s.index(after: slash)...])
            let lo: EDTFDate? = (a.isEmpty || a == "..") ? nil : try parse(a)
            let hi: EDTFDate? = (b.isEmpty || b == "..") ? nil : try parse(b)
            let earliest = lo?.earliest ?? .distantPast
            let latest = hi?.latest ?? .distantFuture
            guard earliest <= latest else { throw EDTFError("the interval ends before it starts", at: 0) }
            var q: EDTFQualifiers = lo?.qualifiers ?? []
            q.formUnion(hi?.qualifiers ?? [])
            return EDTFDate(text: s, earliest: earliest, latest: latest, precision: .interval, qualifiers: q, level: 1)
        }
        var body = Substring(s)
        var q: EDTFQualifiers = []
        while let last = body.last, "?~%".contains(last) {
            if last == "?" || last == "%" { q.insert(.uncertain) }
            if last == "~" || last == "%" { q.insert(.approximate) }
            body = body.dropLast()
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            parts[0].count == 4, let year = Int(parts[0])
        else { throw EDTFError("expected YYYY, YYYY-MM or YYYY-MM-DD, found '\(s)'", at: 0) }
        if parts.count == 1 {
            return EDTFDate(
                text: s, earliest: Day(year: year, month: 1, day: 1)!, latest: Day(year: year, month: 12, day: 31)!,
                precision: .year, qualifiers: q, level: q.isEmpty ? 0 : 1)
        }
        guard parts[1].count == 2, let month = Int(parts[1]) else { throw EDTFError("expected a two-digit month", at: 5) }
        if parts.count == 2 {
            if (21...24).contains(month) {
                let first = [21: 3, 22: 6, 23: 9, 24: 12][month]!
                let start = Day(year: year, month: first, day: 1)!
                let lastMonth = first + 2
                let end = lastMonth > 12
                    ? Day(year: year + 1, month: lastMonth - 12, day: Day.daysIn(month: lastMonth - 12, year: year + 1))!
                    : Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))!
                return EDTFDate(text: s, earliest: start, latest: end, precision: .season, qualifiers: q, level: 1)
            }
            guard let start = Day(year: year, month: month, day: 1) else { throw EDTFError("month \(month) does not exist", at: 5) }
            let end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
            return EDTFDate(text: s, earliest: start, latest: end, precision: .month, qualifiers: q, level: q.isEmpty ? 0 : 1)
        }
        guard parts[2].count == 2, let dayNumber = Int(parts[2]), let day = Day(year: year, month: month, day: dayNumber)
        else { throw EDTFError("'\(s)' is not a day of the calendar", at: 8) }
        return EDTFDate(text: s, earliest: day, latest: day, precision: .day, qualifiers: q, level: q.isEmpty ? 0 : 1)
    }
}
