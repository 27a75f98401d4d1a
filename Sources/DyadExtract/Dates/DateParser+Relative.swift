extension DateParser {
    /// True when a word follows that starts what "after" or "before" governs ("eight months after Juba shut down"): the
    /// distance then dates that clause's event from the main one, and is no date of its own.
    func opensClause(_ k: Int) -> Bool { k < tokens.count && tokens[k].kind == .word }

    /// Dates stated relative to the narrative time: "the following year", "two years later", "immediately afterwards".
    func relative(at i: Int) -> DateMatch? {
        guard i >= 0, i < tokens.count else { return nil }
        // "immediately afterwards", "shortly thereafter", "soon afterwards"
        if atAny(i, [.immediately, .shortly, .soon, .directly]), atAny(i + 1, [.afterwards, .thereafter, .afterward]) {
            guard let a = context.anchor else { return nil }
            var p = a
            if !atAny(i, [.immediately, .directly]) { p.approximate = true }
            return DateMatch(range: i..<(i + 2), value: .point(p), eventValue: .point(p), relative: true)
        }
        var j = i
        if atAny(i, [.in, .during]) { j += 1 }
        if at(j, .the) || at(j, .that) && at(j + 1, .same) { j += 1 }
        // "later that year", "earlier that year", "that year", "the same year", "the following year", "the next year", "the previous year"
        var offset: Int?
        var end = j
        var unit = "year"
        if atAny(i, [.later, .earlier, .that]), at(i, .that) || atAny(i + 1, [.that, .in]), case let ui = at(i, .that) ? i + 1 : i + 2, atAny(ui, [.year, .month]), let u = w(ui) {
            offset = 0
            unit = u
            end = (at(i, .that) ? i + 2 : i + 3)
            if at(i + 1, .`in`) { end = i + 3; if at(i + 2, .the) { return nil } }
        } else if atAny(j, [.same, .following, .next, .previous, .preceding]), atAny(j + 1, [.year, .month]), let u = w(j + 1) {
            offset = at(j, .same) ? 0 : (atAny(j, [.previous, .preceding]) ? -1 : 1)
            unit = u
            end = j + 2
        }
        if offset == nil {
            // "N years later", "a year earlier", "after a long gap of 6 years", "a decade later"
            var k = i
            var afterGap = false
            if at(k, .after) {
                k += 1
                if at(k, .a) || at(k, .an) { k += 1 }
                while atAny(k, [.long, .short, .brief, .further, .lengthy]) { k += 1 }
                guard atAny(k, [.gap, .pause, .break, .interval, .hiatus]), at(k + 1, .of) else { return nil }
                k += 2
                afterGap = true
            }
            guard k >= 0, k < tokens.count else { return nil }
            var n: Int?
            if tokens[k].isA(.numberWord), let v = Self.numbers[lower(k)] { n = v } else if tokens[k].kind == .number, tokens[k].length <= 2 { n = number(k) }
            guard var count = n, let u = w(k + 1) else { return nil }
            var uu = u
            if u == "decade" || u == "decades" { count *= 10; uu = "years" }
            guard uu == "year" || uu == "years" || uu == "month" || uu == "months" else { return nil }
            unit = uu.hasPrefix("year") ? "year" : "month"
            if afterGap {
                offset = count
                end = k + 2
            } else if let dir = w(k + 2), dir == "later" || dir == "after" && !opensClause(k + 3) || dir == "afterwards" || dir == "on" {
                offset = count
                end = k + 3
            } else if let dir = w(k + 2), dir == "earlier" || dir == "before" && !opensClause(k + 3) || dir == "previously" {
                offset = -count
                end = k + 3
            } else {
                return nil
            }
        }
        guard let a = context.anchor, let y = a.year, let off = offset else { return nil }
        var p: DatePoint
        if unit == "year" {
            p = DatePoint(year: y + off)
        } else {
            guard let m = a.month else { p = DatePoint(year: y); return DateMatch(range: i..<end, value: .point(p), eventValue: .point(p), relative: true) }
            let total = y * 12 + (m - 1) + off
            p = DatePoint(year: total / 12, month: total % 12 + 1)
        }
        return DateMatch(range: i..<end, value: .point(p), eventValue: .point(p), relative: true)
    }
}
