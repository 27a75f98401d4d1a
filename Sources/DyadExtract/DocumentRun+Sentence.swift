import DyadCore

extension DocumentRun {
    /// Words that may open a date expression; the date grammar is only tried at these and at numbers.
    static let dateStarters: WordSet = Language.english.words("dateStarters")

    /// Words without which no date expression is complete.
    static let anchorWords: WordSet = Language.english.words("anchorWords")

    /// Dates in a sentence, left to right, each relative one computed from the narrative time so far.
    mutating func findDates(_ tokens: [Token], _ b: UnsafeBufferPointer<UInt8>) -> [DateMatch] {
        var out = reclaim(&datesBuffer)
        // Every date expression holds an anchor word: a number, a month or season, or a unit of time.
        // Where none lies within reach, the grammar is not tried at all; most tokens are skipped this way.
        // `reaches[k]`: a run of words the grammar can take before an anchor leads from token k to one. A match can
        // start nowhere else, so "the", "in", "a" far from any date are not tried (they were most of the failed tries).
        var nextAnchor = reclaim(&anchorBuffer)
        var reaches = reclaim(&reachBuffer)
        defer {
            anchorBuffer = nextAnchor
            reachBuffer = reaches
        }
        nextAnchor.append(contentsOf: repeatElement(Int.max, count: tokens.count + 1))
        reaches.append(contentsOf: repeatElement(false, count: tokens.count + 1))
        var k = tokens.count - 1
        var any = false
        while k >= 0 {
            let t = tokens[k]
            let anchor = t.kind == .number || (t.kind == .word && t.startsWithDigit)
                || t.isA(.anchor) || t.isCapitalized && t.isA(.month)
            nextAnchor[k] = anchor ? k : nextAnchor[k + 1]
            reaches[k] = anchor || t.isA(.dateLead) && reaches[k + 1]
            if anchor { any = true }
            k -= 1
        }
        guard any else { return out }
        var i = 0
        var ctx = context
        while i < tokens.count {
            let t = tokens[i]
            let worth = reaches[i] && nextAnchor[i] - i <= 8 && (t.kind == .number || t.isCapitalized && t.isA(.month) || t.isA(.dateStarter))
            if worth, var m = DateParser(tokens: tokens, bytes: b, context: ctx, phraseMode: false).match(at: i) {
                // A day and month without a year take the narrative's year, else the publication year.
                if case .point(var p) = m.value, p.year == nil {
                    guard var y = ctx.anchor?.year ?? ctx.published?.year else { i = m.range.upperBound; continue }
                    // In a report whose story has come back to the last year or so, "in January" is counted from the dateline.
                    if let py = ctx.published?.year, y == py - 1 { y = py }
                    // A report tells what has happened: "on December 15" in a story dated May 2021 was December 2020.
                    if let pub = ctx.published, let py = pub.year, let pm = pub.month, y == py, let month = p.month,
                        month > pm || month == pm && (p.day ?? 0) > (pub.day ?? 31)
                    {
                        y -= 1
                    }
                    p.year = y
                    m.value = .point(p)
                    m.eventValue = .point(p)
                    m.relative = true
                }
                // "the 2002 Rome Declaration": the article belongs to the name, not to the year.
                if m.range.count == 2, tokens[m.range.lowerBound].isWord(.the), case .point(let p) = m.value, p.month == nil, p.season == nil, p.unspecifiedDigits == 0 {
                    m.range = (m.range.lowerBound + 1)..<m.range.upperBound
                }
                // A news report's dateline ("CARACAS, April 28, 2017 –") gives the day that "on Wednesday" and "last year" count from.
                if !publishedFromOptions, context.published == nil, sentences <= 4, Self.isDateline(tokens, before: m.range.lowerBound),
                    case .point(let p) = m.value, p.day != nil
                {
                    context.published = p
                    ctx.published = p
                    datelineSeen = true
                }
                out.append(m)
                // An open span ("since 1819", "until 1961") looks away from the narrative: the next "the following year" counts from the story's date.
                if !Self.isOpenSpan(m.value), let a = m.eventValue.anchor { ctx.anchor = a }
                i = m.range.upperBound
                continue
            }
            i += 1
        }
        return out
    }

    /// True for a span with one open end ("since 1819", "until 1961").
    static func isOpenSpan(_ v: DateValue) -> Bool {
        switch v {
        case .interval(_, nil), .interval(nil, _): return true
        default: return false
        }
    }

    /// The author a title names after "by" ("Statement by the Australian Government"), or the state whose capital heads a dateline.
    static func author(_ tokens: [Token], _ mentions: Mentions, title: Bool) -> Entity? {
        if title {
            guard let by = tokens.firstIndex(where: { $0.isWord(.by) }) else { return nil }
            var k = by + 1
            while k < tokens.count, k - by <= 3 {
                if let (_, alias) = mentions[k], alias.entity.kind == .state || alias.entity.kind == .organisation { return alias.entity }
                k += 1
            }
            return nil
        }
        if let (_, alias) = mentions[0], alias.entity.kind == .state || alias.entity.kind == .organisation { return alias.entity }
        return nil
    }

