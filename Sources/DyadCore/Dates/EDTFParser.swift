/// Parses EDTF text into an `EDTFDate`, one pass over the UTF-8 bytes.
///
/// Conventions where the specification or the implementations disagree:
/// - Seasons and sub-year groupings (months inclusive): 21/25 spring Mar–May, 22/26 summer Jun–Aug,
///   23/27 autumn Sep–Nov, 24/28 winter Dec–Feb of the next year; southern hemisphere 29 spring Sep–Nov,
///   30 summer Dec–Feb of the next year, 31 autumn Mar–May, 32 winter Jun–Aug; quarters 33–36,
///   quadrimesters 37–39 (Jan–Apr, May–Aug, Sep–Dec), semesters 40–41.
/// - Unknown interval ends (`/1985`) bound like open ones; `startKind`/`endKind` keep the difference.
/// - Significant digits widen the value to every year sharing those leading digits:
///   `1950S2` is 1900–1999, `Y171010000S3` is 171000000–171999999.
/// - Sets may have spaces around the commas; the canonical text drops them. No other spaces are allowed.
/// - Qualifiers never move the bounds: `1984~` is 1984-01-01..1984-12-31.
/// - A date-time keeps its local calendar date for bounds; the time is validated and kept in the text.
///   Interval ends and set members take no time.
/// - Two-digit centuries (`19` = 1900–1999) and three-digit decades (`193` = 1930–1939) of ISO 8601 are accepted.
/// - An interval is rejected when its end certainly precedes its start, or when a fully specified
///   end begins before the start begins (`0000-02/0000`).
struct EDTFParser {
    /// Beyond this the input cannot be a date anyone meant; refusing early keeps the work bounded.
    static let maximumLength = 10_000
    /// Years beyond this magnitude would overflow day arithmetic.
    static let maximumYearMagnitude = 1_000_000_000_000

    private let bytes: [UInt8]
    private let source: String

    private init(_ source: String) {
        self.source = source
        self.bytes = Array(source.utf8)
    }

    static func parse(_ text: String) throws(EDTFError) -> EDTFDate {
        let parser = EDTFParser(text)
        return try parser.parseValue()
    }

    // MARK: - Values

    /// One parsed single date, before it is wrapped in an interval or set.
    private struct Single {
        var earliest: Day
        var latest: Day
        var precision: EDTFPrecision
        var qualifiers: EDTFQualifiers
        var level: Int
        var hasTime: Bool
        var hasUnspecified: Bool
    }

