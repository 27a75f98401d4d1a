/// What a relative expression is anchored to: the narrative time so far and the document's publication date.
struct DateContext: Sendable {
    /// The last explicit date of the narrative.
    var anchor: DatePoint?
    /// The document's stated publication or update date.
    var published: DatePoint?
}

/// A temporal expression found in a token stream.
struct DateMatch: Sendable {
    /// Tokens `range` make up the expression.
    var range: Range<Int>
    /// Its value as written.
    var value: DateValue
    /// The value an event in the same clause takes (`since 1991` dates a joining to 1991).
    var eventValue: DateValue
    /// True when the value was computed from another date (`two years later`, `On May 16`).
    var relative: Bool
}

/// The date grammar, over lower-case tokens. One parser serves running text and single phrases.
struct DateParser: TokenReader {
    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
    let context: DateContext
    /// Phrase mode accepts bare two-digit years and lower-case `may`, which running text must not.
    let phraseMode: Bool

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let seasons: [String: Int] = ["spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24]
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "several": 3, "a few": 2,
    ]
    static let approxWords: WordSet = Language.english.words("approxWords")
    static let uncertainWords: WordSet = Language.english.words("uncertainWords")
    static let unitWords: WordSet = Language.english.words("unitWords")
    /// Every word the grammar of running text may take before the first anchor of an expression (a number, a month,
    /// a season or a unit of time): qualifiers, range words, relative-time words, parts and ordinals.
    /// A match can only start where a run of these words leads to an anchor; elsewhere the grammar is not tried.
    static let leadWords: WordSet = Language.english.words("leadWords")
    static let numberPrefixes: WordSet = Language.english.words("numberPrefixes")