    /// True when the tokens before `end` read as a dateline: a place in capitals, perhaps more names, then a comma.
    static func isDateline(_ tokens: [Token], before end: Int) -> Bool {
        guard end >= 2, end <= 10, tokens[0].isAcronym || tokens[0].isCapitalized && tokens[0].length >= 3, tokens[end - 1].isWord(.comma) else { return false }
        for k in 0..<end where !(tokens[k].kind == .punct || tokens[k].isCapitalized || tokens[k].isAcronym) { return false }
        // "CARACAS, April 28, 2017 –" in capitals; or "Canberra, 7 November 2023" alone on its line.
        return tokens[0].isAcronym || tokens.count <= end + 4
    }

    /// Analyses one sentence: dates, names, events; then moves the narrative on.
    mutating func sentence(_ tokens: [Token], _ b: UnsafeBufferPointer<UInt8>, clutter: Bool, title: Bool = false) {
        datelineSeen = false
        let dates = findDates(tokens, b)
        // "Last updated 3 May 2024": the publication date, not part of the story.
        let isStamp = tokens.count <= 14 && tokens.contains { $0.isA(.stamp) }
        if isStamp {
            if !publishedFromOptions, let a = dates.first?.value.anchor { context.published = a }
            return
        }
        if clutter && !title { return }
        var dateAt = reclaim(&dateAtBuffer)
        dateAt.append(contentsOf: repeatElement(nil, count: tokens.count))
        for (k, d) in dates.enumerated() { for i in d.range { dateAt[i] = k } }
        // Cheap test first: most sentences hold no trigger and need no names.
        // Names of agreements count too: "the Kharkiv Accords of 21 April 2010" and "a treaty followed in 2003" tell a signing.
        let interesting = tokens.contains { $0.isA([.trigger, .neutralHead, .signableHead]) || $0.isWord(.become) || $0.isWord(.became) || $0.isWord(.becomes) }
        var mentions = mentionBuffer
        mentionBuffer = Mentions(count: 0)
        if interesting || tokens.contains(where: { $0.isWord(.openParen) }) {
            NameFinder.mentions(in: tokens, b, builtIn: Gazetteer.builtIn, known: known, learned: &learned, dateAt: dateAt, into: &mentions)
        } else {
            mentions.reset(count: tokens.count)
        }
        if title || datelineSeen, author == nil {
            if !interesting { NameFinder.mentions(in: tokens, b, builtIn: Gazetteer.builtIn, known: known, learned: &learned, dateAt: dateAt, into: &mentions) }
            author = Self.author(tokens, mentions, title: title)
        }
        if title, pair == nil {
            var found: [Entity] = []
            for (_, m) in mentions where (m.1.entity.kind == .state || m.1.entity.kind == .organisation) && !found.contains(m.1.entity) { found.append(m.1.entity) }
            if found.count >= 2 { pair = (found[0], found[1]) }
        }
        // The parser takes the only reference to the recent phrases: a shared array was copied whole at its first append.
        var parser = SentenceParser(tokens: tokens, bytes: b, dates: dates, dateAt: dateAt, mentions: mentions, salient: salient, recent: takeRecent(), salientPhrase: topic, author: author, pair: pair, reusing: takeParserBuffers())
        if interesting && !title { parser.parse() }
        // Findings are read in place: a loop over the array copied each one, with its three phrases and their strings.
        // (The list is taken into a local first: reaching it through the parser inside the closure copied the whole parser.)
        let findings = parser.findings
        findings.withUnsafeBufferPointer { found in
            for k in found.indices { emit(found.baseAddress! + k, parser: parser, tokens: tokens, b) }
        }
        // Move the narrative time and the discourse on.
        // "since 1959", "until 1961": a span's open end looks back, and the narrative stays where it was.
        if let last = dates.last(where: { $0.eventValue.anchor != nil && !Self.isOpenSpan($0.value) }) { context.anchor = last.eventValue.anchor }
        salient = parser.salient
        if interesting { topic = parser.topic ?? topic }
        recent = parser.recent
        parser.recent = []  // so that the appends below do not copy the list again
        for (start, m) in mentions {
            if m.1.entity.kind == .institution || m.1.entity.kind == .organisation {
                recent.append(Phrase(range: start..<m.0, text: m.1.entity.name, entity: m.1.entity).remembered())
            } else if salient == nil || start < 3, m.1.entity.kind == .state || m.1.entity.kind == .organisation, parser.findings.isEmpty {
                salient = m.1.entity
            }
        }
        for k in parser.findings.indices { if let by = parser.findings[k].by { recent.append(by.remembered()) } }
        if recent.count > 40 { recent.removeFirst(recent.count - 40) }
        // The arrays go back for the next sentence; by then this one's parser and locals are gone and they are unshared.
        parserBuffers = parser.takeBuffers()
        mentionBuffer = mentions
        dateAtBuffer = dateAt
        datesBuffer = dates
    }