    private func parseValue() throws(EDTFError) -> EDTFDate {
        guard !bytes.isEmpty else { throw EDTFError("expected a date, found nothing", at: 0) }
        guard bytes.count <= Self.maximumLength else {
            throw EDTFError("expected at most \(Self.maximumLength) bytes of EDTF, found \(bytes.count)", at: 0)
        }
        if bytes[0] == UInt8(ascii: "[") || bytes[0] == UInt8(ascii: "{") { return try parseSet() }
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) { return try parseInterval(slash: slash) }
        let single = try parseSingle(0, bytes.count)
        return EDTFDate(
            text: source, earliest: single.earliest, latest: single.latest, precision: single.precision,
            qualifiers: single.qualifiers, level: single.level)
    }

    private func parseInterval(slash: Int) throws(EDTFError) -> EDTFDate {
        if let second = bytes[(slash + 1)...].firstIndex(of: UInt8(ascii: "/")) {
            throw error("expected the end of the interval, found a second '/'", at: second)
        }
        let start = try parseEnd(0, slash)
        let end = try parseEnd(slash + 1, bytes.count)
        var level = 0
        var qualifiers: EDTFQualifiers = []
        for part in [start, end] {
            if let single = part.single {
                if single.hasTime { throw error("expected a date without a time in an interval, found a time", at: part.from) }
                // Unspecified digits inside an interval are a Level 2 feature, even where the bare date is Level 1.
                level = max(level, single.hasUnspecified ? 2 : single.level)
                qualifiers.formUnion(single.qualifiers)
            } else {
                level = max(level, 1)
            }
        }
        if let a = start.single, let b = end.single {
            if b.latest < a.earliest || (!b.hasUnspecified && b.earliest < a.earliest) {
                throw error("expected an interval end on or after its start, found an end before the start", at: slash + 1)
            }
        }
        return EDTFDate(
            text: source, earliest: start.single?.earliest ?? .distantPast, latest: end.single?.latest ?? .distantFuture,
            precision: .interval, qualifiers: qualifiers, level: level, startKind: start.kind, endKind: end.kind)
    }

    private struct End {
        var kind: EDTFEndKind
        var single: Single?
        var from: Int
    }

    private func parseEnd(_ from: Int, _ to: Int) throws(EDTFError) -> End {
        if from == to { return End(kind: .unknown, single: nil, from: from) }
        if to - from == 2 && bytes[from] == UInt8(ascii: ".") && bytes[from + 1] == UInt8(ascii: ".") {
            return End(kind: .open, single: nil, from: from)
        }
        return End(kind: .stated, single: try parseSingle(from, to), from: from)
    }

    private func parseSet() throws(EDTFError) -> EDTFDate {
        let oneOf = bytes[0] == UInt8(ascii: "[")
        let close = UInt8(ascii: oneOf ? "]" : "}")
        guard let last = bytes.last, last == close else {
            throw error("expected '\(oneOf ? "]" : "}")' to close the set, found \(describe(at: bytes.count - 1))", at: bytes.count - 1)
        }
        let inner = bytes.count - 1
        guard inner > 1 else { throw error("expected at least one member in the set, found none", at: 1) }
        var earliest: Day?
        var latest: Day?
        var qualifiers: EDTFQualifiers = []
        var startKind = EDTFEndKind.stated
        var endKind = EDTFEndKind.stated
        var members: [String] = []
        var cursor = 1
        while cursor <= inner {
            var stop = cursor
            while stop < inner && bytes[stop] != UInt8(ascii: ",") { stop += 1 }
            // Spaces are tolerated only next to the commas, where they carry no meaning.
            var a = cursor, b = stop
            if cursor > 1 { while a < b && bytes[a] == 0x20 { a += 1 } }
            if stop < inner { while b > a && bytes[b - 1] == 0x20 { b -= 1 } }
            guard a < b else { throw error("expected a set member, found \(describe(at: a))", at: a) }
            let isFirst = cursor == 1
            let isLast = stop == inner
            let member = try parseMember(a, b, isFirst: isFirst, isLast: isLast)
            if member.openBefore { startKind = .open }
            if member.openAfter { endKind = .open }
            for s in [member.low, member.high].compactMap({ $0 }) {
                if s.hasTime { throw error("expected a date without a time in a set, found a time", at: a) }
                earliest = earliest.map { min($0, s.earliest) } ?? s.earliest
                latest = latest.map { max($0, s.latest) } ?? s.latest
                qualifiers.formUnion(s.qualifiers)
            }
            members.append(String(decoding: bytes[a..<b], as: UTF8.self))
            cursor = stop + 1
        }
        let text = (oneOf ? "[" : "{") + members.joined(separator: ",") + (oneOf ? "]" : "}")
        return EDTFDate(
            text: text, earliest: startKind == .open ? .distantPast : earliest ?? .distantPast,
            latest: endKind == .open ? .distantFuture : latest ?? .distantFuture, precision: .set,
            qualifiers: qualifiers, level: 2, startKind: startKind, endKind: endKind,
            setKind: oneOf ? .oneOf : .allOf)
    }

    private struct Member {
        var low: Single?
        var high: Single?
        var openBefore = false
        var openAfter = false
    }

    private func parseMember(_ from: Int, _ to: Int, isFirst: Bool, isLast: Bool) throws(EDTFError) -> Member {
        var dots: Int?
        var i = from
        while i + 1 < to {
            if bytes[i] == UInt8(ascii: "."), bytes[i + 1] == UInt8(ascii: ".") { dots = i; break }
            i += 1
        }
        guard let dots else { let s = try parseSingle(from, to); return Member(low: s, high: s) }
        if dots == from {
            guard isFirst else { throw error("expected '..date' only as the first set member, found it later", at: from) }
            guard dots + 2 < to else { throw error("expected a date after '..', found \(describe(at: to))", at: to) }
            return Member(low: nil, high: try parseSingle(dots + 2, to), openBefore: true)
        }
        if dots + 2 == to {
            guard isLast else { throw error("expected 'date..' only as the last set member, found it earlier", at: from) }
            return Member(low: try parseSingle(from, dots), high: nil, openAfter: true)
        }
        let low = try parseSingle(from, dots)
        let high = try parseSingle(dots + 2, to)
        if high.latest < low.earliest {
            throw error("expected a range that ends on or after its start, found one that ends before", at: dots + 2)
        }
        return Member(low: low, high: high)
    }

    // MARK: - Single dates

    /// What a single date's components say, before it becomes days.
    private struct Components {
        var negative = false
        var yearDigits: [UInt8] = []  // ASCII digits or 'X'
        var longYear: Int?  // a Y-prefixed or exponential year, already signed
        var significant: Int?
        var exponential = false
        var month: [UInt8]?
        var day: [UInt8]?
        var dayAt = 0
    }

    private func parseSingle(_ from: Int, _ to: Int) throws(EDTFError) -> Single {
        var p = from
        var qualifiers: EDTFQualifiers = []
        var level = 0
        var c = Components()
        var componentCount = 0
        var lastSuffixAt = -1  // the component after which the last suffix qualifier stood

        func qualifier(at i: Int) -> EDTFQualifiers? {
            guard i < to else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "?"): return .uncertain
            case UInt8(ascii: "~"): return .approximate
            case UInt8(ascii: "%"): return [.uncertain, .approximate]
            default: return nil
            }
        }

        // Year, with an optional prefix qualifier that may stand before the sign.
        if let q = qualifier(at: p) { qualifiers.formUnion(q); level = 2; p += 1 }
        if p < to && bytes[p] == UInt8(ascii: "Y") {
            p = try parseLongYear(p + 1, to, into: &c)
            guard p == to else { throw error("expected the end of a Y-prefixed year, found \(describe(at: p))", at: p) }
            return try finish(c, qualifiers: qualifiers, level: max(level, 1), componentCount: 1, span: from..<to)
        }
        if p < to && bytes[p] == UInt8(ascii: "-") { c.negative = true; p += 1 }
        let yearStart = p
        while p < to, bytes[p] == UInt8(ascii: "X") || (bytes[p] >= 0x30 && bytes[p] <= 0x39) {
            c.yearDigits.append(bytes[p]); p += 1
        }
        if c.yearDigits.isEmpty { throw error("expected a year, found \(describe(at: p))", at: p) }
        componentCount = 1
        switch c.yearDigits.count {
        case 4: break
        case 2, 3:
            // ISO reduced precision: a century or a decade, standing alone.
            guard !c.yearDigits.contains(UInt8(ascii: "X")) else {
                throw error("expected a four-digit year, found \(c.yearDigits.count) characters", at: yearStart)
            }
            // Qualified centuries and decades only exist at Level 2.
            if let q = qualifier(at: p) { qualifiers.formUnion(q); level = 2; p += 1 }
            guard p == to else {
                throw error("expected a four-digit year, found \(c.yearDigits.count) digits", at: yearStart)
            }
            if c.negative && c.yearDigits.allSatisfy({ $0 == 0x30 }) {
                throw error("expected a non-zero negative year, found -\(String(decoding: c.yearDigits, as: UTF8.self))", at: from)
            }
            return reduced(c, qualifiers: qualifiers, level: level)
        default:
            if c.yearDigits.count > 4 {
                throw error("expected a four-digit year (longer years need the prefix Y), found \(c.yearDigits.count) digits", at: yearStart)
            }
            throw error("expected a four-digit year, found \(c.yearDigits.count) characters", at: yearStart)
        }
        if c.negative {
            level = max(level, 1)
            if c.yearDigits.allSatisfy({ $0 == 0x30 }) { throw error("expected a non-zero negative year, found -0000", at: from) }
        }
        if p < to && bytes[p] == UInt8(ascii: "S") {
            guard !c.yearDigits.contains(UInt8(ascii: "X")) else {
                throw error("expected significant digits only on a year without X, found 'S'", at: p)
            }
            p = try parseSignificant(p + 1, to, digitsInYear: significantDigitCount(c.yearDigits), into: &c)
            guard p == to else { throw error("expected the end of the year, found \(describe(at: p))", at: p) }
            return try finish(c, qualifiers: qualifiers, level: 2, componentCount: 1, span: from..<to)
        }
        if let q = qualifier(at: p) { qualifiers.formUnion(q); lastSuffixAt = 1; p += 1 }

        // Month (or season), then day, each with optional prefix and suffix qualifiers.
        for component in 2...3 where p < to && bytes[p] == UInt8(ascii: "-") {
            p += 1
            if let q = qualifier(at: p) { qualifiers.formUnion(q); level = 2; p += 1 }
            guard p + 1 < to, isDigitOrX(bytes[p]), isDigitOrX(bytes[p + 1]) else {
                throw error("expected a two-digit \(component == 2 ? "month" : "day"), found \(describe(at: p))", at: p)
            }
            if p + 2 < to, isDigitOrX(bytes[p + 2]) {
                throw error("expected a two-digit \(component == 2 ? "month" : "day"), found more digits", at: p + 2)
            }
            let pair = [bytes[p], bytes[p + 1]]
            if component == 2 {
                if let n = number(pair), n > 12 {
                    guard (21...41).contains(n) else { throw error("expected a month 01–12 or a season 21–41, found \(n)", at: p) }
                    if p + 2 < to && bytes[p + 2] == UInt8(ascii: "-") {
                        throw error("expected no day after a season, found '-'", at: p + 2)
                    }
                } else if !pattern(pair, matchesAnyIn: 1...12) {
                    throw error("expected a month 01–12, found \(String(decoding: pair, as: UTF8.self))", at: p)
                }
                c.month = pair
            } else {
                guard pattern(pair, matchesAnyIn: 1...31) else {
                    throw error("expected a day 01–31, found \(String(decoding: pair, as: UTF8.self))", at: p)
                }
                c.day = pair
                c.dayAt = p
            }
            p += 2
            componentCount = component
            if let q = qualifier(at: p) { qualifiers.formUnion(q); lastSuffixAt = component; p += 1 }
        }
        if lastSuffixAt >= 0 && lastSuffixAt != componentCount { level = 2 }
        if lastSuffixAt >= 0 { level = max(level, 1) }

        var hasTime = false
        if p < to && bytes[p] == UInt8(ascii: "T") {
            guard componentCount == 3, qualifiers.isEmpty,
                !c.yearDigits.contains(UInt8(ascii: "X")), !(c.month ?? []).contains(UInt8(ascii: "X")),
                !(c.day ?? []).contains(UInt8(ascii: "X"))
            else { throw error("expected a time only after a complete, certain day, found 'T'", at: p) }
            p = try parseTime(p + 1, to)
            hasTime = true
        }
        guard p == to else {
            throw error("expected the end of the date, found \(describe(at: p))", at: p)
        }
        var single = try finish(c, qualifiers: qualifiers, level: level, componentCount: componentCount, span: from..<p)
        single.hasTime = hasTime
        if let month = c.month, let n = number(month), n > 24 { single.level = max(single.level, 2) }
        if let month = c.month, let n = number(month), n > 12 { single.level = max(single.level, 1) }
        if single.hasUnspecified { single.level = max(single.level, unspecifiedLevel(c)) }
        return single
    }

    /// Level 1 knows only trailing `X` in a bare year and whole `XX` months and days after a known year.
    private func unspecifiedLevel(_ c: Components) -> Int {
        let x = UInt8(ascii: "X")
        let yearHasX = c.yearDigits.contains(x)
        if yearHasX {
            guard c.month == nil else { return 2 }
            let firstX = c.yearDigits.firstIndex(of: x)!
            return c.yearDigits[firstX...].allSatisfy({ $0 == x }) ? 1 : 2
        }
        let monthAll = c.month.map { $0 == [x, x] }
        let monthSome = c.month.map { $0.contains(x) } ?? false
        let daySome = c.day.map { $0.contains(x) } ?? false
        let dayAll = c.day.map { $0 == [x, x] }
        if monthSome && monthAll != true { return 2 }
        if daySome && dayAll != true { return 2 }
        if monthAll == true && (c.day != nil && dayAll != true) { return 2 }
        return 1
    }

    private func parseLongYear(_ from: Int, _ to: Int, into c: inout Components) throws(EDTFError) -> Int {
        var p = from
        var negative = false
        if p < to && bytes[p] == UInt8(ascii: "-") { negative = true; p += 1 }
        let digitsStart = p
        var value = 0
        while p < to, isDigit(bytes[p]) {
            guard p - digitsStart < 13 else { throw error("expected a year of at most 13 digits, found more", at: p) }
            value = value * 10 + Int(bytes[p] - 0x30); p += 1
        }
        let digitCount = p - digitsStart
        guard digitCount > 0 else { throw error("expected digits after 'Y', found \(describe(at: p))", at: p) }
        guard bytes[digitsStart] != 0x30 else { throw error("expected a Y-year without leading zeros, found '0'", at: digitsStart) }
        if p < to && bytes[p] == UInt8(ascii: "E") {
            p += 1
            let expStart = p
            var exponent = 0
            while p < to, isDigit(bytes[p]) {
                guard p - expStart < 3 else { throw error("expected an exponent of at most 2 digits, found more", at: p) }
                exponent = exponent * 10 + Int(bytes[p] - 0x30); p += 1
            }
            guard p > expStart, exponent > 0 else { throw error("expected a positive exponent after 'E', found \(describe(at: expStart))", at: expStart) }
            for _ in 0..<exponent {
                value *= 10
                guard value <= Self.maximumYearMagnitude else {
                    throw error("expected a year of magnitude at most \(Self.maximumYearMagnitude), found a larger one", at: from)
                }
            }
            c.exponential = true
        } else {
            guard digitCount > 4 else {
                throw error("expected more than four digits after 'Y' (shorter years need no prefix), found \(digitCount)", at: digitsStart)
            }
        }
        guard value <= Self.maximumYearMagnitude else {
            throw error("expected a year of magnitude at most \(Self.maximumYearMagnitude), found a larger one", at: from)
        }
        c.longYear = negative ? -value : value
        if p < to && bytes[p] == UInt8(ascii: "S") {
            p = try parseSignificant(p + 1, to, digitsInYear: String(value).count, into: &c)
        }
        return p
    }

    private func parseSignificant(_ from: Int, _ to: Int, digitsInYear: Int, into c: inout Components) throws(EDTFError) -> Int {
        var p = from
        var n = 0
        while p < to, isDigit(bytes[p]), p - from < 3 { n = n * 10 + Int(bytes[p] - 0x30); p += 1 }
        guard p > from else { throw error("expected a number of significant digits after 'S', found \(describe(at: p))", at: p) }
        guard n >= 1 else { throw error("expected at least 1 significant digit, found 0", at: from) }
        // More significant digits than the year has (`-1859S5`) simply state the year exactly.
        c.significant = min(n, digitsInYear)
        return p
    }

    private func significantDigitCount(_ digits: [UInt8]) -> Int {
        // Leading zeros are not significant: 0950 has three digits.
        let firstNonZero = digits.firstIndex(where: { $0 != 0x30 }) ?? digits.count - 1
        return digits.count - firstNonZero
    }

    /// hh:mm:ss[.f+][Z|±hh[[:]mm]]: hours 00–23 (or 24:00:00), offsets −12:00 to +14:00, never −00.
    private func parseTime(_ from: Int, _ to: Int) throws(EDTFError) -> Int {
        var p = from
        func twoDigits(_ what: String, max: Int) throws(EDTFError) -> Int {
            guard p + 1 < to, isDigit(bytes[p]), isDigit(bytes[p + 1]) else {
                throw error("expected two-digit \(what), found \(describe(at: p))", at: p)
            }
            let n = Int(bytes[p] - 0x30) * 10 + Int(bytes[p + 1] - 0x30)
            guard n <= max else { throw error("expected \(what) at most \(max), found \(n)", at: p) }
            p += 2
            return n
        }
        func colon() throws(EDTFError) {
            guard p < to, bytes[p] == UInt8(ascii: ":") else { throw error("expected ':', found \(describe(at: p))", at: p) }
            p += 1
        }
        let hour = try twoDigits("hours", max: 24)
        try colon()
        let minute = try twoDigits("minutes", max: 59)
        try colon()
        let second = try twoDigits("seconds", max: 59)
        var fractionNonZero = false
        if p < to && bytes[p] == UInt8(ascii: ".") {
            p += 1
            let start = p
            while p < to, isDigit(bytes[p]) { if bytes[p] != 0x30 { fractionNonZero = true }; p += 1 }
            guard p > start else { throw error("expected digits after '.', found \(describe(at: p))", at: p) }
        }
        if hour == 24 && (minute != 0 || second != 0 || fractionNonZero) {
            throw error("expected 24:00:00 as the only time in hour 24, found a later one", at: from)
        }
        guard p < to else { return p }
        switch bytes[p] {
        case UInt8(ascii: "Z"):
            return p + 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let signAt = p
            let negative = bytes[p] == UInt8(ascii: "-")
            p += 1
            let hours = try twoDigits("offset hours", max: 14)
            var minutes = 0
            if p < to {
                if bytes[p] == UInt8(ascii: ":") { p += 1 }
                minutes = try twoDigits("offset minutes", max: 59)
            }
            let total = hours * 60 + minutes
            if negative && (total == 0 || total > 12 * 60) || !negative && total > 14 * 60 {
                throw error("expected an offset from -12:00 to +14:00 other than -00:00, found another", at: signAt)
            }
            return p
        default:
            throw error("expected 'Z', '+' or '-' for the time zone, found \(describe(at: p))", at: p)
        }
    }

    // MARK: - Bounds

    private func reduced(_ c: Components, qualifiers: EDTFQualifiers, level: Int) -> Single {
        let n = number(c.yearDigits)!
        let span = c.yearDigits.count == 2 ? 100 : 10
        let precision: EDTFPrecision = span == 100 ? .century : .decade
        let low = n * span, high = n * span + span - 1
        let (first, last) = c.negative ? (-high, -low) : (low, high)
        return Single(
            earliest: Day(year: first, month: 1, day: 1)!, latest: Day(year: last, month: 12, day: 31)!, precision: precision,
            qualifiers: qualifiers, level: max(level, span == 100 ? 0 : 2), hasTime: false, hasUnspecified: false)
    }

    /// Turns components into days; `span` is where they stand in the text, for errors.
    private func finish(
        _ c: Components, qualifiers: EDTFQualifiers, level: Int, componentCount: Int, span: Range<Int>
    ) throws(EDTFError) -> Single {
        if let year = c.longYear {
            var lo = year, hi = year
            if let s = c.significant {
                let magnitude = abs(year)
                var unit = 1
                for _ in 0..<(String(magnitude).count - s) { unit *= 10 }
                let low = magnitude / unit * unit
                (lo, hi) = year < 0 ? (-(low + unit - 1), -low) : (low, low + unit - 1)
            }
            return Single(
                earliest: Day(year: lo, month: 1, day: 1)!, latest: Day(year: hi, month: 12, day: 31)!, precision: .year,
                qualifiers: qualifiers, level: max(level, c.significant != nil || c.exponential ? 2 : 1), hasTime: false, hasUnspecified: false)
        }
        let x = UInt8(ascii: "X")
        let yearX = c.yearDigits.contains(x)
        let monthX = c.month?.contains(x) ?? false
        let dayX = c.day?.contains(x) ?? false
        if let s = c.significant {
            let year = number(c.yearDigits)! * (c.negative ? -1 : 1)
            let magnitude = abs(year)
            var unit = 1
            for _ in 0..<(significantDigitCount(c.yearDigits) - s) { unit *= 10 }
            let low = magnitude / unit * unit
            let (lo, hi) = year < 0 ? (-(low + unit - 1), -low) : (low, low + unit - 1)
            return Single(
                earliest: Day(year: lo, month: 1, day: 1)!, latest: Day(year: hi, month: 12, day: 31)!, precision: .year,
                qualifiers: qualifiers, level: 2, hasTime: false, hasUnspecified: false)
        }
        var precision: EDTFPrecision = componentCount == 1 ? .year : componentCount == 2 ? .month : .day
        if let m = c.month, let n = number(m), n > 12 { precision = .season }
        if yearX {
            let trailing = c.yearDigits.reversed().prefix(while: { $0 == x }).count
            precision = trailing >= 3 ? .millennium : trailing == 2 ? .century : trailing == 1 ? .decade : .year
            if trailing == 0 { precision = .year }
        } else if monthX || c.month == [x, x] {
            precision = .year
        } else if dayX {
            precision = .month
        }
        // The common case, every digit known and no season, needs no search.
        if !yearX && !monthX && !dayX && precision != .season {
            let year = number(c.yearDigits)! * (c.negative ? -1 : 1)
            let month = c.month.flatMap(number)
            let first: Day, last: Day
            if let month, let d = c.day.flatMap(number) {
                guard let exact = Day(year: year, month: month, day: d) else {
                    let monthText = String(String(decoding: bytes[span.lowerBound..<c.dayAt], as: UTF8.self).reversed()
                        .drop(while: { "-?~%".contains($0) }).reversed())
                    let count = Day.daysIn(month: month, year: year)
                    throw error("expected a day of \(monthText) from 01 to \(count), found \(d)", at: c.dayAt)
                }
                (first, last) = (exact, exact)
            } else if let month {
                (first, last) = (Day(year: year, month: month, day: 1)!, Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!)
            } else {
                (first, last) = (Day(year: year, month: 1, day: 1)!, Day(year: year, month: 12, day: 31)!)
            }
            return Single(
                earliest: first, latest: last, precision: precision, qualifiers: qualifiers, level: level, hasTime: false,
                hasUnspecified: false)
        }
        let years = YearPattern(digits: c.yearDigits, negative: c.negative)
        if let m = c.month, let season = number(m), season > 12 {
            let (startMonth, length) = Self.seasonMonths(season)
            let first = Day(year: years.first, month: startMonth, day: 1)!
            let endMonth0 = startMonth - 1 + length - 1
            let endYear = years.last + endMonth0 / 12, endMonth = endMonth0 % 12 + 1
            let last = Day(year: endYear, month: endMonth, day: Day.daysIn(month: endMonth, year: endYear))!
            return Single(
                earliest: first, latest: last, precision: precision, qualifiers: qualifiers, level: level, hasTime: false,
                hasUnspecified: yearX)
        }
        let months = (c.month.map { pattern in (1...12).filter { matches(pattern, $0) } }) ?? Array(1...12)
        let dayPattern = c.day
        func days(_ month: Int, _ year: Int) -> [Int] {
            let count = Day.daysIn(month: month, year: year)
            guard let dayPattern else { return Array(1...count) }
            return (1...count).filter { matches(dayPattern, $0) }
        }
        var earliest: Day?
        search: for year in years.ascending() {
            for month in months {
                if let d = days(month, year).first { earliest = Day(year: year, month: month, day: d); break search }
            }
        }
        guard let earliest else {
            let shown = String(decoding: bytes[span], as: UTF8.self)
            throw error("expected a day that exists in the calendar, found \(shown), which names none", at: span.lowerBound)
        }
        var latest = earliest
        search: for year in years.descending() {
            for month in months.reversed() {
                if let d = days(month, year).last { latest = Day(year: year, month: month, day: d)!; break search }
            }
        }
        return Single(
            earliest: earliest, latest: latest, precision: precision, qualifiers: qualifiers, level: level,
            hasTime: false, hasUnspecified: yearX || monthX || dayX)
    }

    /// First month and length in months of each season or sub-year grouping.
    static func seasonMonths(_ code: Int) -> (start: Int, length: Int) {
        switch code {
        case 21, 25, 31: return (3, 3)
        case 22, 26, 32: return (6, 3)
        case 23, 27, 29: return (9, 3)
        case 24, 28, 30: return (12, 3)
        case 33, 34, 35, 36: return ((code - 33) * 3 + 1, 3)
        case 37, 38, 39: return ((code - 37) * 4 + 1, 4)
        default: return ((code - 40) * 6 + 1, 6)  // 40, 41
        }
    }

    // MARK: - Small helpers

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private func isDigitOrX(_ b: UInt8) -> Bool { isDigit(b) || b == UInt8(ascii: "X") }

    private func number(_ digits: [UInt8]) -> Int? {
        var n = 0
        for d in digits {
            guard isDigit(d) else { return nil }
            n = n * 10 + Int(d - 0x30)
        }
        return n
    }

    /// Whether a two-character pattern of digits and `X` can spell `value`.
    private func matches(_ pattern: [UInt8], _ value: Int) -> Bool {
        let tens = UInt8(0x30 + value / 10), ones = UInt8(0x30 + value % 10)
        return (pattern[0] == UInt8(ascii: "X") || pattern[0] == tens) && (pattern[1] == UInt8(ascii: "X") || pattern[1] == ones)
    }

    private func pattern(_ pattern: [UInt8], matchesAnyIn range: ClosedRange<Int>) -> Bool {
        range.contains { matches(pattern, $0) }
    }

    /// A human-readable name for what stands at a byte offset.
    private func describe(at offset: Int) -> String {
        guard offset >= 0, offset < bytes.count else { return "the end of the text" }
        let index = characterOffset(offset)
        guard let ch = source.dropFirst(index).first else { return "the end of the text" }
        if ch == " " { return "a space" }
        return "'\(ch)'"
    }

    private func characterOffset(_ byteOffset: Int) -> Int {
        let clamped = min(max(byteOffset, 0), bytes.count)
        return String(decoding: bytes[0..<clamped], as: UTF8.self).count
    }

    private func error(_ message: String, at byteOffset: Int) -> EDTFError {
        EDTFError(message, at: characterOffset(byteOffset))
    }
}

