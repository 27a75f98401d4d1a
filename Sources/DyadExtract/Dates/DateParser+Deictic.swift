import DyadCore

extension DateParser {
    /// Weekday names, Monday first, as `Day` ordinals count them (day 0, 1970-01-01, was a Thursday).
    static let weekdays: [String: Int] = ["monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6]
    /// Parts of a day that may follow a weekday ("on Wednesday evening").
    static let dayParts: WordSet = Language.english.words("dayParts")
    /// Words that make the next unit of time point back from the document's own date ("last June", "this year").
    static let deicticLeads: WordSet = Language.english.words("deicticLeads")

    /// Dates stated relative to the document's own date (a news report's dateline) or to the day the narrative has reached:
    /// "on Tuesday", "yesterday", "last year", "late last year", "last June", "earlier this month", "the following day",
    /// "three days later".
    func deictic(at i: Int) -> DateMatch? {
        guard i >= 0, i < tokens.count else { return nil }
        let now = context.published ?? context.anchor
        // "on Wednesday", "Tuesday evening": the latest such day up to the document's date.
        if tokens[i].isCapitalized, let wd = Self.weekdays[lower(i)] {
            guard let n = now, let y = n.year, let m = n.month, let d = n.day else { return nil }
            let today = Day.ordinal(year: y, month: m, day: d)
            let back = ((today + 3) % 7 + 7 - wd) % 7
            var end = i + 1
            if end < tokens.count, Self.dayParts.contains(lower(end)) { end += 1 }
            return dayMatch(i..<end, today - back)
        }
        if lowerIs(i, "yesterday") || lowerIs(i, "today") {
            guard let n = now, let y = n.year, let m = n.month, let d = n.day else { return nil }
            return dayMatch(i..<(i + 1), Day.ordinal(year: y, month: m, day: d) - (lowerIs(i, "yesterday") ? 1 : 0))
        }
        if let r = dayOffset(at: i) { return r }
        // "late last year", "earlier this month", "last June", "this spring".
        var j = i
        if atAny(j, [.early, .late, .mid, .earlier, .later]), j + 1 < tokens.count, Self.deicticLeads.contains(lower(j + 1)) { j += 1 }
        guard j + 1 < tokens.count, Self.deicticLeads.contains(lower(j)), let n = now, let y = n.year else { return nil }
        let lead = lower(j)
        let step = lead == "last" || lead == "past" ? -1 : (lead == "next" ? 1 : 0)
        let unit = lower(j + 1)
        let end = j + 2
        switch unit {
        case "year":
            return pointMatch(i..<end, DatePoint(year: y + step))
        case "month":
            guard let m = n.month else { return nil }
            let total = y * 12 + (m - 1) + step
            return pointMatch(i..<end, DatePoint(year: total / 12, month: total % 12 + 1))
        case "week":
            guard let m = n.month, let d = n.day else { return nil }
            let (y2, m2, _) = Day(ordinal: Day.ordinal(year: y, month: m, day: d) + 7 * step).civil
            return pointMatch(i..<end, DatePoint(year: y2, month: m2))
        default:
            // "last June": the latest June before the document's month; "next June" the first after it.
            if let month = Self.months[unit], tokens[j + 1].isCapitalized, step != 0 {
                let current = n.month ?? 12
                var year = y
                if step < 0 && month >= current { year -= 1 }
                if step > 0 && month <= current { year += 1 }
                return pointMatch(i..<end, DatePoint(year: year, month: month))
            }
            if let season = Self.seasons[unit], step != 0 {
                return pointMatch(i..<end, DatePoint(year: y + (step < 0 ? -1 : 0) + (step > 0 ? 1 : 0), season: season))
            }
            return nil
        }
    }

    /// "the following day", "the next day", "the previous day", "that day", "the same day", "three days later", "a week later":
    /// a day counted from the narrative's last day.
    private func dayOffset(at i: Int) -> DateMatch? {
        var j = i
        if at(j, .the) || at(j, .that) && lowerIs(j + 1, "same") { j += 1 }
        var offset: Int?
        var end = j
        if atAny(j, [.following, .next, .previous, .preceding, .same]) || at(j, .that) && j == i, j + 1 < tokens.count, lowerIs(j + 1, "day") || lowerIs(j + 1, "week") {
            let unit = lowerIs(j + 1, "week") ? 7 : 1
            offset = (atAny(j, [.same, .that]) ? 0 : (atAny(j, [.previous, .preceding]) ? -1 : 1)) * unit
            end = j + 2
        } else if at(i, .the), lowerIs(i + 1, "day"), atAny(i + 2, [.after, .before]), !at(i + 3, .the) && !(i + 3 < tokens.count && tokens[i + 3].kind == .word && !tokens[i + 3].isCapitalized) {
            offset = at(i + 2, .after) ? 1 : -1
            end = i + 3
        } else if lowerIs(i, "hours"), lowerIs(i + 1, "later") {
            // "Hours later": the same day, counted with no number.
            offset = 0
            end = i + 2
        } else {
            var k = i
            var n: Int?
            if tokens[k].isA(.numberWord), let v = Self.numbers[lower(k)] { n = v } else if tokens[k].kind == .number, tokens[k].length <= 2 { n = number(k) } else if atAny(k, [.a, .an]) { n = 1 }
            guard let count = n, k + 2 < tokens.count else { return nil }
            k += 1
            let u = lower(k)
            let unit: Int
            switch u {
            case "day", "days": unit = 1
            case "week", "weeks": unit = 7
            case "hour", "hours", "minutes": unit = 0
            default: return nil
            }
            let dir = lower(k + 1)
            if dir == "later" || dir == "afterwards" || dir == "after" && !(k + 2 < tokens.count && tokens[k + 2].kind == .word) { offset = count * unit } else if dir == "earlier" || dir == "before" && !(k + 2 < tokens.count && tokens[k + 2].kind == .word) { offset = -count * unit } else { return nil }
            end = k + 2
        }
        guard let off = offset, let a = context.anchor, let y = a.year else { return nil }
        guard let m = a.month, let d = a.day, a.season == nil else {
            // Counted from a month or a year, a few days later is still that month or year.
            return pointMatch(i..<end, a)
        }
        return dayMatch(i..<end, Day.ordinal(year: y, month: m, day: d) + off)
    }

    private func dayMatch(_ r: Range<Int>, _ ordinal: Int) -> DateMatch {
        let (y, m, d) = Day(ordinal: ordinal).civil
        return pointMatch(r, DatePoint(year: y, month: m, day: d))
    }

    private func pointMatch(_ r: Range<Int>, _ p: DatePoint) -> DateMatch {
        var q = p
        q.approximate = false
        q.uncertain = false
        return DateMatch(range: r, value: .point(q), eventValue: .point(q), relative: true)
    }
}