    func w(_ i: Int) -> String? { i < tokens.count && i >= 0 ? lower(i) : nil }
    func isPunct(_ i: Int, _ p: String) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].lowerEquals(p, in: bytes) }

    // MARK: Entry

    /// The longest date expression starting at token `i`, if any.
    func match(at i: Int) -> DateMatch? {
        if let r = relative(at: i) { return r }
        if let r = deictic(at: i) { return r }
        var j = i
        var approx = false
        var uncertain = false
        var before = false
        var after = false
        var since = false
        var between = false
        var from = false
        // Leading qualifiers and range words, in any order ("before approx January 1928").
        var progressed = true
        while progressed, j >= 0, j < tokens.count {
            progressed = false
            // Ids and class bits first: this loop runs at every place a date is tried, mostly to find nothing.
            let tok = tokens[j]
            let j0 = j
            if tok.isA(.approxWord) || tok.isWord(.some) && at(j + 1, .time) {
                if tok.isWord(.some) { j += 1 }
                // "c" and "ca" need a dot or a number right after them to be a qualifier, not a letter.
                if lowerIs(j0, "c") || lowerIs(j0, "ca"), !(isPunct(j + 1, ".") || tokens.indices.contains(j + 1) && tokens[j + 1].kind == .number) { break }
                approx = true
                j += 1
                if isPunct(j, ".") { j += 1 }
                progressed = true
            } else if tok.isA(.uncertainWord) {
                uncertain = true
                j += 1
                if isPunct(j, ":") { j += 1 }
                progressed = true
            } else if tok.isWord(.before) || tok.isWord(.earlier) && at(j + 1, .than) || tok.isWord(.prior) && at(j + 1, .to) || tok.isWord(.until) && phraseMode {
                before = true
                j += tok.isWord(.before) || tok.isWord(.until) ? 1 : 2
                progressed = true
            } else if tok.isWord(.after) || tok.isWord(.later) && at(j + 1, .than) {
                after = true
                j += tok.isWord(.after) ? 1 : 2
                progressed = true
            } else if tok.isWord(.since) {
                since = true
                j += 1
                progressed = true
            } else if tok.isWord(.between) {
                between = true
                j += 1
                progressed = true
            } else if tok.isWord(.from) {
                from = true
                j += 1
                progressed = true
            } else if phraseMode, case let t = lower(j), ["decade", "year", "month", "day", "birthday", "a"].contains(t) || t == "somewhere" || t == "during" || t == "active" || t == "the" && at(j + 1, .year) {
                j += 1
                progressed = true
            } else if phraseMode, lowerIs(j, "in") {
                j += 1
                progressed = true
            } else {
                break
            }
        }
        guard var (value, end) = single(at: j) else { return nil }
        // Phrase-mode granularity words: "day in 1872" asks for an unknown day inside the year.
        if phraseMode, i < j {
            let lead = (i..<j).map { lower($0) }
            if case .point(var p) = value {
                if lead.contains("day") && !lead.contains("birthday") {
                    if p.month == nil && p.season == nil { p.unknownMonth = true }
                    p.unknownDay = true
                } else if lead.contains("month") {
                    p.unknownMonth = true
                } else if lead.contains("year") && p.unspecifiedDigits == 2 && lead.contains("about") == false && (i..<j).contains(where: { lowerIs($0, "the") }) == false {
                    p.unspecifiedDigits = 2
                }
                value = .point(p)
            }
        }
        // A range or a set continues after a dash, "to", "until", "and" (after between), "or" or a slash.
        var second: (DateValue, Int)?
        var isSet = false
        var k = end
        // "1915 late - autumn 1916": a stray part word before the dash.
        if atAny(k, [.late, .early, .mid]), at(k + 1, .dash) { k += 1 }
        // The class bit settles the usual case, no joiner at all, without comparing strings.
        if at(k, .and) && between || k < tokens.count && tokens[k].isA(.dateJoiner), let t = w(k) {
            let joiner = t == "-" || t == "to" || t == "until" || t == "till" || t == "through" || (between && t == "and") || (from && t == "-")
            if joiner || t == "or" || t == "/" {
                var m = k + 1
                var a2 = false
                while let u = w(m), Self.approxWords.contains(u) || u == "mid" || u == "early" || u == "late" {
                    if Self.approxWords.contains(u) { a2 = true }
                    if u == "mid" || u == "early" || u == "late" {
                        break
                    }
                    m += 1
                    if isPunct(m, ".") { m += 1 }
                }
                if let (v2, e2) = single(at: m, shortYearBase: value.anchor) {
                    second = (a2 ? v2.qualified(approximate: true, uncertain: false) : v2, e2)
                    isSet = t == "or" || t == "/"
                    k = e2
                }
            }
        }
        if let (v2, e2) = second {
            end = e2
            if isSet, case .point(let a) = value, case .point(let b) = v2 {
                value = .oneOf([a, b])
            } else {
                value = .interval(Self.lowEnd(value), Self.highEnd(v2))
            }
        } else if between || from {
            // "between 2003" without a second date is not a range; read it as the single date.
        }
        // Trailing qualifiers: "1860?", "1862 maybe", "Feb 1812 approx", "1862 (uncertain)".
        var tq = true
        while tq, end < tokens.count, tokens[end].isA(.dateTrail), let t = w(end) {
            tq = false
            if t == "?" {
                uncertain = true
                end += 1
                tq = true
            } else if t == "approx" || t == "approximately" || (phraseMode && (t == "maybe" || t == "guess")) {
                if t == "approx" || t == "approximately" { approx = true } else { uncertain = true }
                end += 1
                if isPunct(end, ".") { end += 1 }
                tq = true
            } else if t == "(", w(end + 1) == "uncertain", at(end + 2, .closeParen) {
                uncertain = true
                end += 3
                tq = true
            }
        }
        if approx || uncertain {
            // A leading qualifier belongs to the date after it; on a range python-edtf puts it on the end it precedes.
            if case .interval(let a, let b) = value, second != nil {
                value = .interval(a, b.map { var p = $0; if approx { p.approximate = true }; if uncertain { p.uncertain = true }; return p })
            } else {
                value = value.qualified(approximate: approx, uncertain: uncertain)
            }
        }
        var eventValue = value
        if before {
            value = .interval(nil, Self.highEnd(value))
            eventValue = value
        } else if after {
            value = .interval(Self.lowEnd(value), nil)
            eventValue = value
        } else if since {
            value = .interval(Self.lowEnd(value), nil)
        }
        return DateMatch(range: i..<end, value: value, eventValue: eventValue, relative: false)
    }

    static func lowEnd(_ v: DateValue) -> DatePoint? {
        switch v {
        case .point(let p): return p
        case .interval(let a, _): return a
        case .oneOf(let ps): return ps.first
        }
    }

    static func highEnd(_ v: DateValue) -> DatePoint? {
        switch v {
        case .point(let p): return p
        case .interval(_, let b): return b
        case .oneOf(let ps): return ps.last
        }
    }

    // MARK: Single dates

    /// A year number written at `i`: four digits in running text, or an era-marked or context-given shorter one.
    func year(at i: Int, shortYearBase: DatePoint? = nil) -> (Int, Int)? {
        guard i < tokens.count, tokens[i].kind == .number, let n = number(i) else { return nil }
        let digits = tokens[i].length
        var end = i + 1
        if end < tokens.count, tokens[end].isA(.era), let era = w(end) {
            end += 1
            if isPunct(end, ".") { end += 1 }
            let bc = era.hasPrefix("b")
            return (bc ? -n : n, end)
        }
        if let base = shortYearBase?.year, digits <= 2, n < 100 {
            // "1851-52", "1910-30": a two-digit end takes the century of the start.
            return ((base / 100) * 100 + n, end)
        }
        if digits == 4, n >= 1000, n <= 2199 {
            if isA(end, .unitWord) || isA(i - 1, .numberPrefix) { return nil }
            return (n, end)
        }
        if phraseMode, digits == 2, i == 0, end == tokens.count || w(end) == "?" {
            return (1900 + n, end)
        }
        return nil
    }

    func month(at i: Int) -> Int? {
        // The class bit rules out nearly every token before any hashing.
        guard i >= 0, i < tokens.count, tokens[i].isA(.month) else { return nil }
        let t = lower(i)
        guard let m = Self.months[t] else { return nil }
        // "may" is a verb in running text unless written "May"; abbreviations must be capitalised too.
        if !phraseMode && !tokens[i].isCapitalized { return nil }
        if !phraseMode && t == "mar" { return nil }
        return m
    }

    /// A day-of-month token: 1–31, optionally with an ordinal suffix.
    func dayNumber(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].startsWithDigit else { return nil }
        // On the bytes: one or two ASCII digits, then perhaps "st", "nd", "rd" or "th" (every year goes through here).
        let t = tokens[i]
        guard t.form == .written else { return nil }
        let b = UnsafeBufferPointer(rebasing: bytes[t.bufferStart..<t.bufferEnd])
        var n = b.count
        if n >= 3 {
            let x = b[n - 2] | 0x20, y = b[n - 1] | 0x20
            if x == 0x73 && y == 0x74 || x == 0x6E && y == 0x64 || x == 0x72 && y == 0x64 || x == 0x74 && y == 0x68 { n -= 2 }
        }
        guard n == 1 || n == 2 else { return nil }
        var d = 0
        for k in 0..<n {
            guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
            d = d * 10 + Int(b[k] - 0x30)
        }
        return d >= 1 && d <= 31 ? d : nil
    }

    func single(at i0: Int, shortYearBase: DatePoint? = nil) -> (DateValue, Int)? {
        var i = i0
        if at(i, .the) { i += 1 }
        // early / mid / late
        var part: Int? = nil  // 0 early, 1 mid, 2 late
        if at(i, .early) { part = 0 } else if atAny(i, [.mid, .middle]) { part = 1 } else if at(i, .late) { part = 2 }
        if part != nil {
            i += 1
            if at(i, .dash) { i += 1 }
            if at(i, .of) { i += 1 }
            if at(i, .the) { i += 1 }
        }
        // "first half of 2005", "the first three months of 2005", "the first quarter of 2005"
        if atAny(i, [.first, .second, .last, .third, .fourth]), let t = w(i) {
            var j = i + 1
            var count = 1
            if let n = w(j), let v = Self.numbers[n], n != "a" { count = v; j += 1 }
            if let unit = w(j), let ofTok = w(j + 1), ofTok == "of" {
                var k = j + 2
                if at(k, .the) { k += 1 }
                if let (y, e) = year(at: k) {
                    var range: (Int, Int)?
                    let ordinal = ["first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1][t]!
                    switch unit {
                    case "half": range = ordinal == 0 ? (1, 6) : (7, 12)
                    case "quarter": let q = ordinal < 0 ? 3 : ordinal; range = (q * 3 + 1, q * 3 + 3)
                    case "months", "month": range = ordinal < 0 ? (13 - count, 12) : (1, count)
                    default: range = nil
                    }
                    if let (a, b) = range {
                        return (.interval(DatePoint(year: y, month: a), DatePoint(year: y, month: b)), e)
                    }
                }
            }
        }
        // Season [of] year
        if i < tokens.count, tokens[i].isA(.season), let se = Self.seasons[lower(i)] {
            var j = i + 1
            if at(j, .of) { j += 1 }
            if let (y, e) = year(at: j) {
                return (.point(DatePoint(year: y, season: se)), e)
            }
            return nil
        }
        // In running text every form below starts with a digit or a month name: the rest are ruled out before trying each.
        if !phraseMode {
            guard i < tokens.count, tokens[i].startsWithDigit || tokens[i].isA(.month) else { return nil }
        }
        // A span of centuries: "17th-19th centuries", "17-19th Centuries".
        if let first = dayNumber(at: i), first <= 21, at(i + 1, .dash), let (last, e) = century(at: i + 2), last > first {
            return (.interval(DatePoint(year: (first - 1) * 100, unspecifiedDigits: 2), DatePoint(year: (last - 1) * 100, unspecifiedDigits: 2)), e)
        }
        // Century: "19th century", "19c", "15c.", "2nd century bc", "17-19th centuries"
        if let c = century(at: i) {
            var (cy, e) = c
            // The 19th century is 18XX; the 2nd century BC is -01XX (the years -200 to -101).
            var p = DatePoint(year: cy > 0 ? (cy - 1) * 100 : -((-cy) - 1) * 100, unspecifiedDigits: 2)
            if let part { return (Self.partOf(p, part: part, span: 100), e) }
            if w(e) == "?" { p.uncertain = true; e += 1 }
            return (.point(p), e)
        }
        // Decade: "1990s", "the 1860s", "c1900s", "'90s"
        if let t = w(i), t.hasSuffix("s"), t.count == 5, let n = Int(t.dropLast()), n >= 100 {
            let isCentury = n % 100 == 0 && phraseMode
            var p = DatePoint(year: n, unspecifiedDigits: isCentury ? 2 : 1)
            if n % 100 == 0, !phraseMode, tokens[i].length == 5 {
                // "the 2000s" in running text reads as the first decade far more often than the century.
                p.unspecifiedDigits = 1
            }
            if let part { return (Self.partOf(p, part: part, span: p.unspecifiedDigits == 2 ? 100 : 10), i + 1) }
            return (.point(p), i + 1)
        }
        // Month-first: "May 7, 1997", "May 1997", "January 12", "Jan 18 1862"
        if let m = month(at: i) {
            var j = i + 1
            if isPunct(j, ".") { j += 1 }
            var day: Int?
            if let d = dayNumber(at: j), !(tokens[j].length == 4) {
                day = d
                j += 1
                if isPunct(j, ",") { j += 1 }
            } else if isPunct(j, ",") && year(at: j + 1) != nil {
                j += 1
            }
            if at(j, .of) { j += 1 }
            if let (y, e) = year(at: j) {
                let p = DatePoint(year: y, month: m, day: day)
                if let part, day == nil { return (Self.partOfMonth(p, part: part), e) }
                return (.point(p), e)
            }
            if let day {
                return (.point(DatePoint(year: nil, month: m, day: day)), j - (isPunct(j - 1, ",") ? 1 : 0))
            }
            if phraseMode || part != nil || isMonthContext(i0) {
                return (.point(DatePoint(year: nil, month: m)), i + 1 + (isPunct(i + 1, ".") ? 1 : 0))
            }
            return nil
        }
        // Day-first: "27 May 1997", "the 7th of May 1997", "16 May"
        if let d = dayNumber(at: i) {
            var j = i + 1
            if at(j, .of) { j += 1 }
            if let m = month(at: j) {
                var k = j + 1
                if isPunct(k, ".") { k += 1 }
                if isPunct(k, ",") && year(at: k + 1) != nil { k += 1 }
                if let (y, e) = year(at: k) { return (.point(DatePoint(year: y, month: m, day: d)), e) }
                return (.point(DatePoint(year: nil, month: m, day: d)), j + 1)
            }
        }
        // Numeric: 10/7/2008 (month first, as python-edtf), 7/2008, 2008-10-07
        if i < tokens.count, tokens[i].kind == .number {
            // A number too long for an Int has no value, and is no date.
            if isPunct(i + 1, "/"), i + 2 < tokens.count, tokens[i + 2].kind == .number, let a = number(i), let b = number(i + 2) {
                if isPunct(i + 3, "/"), i + 4 < tokens.count, tokens[i + 4].kind == .number, tokens[i + 4].length == 4, let y = number(i + 4) {
                    if a >= 1, a <= 12, b >= 1, b <= 31 { return (.point(DatePoint(year: y, month: a, day: b)), i + 5) }
                    if b >= 1, b <= 12, a >= 1, a <= 31 { return (.point(DatePoint(year: y, month: b, day: a)), i + 5) }
                }
                if tokens[i + 2].length == 4, a >= 1, a <= 12, tokens[i].length <= 2 {
                    return (.point(DatePoint(year: b, month: a)), i + 3)
                }
            }
            if tokens[i].length == 4, at(i + 1, .dash), i + 4 < tokens.count, tokens[i + 2].kind == .number, tokens[i + 2].length == 2,
                at(i + 3, .dash), tokens[i + 4].kind == .number, tokens[i + 4].length == 2,
                let y = number(i), let m = number(i + 2), let d = number(i + 4), m >= 1, m <= 12, d >= 1, d <= 31
            {
                return (.point(DatePoint(year: y, month: m, day: d)), i + 5)
            }
        }
        // Word-glued approximations: c1860, ca1860, c1900s
        if phraseMode, let t = w(i), t.hasPrefix("c"), t.count > 1 {
            let rest = t.hasPrefix("ca") ? String(t.dropFirst(2)) : String(t.dropFirst())
            // With an era after it the number is the year itself ("c17 CE", "c64 BCE").
            if let era = w(i + 1), ["bc", "bce", "ad", "ce"].contains(era), let n = Int(rest) {
                var p = DatePoint(year: era.hasPrefix("b") ? -n : n)
                p.approximate = true
                return (.point(p), i + 2)
            }
            let glued: (DateValue, Int)? = Tokenizer.withTokens(rest) { sub, b in
                let inner = DateParser(tokens: sub, bytes: b, context: context, phraseMode: true)
                guard !sub.isEmpty, sub[0].kind == .number || sub[0].lower(in: b).first?.isNumber == true, let (v, e) = inner.single(at: 0), e == sub.count else { return nil }
                return (v, e)
            }
            if let (v, _) = glued {
                var e2 = i + 1
                var q = v.qualified(approximate: true, uncertain: false)
                if let era = w(e2), ["bc", "bce", "ad", "ce"].contains(era), case .point(var p) = q, let y = p.year {
                    p.year = era.hasPrefix("b") ? -y : y
                    q = .point(p)
                    e2 += 1
                }
                return (q, e2)
            }
            return nil
        }
        // A year
        if let (y, e) = year(at: i, shortYearBase: shortYearBase) ?? (phraseMode ? eraYear(at: i) : nil) {
            let p = DatePoint(year: y)
            if let part { return (Self.partOfYear(p, part: part), e) }
            return (.point(p), e)
        }
        return nil
    }

    /// Phrase mode: a short year with an era ("17 CE", "1 AD").
    func eraYear(at i: Int) -> (Int, Int)? {
        guard i < tokens.count, tokens[i].kind == .number, let n = number(i), let era = w(i + 1),
            ["bc", "bce", "ad", "ce"].contains(era)
        else { return nil }
        return (era.hasPrefix("b") ? -n : n, i + 2)
    }

    /// "in May", "early May", "by May": a bare month name reads as a date only after such words.
    func isMonthContext(_ i: Int) -> Bool {
        guard let prev = w(i - 1) else { return false }
        return ["in", "of", "since", "until", "by", "from", "during", "late", "early", "mid", "last", "next", "this"].contains(prev)
    }

    /// "19th century", "19c", "15c.", "2nd century bc", "17-19th centuries": the century number (negative for BC) and the end.
    func century(at i: Int) -> (Int, Int)? {
        // Both forms start with a digit: other tokens are ruled out before any string is made.
        guard i >= 0, i < tokens.count, tokens[i].startsWithDigit, let t = w(i) else { return nil }
        var j = i + 1
        var n: Int?
        if t.hasSuffix("c") || t.hasSuffix("c."), let v = Int(t.prefix { $0.isNumber }), t.drop(while: \.isNumber).hasPrefix("c"), (1...21).contains(v) {
            n = v
            if isPunct(j, ".") { j += 1 }
        } else if let d = dayNumber(at: i), d <= 21, let c = w(i + 1), c == "century" || c == "centuries" {
            n = d
            j = i + 2
        } else {
            return nil
        }
        guard let cn = n else { return nil }
        if let era = w(j), ["bc", "bce", "b.c."].contains(era) { return (-cn, j + 1) }
        if let era = w(j), ["ad", "ce", "a.d."].contains(era) { return (cn, j + 1) }
        return (cn, j)
    }

    static func partOf(_ p: DatePoint, part: Int, span: Int) -> DateValue {
        guard let y0 = p.firstYear else { return .point(p) }
        let third = span == 100 ? [(0, 32), (33, 66), (67, 99)] : [(0, 4), (3, 6), (5, 9)]
        let (a, b) = third[part]
        return .interval(DatePoint(year: y0 + a), DatePoint(year: y0 + b))
    }

    static func partOfYear(_ p: DatePoint, part: Int) -> DateValue {
        let spans = [(1, 4), (5, 8), (9, 12)]
        let (a, b) = spans[part]
        return .interval(DatePoint(year: p.year, month: a), DatePoint(year: p.year, month: b))
    }

    static func partOfMonth(_ p: DatePoint, part: Int) -> DateValue {
        let spans = [(1, 10), (11, 20), (21, 28)]
        let (a, b) = spans[part]
        return .interval(DatePoint(year: p.year, month: p.month, day: a), DatePoint(year: p.year, month: p.month, day: b))
    }
}