/// The calendar years a four-character year pattern (digits and `X`, maybe negative) can mean, in order.
private struct YearPattern {
    let digits: [UInt8]
    let negative: Bool

    private var magnitudes: ClosedRange<Int> {
        var lo = 0, hi = 0
        for d in digits {
            lo = lo * 10 + (d == UInt8(ascii: "X") ? 0 : Int(d - 0x30))
            hi = hi * 10 + (d == UInt8(ascii: "X") ? 9 : Int(d - 0x30))
        }
        return lo...hi
    }

    var first: Int { negative ? -magnitudes.upperBound : magnitudes.lowerBound }
    var last: Int { negative ? -magnitudes.lowerBound : magnitudes.upperBound }

    private func matches(_ magnitude: Int) -> Bool {
        var m = magnitude
        for d in digits.reversed() {
            if d != UInt8(ascii: "X") && Int(d - 0x30) != m % 10 { return false }
            m /= 10
        }
        return true
    }

    func ascending() -> [Int] {
        let r = magnitudes
        if r.lowerBound == r.upperBound { return [first] }
        let ms = negative ? Array(r.reversed()) : Array(r)
        return ms.lazy.filter(matches).map { negative ? -$0 : $0 }
    }

    func descending() -> [Int] { ascending().reversed() }
}