    /// The parser arrays kept from the last sentence, moved out so that the new parser owns them alone.
    mutating func takeParserBuffers() -> SentenceParser.Buffers {
        let b = parserBuffers
        parserBuffers = SentenceParser.Buffers()
        return b
    }

    /// The recent phrases, moved out so that their new holder owns them alone.
    mutating func takeRecent() -> ArraySlice<Phrase> {
        let r = recent
        recent = []
        return r
    }

    /// Turns a finding into an event: attaches the date (own, clause, sentence, else inherited) and the source span.
    mutating func emit(_ finding: UnsafePointer<Finding>, parser: SentenceParser, tokens: [Token], _ b: UnsafeBufferPointer<UInt8>) {
        var date: DateValue?
        var inherited = false
        if let d = finding.pointee.ownDate {
            date = d.eventValue
        } else {
            // The nearest date in the trigger's clause, else in the sentence; by index, so no match is copied to compare.
            let clause = parser.clause[finding.pointee.trigger]
            let trig = finding.pointee.trigger
            // "After militants attacked the Parliament in December 2001, New Delhi halted ...": a leading time clause's date is its own.
            let lead = parser.leadingSubordinateEnd()
            let side: (Int) -> Bool = { pos in lead.map { (pos < $0) == (trig < $0) } ?? true }
            let scope = finding.pointee.dateScope
            var best = -1
            var bestDistance = Int.max
            for pass in 0..<2 where best < 0 {
                for (k, d) in parser.dates.indices.lazy.map({ ($0, parser.dates[$0].range) }) where d.lowerBound < tokens.count && parser.clause[d.lowerBound] == clause {
                    if pass == 0 && !side(d.lowerBound) { continue }
                    if let sc = scope, !sc.contains(d.lowerBound) { continue }
                    let dist = abs(d.lowerBound - trig)
                    if dist < bestDistance { best = k; bestDistance = dist }
                }
            }
            if best < 0, scope == nil {
                for k in parser.dates.indices {
                    let dist = abs(parser.dates[k].range.lowerBound - finding.pointee.trigger)
                    if dist < bestDistance { best = k; bestDistance = dist }
                }
            }
            if best >= 0 {
                let d = parser.dates[best]
                date = d.eventValue
                // "on 28 February 2022, four days after Russia launched its invasion": the main clause's date, moved back.
                if let (n, unit, at) = parser.subordinateOffset(finding.pointee.trigger), d.range.upperBound <= at, parser.dateAt[at] == nil,
                    case .point(let p) = d.eventValue, let q = p.shifted(by: n, unit: unit)
                {
                    date = .point(q)
                }
            } else if let a = context.anchor {
                date = .point(a)
                inherited = true
                // "The deal comes eight months after Juba shut down its oil production": counted back from the story's date.
                if let (n, unit, _) = parser.subordinateOffset(finding.pointee.trigger), let q = (context.published ?? a).shifted(by: n, unit: unit) {
                    date = .point(q)
                    inherited = false
                }
            }
        }
        if finding.pointee.needsDate && (inherited || date == nil) { return }
        // "regrets Russia's decision to curtail ...", with no date of its own, sums up acts already told: not a new event.
        if inherited, finding.pointee.trigger >= 2, tokens[finding.pointee.trigger - 1].isWord(.to), Words.factNouns.contains(tokens[finding.pointee.trigger - 2].lower(in: b)) { return }
        let first = tokens[finding.pointee.span.lowerBound]
        let last = tokens[max(finding.pointee.span.lowerBound, finding.pointee.span.upperBound - 1)]
        let span = UnsafeBufferPointer(rebasing: b[first.bufferStart..<max(first.bufferStart, last.bufferEnd)])
        var quote = String(decoding: span, as: UTF8.self)
        if span.contains(0x0A) { quote = quote.split(whereSeparator: \.isNewline).joined(separator: " ") }
        var conf = finding.pointee.confidence
        if inherited { conf -= 0.1 }
        if date == nil { conf -= 0.1 }
        if finding.pointee.object?.entity == nil { conf -= 0.05 }
        events.append(
            ExtractedEvent(
                type: finding.pointee.type, subject: finding.pointee.subject?.text, object: finding.pointee.object?.text, by: finding.pointee.by?.text, date: date?.edtf, dateInherited: inherited,
                document: name, start: first.start, end: last.end, quote: quote, confidence: max(0.1, min(1, (conf * 100).rounded() / 100)),
                subjectID: finding.pointee.subject?.entity?.id, objectID: finding.pointee.object?.entity?.id, byID: finding.pointee.by?.entity?.id))
    }
}
