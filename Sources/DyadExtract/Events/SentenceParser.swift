import DyadCore

/// The shallow parser for one sentence: dates, names, triggers and their arguments.
///
/// No full syntax: noun phrases are grown left and right from each trigger under a few rules that
/// cover the genre (coordination, passives, relative clauses, control verbs, nominalisations).
struct SentenceParser: TokenReader {
    let tokens: [Token]
    /// The buffer the tokens index into; valid while the sentence is analysed.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Which date match covers each token, if any.
    var dateAt: [Int?]
    var dates: [DateMatch]
    /// Which entity mention starts at each token: (end, alias).
    var mentionAt: Mentions
    /// Clause number of each token.
    var clause: [Int]
    var findings: [Finding]
    /// Trigger readings, worked out once per token (nil: not yet asked; .some(nil): none).
    var triggerAt: [Int32]
    /// The readings `triggerAt` points into.
    var readings: [(Trigger, Int)]
    /// The document's salient actor before this sentence, for "it" and "its".
    var salient: Entity?
    /// Recently named things, most recent last, for "this forum", "the Council", "meetings".
    var recent: ArraySlice<Phrase>
    /// What the previous sentence was about: the noun phrase in its subject position.
    var salientPhrase: Phrase?
    /// What this sentence is about, for the next one.
    var topic: Phrase? = nil
    /// Who speaks in the document ("we", "our Government"): found from its title or dateline.
    var author: Entity? = nil
    /// The two actors the document is about, named in its title: "the two sides", "both countries".
    var pair: (Entity, Entity)? = nil

    /// The per-sentence arrays, handed from one sentence's parser to the next so that their storage is reused.
    struct Buffers {
        var clause: [Int] = []
        var triggerAt: [Int32] = []
        var readings: [(Trigger, Int)] = []
        var findings: [Finding] = []
    }

    /// Which date match covers each of `count` tokens.
    static func dateIndex(_ dates: [DateMatch], count: Int) -> [Int?] {
        var at = [Int?](repeating: nil, count: count)
        for (k, d) in dates.enumerated() { for i in d.range { at[i] = k } }
        return at
    }

    /// The arrays this parser filled, for the next sentence's parser to reuse; the parser keeps empty ones.
    mutating func takeBuffers() -> Buffers {
        let b = Buffers(clause: clause, triggerAt: triggerAt, readings: readings, findings: findings)
        clause = []
        triggerAt = []
        readings = []
        findings = []
        return b
    }

    func w(_ i: Int) -> String { lowerOrEmpty(i) }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind != .punct }

    // MARK: Triggers

    /// The trigger reading of token `i` in context, with the index after its particle.
    func trigger(at i: Int) -> (Trigger, Int)? {
        guard i >= 0, i < triggerAt.count else { return nil }
        let k = triggerAt[i]
        return k < 0 ? nil : readings[Int(k)]
    }

    /// True when token `i` has a trigger reading; asks in place, without copying the reading.
    @inline(__always) func hasTrigger(at i: Int) -> Bool { i >= 0 && i < triggerAt.count && triggerAt[i] >= 0 }

    /// True when token `i` reads as a verb trigger (phrase scans ask this at every word).
    @inline(__always) func isVerbTrigger(at i: Int) -> Bool {
        guard i >= 0, i < triggerAt.count else { return false }
        let k = triggerAt[i]
        return k >= 0 && !readings[Int(k)].0.isNoun
    }

    // MARK: Noun phrases

    /// Modifiers between the determiner and an anaphoric head ("the same body"); "new" is a core word.
    static let anaphorModifiers: WordSet = Language.english.words("anaphorModifiers")
    /// Heads that make "the Council", "this forum", "the new body" refer back.
    static let anaphoricHeads: [String: Set<String>] = [
        "forum": ["council", "forum", "assembly", "commission", "committee", "conference", "dialogue", "partnership"],
        "body": ["council", "forum", "assembly", "commission", "committee", "conference", "office", "mission", "agency", "group", "force", "organisation", "organization", "union", "court", "tribunal", "board", "centre", "center"],
        "council": ["council"], "commission": ["commission"], "committee": ["committee"], "office": ["office", "bureau", "centre", "center"],
        "mission": ["mission", "office"], "programme": ["programme", "program", "partnership", "initiative", "plan"], "program": ["programme", "program", "partnership", "initiative", "plan"],
        "agreement": ["agreement", "treaty", "accord", "pact", "act", "charter", "declaration", "convention", "protocol", "memorandum"],
        "treaty": ["treaty", "agreement", "pact", "convention"], "accord": ["accord", "agreement", "accords"], "charter": ["charter"], "declaration": ["declaration"],
        "act": ["act"], "initiative": ["initiative"], "partnership": ["partnership"], "operation": ["operation", "force", "mission"], "force": ["force", "operation"],
        "organisation": ["organisation", "organization", "union"], "organization": ["organisation", "organization", "union"], "mechanism": ["mechanism", "council", "commission", "committee", "group"],
        "channel": ["mission", "office", "channel", "line"], "group": ["group"], "plan": ["plan"], "framework": ["framework"], "institution": ["council", "commission", "committee", "office", "mission", "agency", "court"],
    ]

    /// Is token `i` a place where a noun phrase may not continue?
    func stopsPhrase(_ i: Int, leftward: Bool) -> Bool {
        guard i >= 0 && i < tokens.count else { return true }
        let t = tokens[i]
        if t.kind == .punct { return true }
        // A capitalised word inside a sentence is a name ("United States"), whatever it spells.
        if t.isCapitalized && i > 0 && !t.isA(.clauseOpener) { return false }
        if t.isA(.clauseOpener) || t.isWord(.that) && leftward == false && i > 0 && tokens[i - 1].kind == .word && !isA(i - 1, .determiner) { return true }
        if t.isA([.commonVerb, .modal, .negation, .phraseStop]) { return true }
        if t.isA(.adverb) && !t.isA(.adjective) && !lowerIs(i, "first") { return true }
        return false
    }

    /// A noun phrase starting at `i`: its end (exclusive). Stops before dates, clause words and verbs.
    func phraseRight(from start: Int, limit: Int = 14) -> Int {
        var i = start
        var sawWord = false
        while i < tokens.count && i - start < limit {
            let t = tokens[i]
            // A known name is taken whole, even with "and" or a comma inside.
            if let end = mentionAt.end(startingAt: i), end > i + 1 {
                i = end
                sawWord = true
                continue
            }
            if let d = dateAt[i] {
                // A year as a pre-modifier ("the 2002 Rome Declaration") stays in the phrase.
                if dates[d].range.count == 1, i + 1 < tokens.count, tokens[i + 1].isCapitalized || tokens[i + 1].kind == .word && !isA(i + 1, .innerPrep) && !stopsPhrase(i + 1, leftward: false) && !at(i + 1, .and) {
                    i += 1
                    continue
                }
                break
            }
            if t.kind == .punct {
                // An acronym in brackets belongs to the name before it: "Information Office in Moscow (NIO)".
                if t.isWord(.openParen), sawWord, i + 2 < tokens.count, tokens[i + 1].isAcronym || tokens[i + 1].isCapitalized, dateAt[i + 1] == nil, tokens[i + 2].isWord(.closeParen) {
                    i += 3
                    continue
                }
                if t.isWord(.possessive) { i += 1; continue }
                // "the G20 leaders' summit": a plural possessive's apostrophe stays inside the phrase.
                if sawWord, i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i - 1].end == t.start, t.length <= 3, t.form == .singleQuote || text(i) == "'",
                    lowerOrEmpty(i - 1).hasSuffix("s")
                {
                    i += 1
                    continue
                }
                // "the Delhi–Lahore bus": a dash written between two words joins them.
                if t.isWord(.dash), sawWord, i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i - 1].end == t.start, t.end == tokens[i + 1].start { i += 1; continue }
                break
            }
            if t.isWord(.possessive) { i += 1; continue }
            if t.isA(.conjunction) {
                // "civilian and military cooperation": coordinated adjectives before one noun.
                if sawWord, isA(i - 1, .adjective) || (isA(i - 1, .alForm) && !tokens[i - 1].isCapitalized), isWord(i + 1), !tokens[i + 1].isCapitalized, !hasTrigger(at: i + 1) {
                    i += 1
                    continue
                }
                // "Bosnia and Herzegovina" and other names with "and" inside come from the gazetteer.
                break
            }
            // "three days before", "a day after": a distance in time ends the phrase.
            if sawWord, t.isA(.numberWord) || atAny(i, [.a, .an]) || t.kind == .number, i + 2 < tokens.count, Words.timeUnits.contains(lower(i + 1)), atAny(i + 2, [.before, .after, .later, .earlier]) { break }
            if t.isA(.innerPrep) {
                guard sawWord, isWord(i + 1), dateAt[i + 1] == nil else { break }
                let next = at(i + 1, .the) ? i + 2 : i + 1
                // "with effect from", "on the basis of", "on the sidelines": an adverbial, not part of the name.
                if next < tokens.count, Words.adverbialHeads.contains(lower(next)) { break }
                if next < tokens.count, dateAt[next] != nil { break }
                if t.isA(.placePrep), !(t.isWord(.in) && isA(i - 1, .inTaker) && w(i - 1) != "cooperation") {
                    // Only before a name: "in Moscow" stays, "in some areas" does not.
                    guard next < tokens.count, tokens[next].isCapitalized || tokens[next].isAcronym else { break }
                }
                if t.isWord(.to) {
                    // "to" before a verb ends the phrase ("decision to curtail").
                    guard next < tokens.count, tokens[next].isCapitalized || isA(i + 1, .determiner) else { break }
                }
                if t.isWord(.from) || lowerIs(i, "against") { break }
                i += 1
                continue
            }
            if stopsPhrase(i, leftward: false) { break }
            // A verb-like word after the head ends the phrase ("the NIO served as").
            if sawWord, !t.isCapitalized, t.isA(.edForm), !t.isA(.adjective), !isA(i - 1, .determiner) { break }
            if sawWord, isVerbTrigger(at: i) { break }
            sawWord = true
            i += 1
        }
        // Never end on a preposition or a determiner.
        while i > start, isA(i - 1, .innerPrep) || isA(i - 1, .determiner) { i -= 1 }
        return i
    }

    /// A noun phrase ending just before `end`: its start. Stops at clause words, verbs and punctuation.
    func phraseLeft(endingBefore end: Int, limit: Int = 12) -> Int {
        var i = end - 1
        var start = end
        while i >= 0 && end - i <= limit {
            let t = tokens[i]
            if let s = mentionAt.start(endingAt: i + 1), s < i {
                start = s
                i = s - 1
                continue
            }
            // "Protocol No. 6": the full stop of an abbreviation stays inside the name.
            if t.isWord(.period), i > 0, tokens[i - 1].isA(.abbreviation), start < end { i -= 1; continue }
            if t.isWord(.closeParen) {
                // Skip a bracketed acronym.
                if i >= 2, tokens[i - 2].isWord(.openParen) { i -= 3; continue }
                break
            }
            if t.isWord(.possessive) { start = i; i -= 1; continue }
            if t.kind == .punct { break }
            if dateAt[i] != nil {
                // A year pre-modifier inside the phrase ("The 1997 Founding Act").
                if dates[dateAt[i]!].range.count == 1, start < end, i > 0, isA(i - 1, .determiner) { start = i; i -= 1; continue }
                if start < end, dates[dateAt[i]!].range.count == 1, i == 0 { start = i; i -= 1; continue }
                break
            }
            if t.isA(.conjunction) {
                // Keep coordinated names and nouns ("NATO and Russia", "meetings and cooperation") and adjectives.
                if start < end, i > 0, tokens[i - 1].kind == .word, !stopsPhrase(i - 1, leftward: true), !isA(i - 1, .innerPrep) { i -= 1; continue }
                break
            }
            if t.isA(.innerPrep) {
                if start == end { break }
                if atAny(i, CoreSet.innerOfPhrase) || lowerIs(i, "within") {
                    if t.isA(.placePrep), !(tokens[start].isCapitalized || at(start, .the) && start + 1 < end && tokens[start + 1].isCapitalized) { break }
                    i -= 1
                    continue
                }
                break
            }
            if stopsPhrase(i, leftward: true) { break }
            // "in Chisinau we signed": a personal pronoun is a phrase of its own.
            if Words.personalPronouns.contains(lower(i)) {
                if start == end { start = i }
                break
            }

            if isVerbTrigger(at: i) { break }
            if !t.isCapitalized, t.isA(.edForm), !t.isA(.adjective), i > 0, !isA(i - 1, .determiner) { break }
            start = i
            i -= 1
        }
        // Never start on a preposition.
        while start < end, isA(start, .innerPrep) || at(start, .and) || at(start, .or) { start += 1 }
        return start
    }

    /// Splits a phrase at "and"/"or" between nouns ("meetings and cooperation", "Abkhazia and South Ossetia").
    func conjuncts(_ r: Range<Int>) -> RangeList {
        var parts = RangeList()
        var s = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            if isA(i, .conjunction), i > s, !isA(i - 1, .adjective), !(isA(i - 1, .alForm) && !tokens[i - 1].isCapitalized),
                !insideName(i), !(s..<i).contains(where: { atAny($0, [.of, .`for`, .with, .between, .on]) && !insideCapitalisedName($0) })
            {
                parts.append(s..<i)
                s = i + 1
            }
            i += 1
        }
        if s < r.upperBound { parts.append(s..<r.upperBound) }
        return parts
    }

    /// True when token `i` (a preposition) joins capitalised words of one name, as "for" in "Partnership for Peace".
    func insideCapitalisedName(_ i: Int) -> Bool {
        i > 0 && i + 1 < tokens.count && tokens[i - 1].isCapitalized && tokens[i + 1].isCapitalized && i - 1 > 0
    }

    /// True when token `i` lies inside a known multi-word name ("Bosnia and Herzegovina").
    func insideName(_ i: Int) -> Bool {
        for m in mentionAt.list where m.start < i && m.end > i { return true }
        return false
    }

    /// The printed form of a phrase: brackets, determiners, leading years and framing nouns dropped; anaphors resolved.
    func phrase(_ r: Range<Int>) -> Phrase? {
        var a = r.lowerBound
        let b = r.upperBound
        guard a < b else { return nil }
        // Drop framing nouns: "the work of the mission" names the mission.
        // Every framing phrase starts with "the" or its noun: other phrases skip the comparisons (a class bit first).
        for light in Words.lightHeads where b - a > light.count && (at(a, .the) ? isA(a + 1, .frameNoun) : isA(a, .frameNoun)) {
            if (0..<light.count).allSatisfy({ lowerIs(a + $0, light[$0]) }) { a += light.count; break }
        }
        // "that the Russian Federation", "that Venezuela": a complementiser before a phrase is no part of it.
        if at(a, .that), a + 1 < b, at(a + 1, .the) || tokens[a + 1].isCapitalized { a += 1 }
        while a < b, atAny(a, [.the, .a, .an, .all, .both]) || (dateAt[a] != nil && b - a > 1 && isWord(a + 1)) { a += 1 }
        guard a < b else { return nil }
        guard var text = printed(a..<b) else { return nil }
        var entity: Entity?
        // A name may start at the dropped determiner ("the Soviet Union", "The Allies").
        let m0 = mentionAt[a] ?? (r.lowerBound < a ? mentionAt[r.lowerBound] : nil)
        // A capital or a demonym before a noun ("the Delhi bus", "Iranian forces") names that thing, not the state.
        if let (end, alias) = m0, end == b || end >= b - 1 && !alias.metonym {
            entity = alias.entity
            if alias.metonym { text = alias.entity.name }
        } else if b - a == 1, let (_, alias) = m0 {
            entity = alias.entity
        }
        var p = Phrase(range: r, text: text, entity: entity)
        if let resolved = resolveAnaphor(a, b) { p.text = resolved.text; p.entity = resolved.entity }
        return p
    }

    /// The words of `tokens[r]` as printed: single spaces, none before a possessive or around a dash, brackets left out.
    ///
    /// Written into one buffer and made into a string once: appending token strings one by one showed in profiles.
    func printed(_ r: Range<Int>) -> String? {
        var room = 0
        for k in r { room += tokens[k].length + 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { out -> String? in
            var n = 0
            var i = r.lowerBound
            while i < r.upperBound {
                let t = tokens[i]
                if t.isWord(.openParen) {
                    // Keep the acronym out of the printed name.
                    while i < r.upperBound && !tokens[i].isWord(.closeParen) { i += 1 }
                    i += 1
                    continue
                }
                let glued = (t.form == .singleQuote || t.kind == .punct && t.length == 1 && bytes[t.bufferStart] == 0x27) && i > r.lowerBound && tokens[i - 1].end == t.start
                let abbreviationDot = t.isWord(.period) && i > r.lowerBound && tokens[i - 1].isA(.abbreviation)
                if n > 0 && !t.isWord(.possessive) && !glued && !abbreviationDot && !(t.isWord(.dash) || (i > r.lowerBound && tokens[i - 1].isWord(.dash))) {
                    out[n] = 0x20
                    n += 1
                }
                switch t.form {
                case .written:
                    for k in t.bufferStart..<t.bufferEnd { out[n] = bytes[k]; n += 1 }
                case .possessive:
                    out[n] = 0x27
                    out[n + 1] = 0x73
                    n += 2
                case .dash:
                    out[n] = 0x2D
                    n += 1
                case .singleQuote:
                    out[n] = 0x27
                    n += 1
                case .doubleQuote:
                    out[n] = 0x22
                    n += 1
                }
                i += 1
            }
            return n == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
        }
    }

    /// "this forum", "the Council", "the new body", "it", and a bare repeated noun ("meetings") resolved to what they point back to.
    func resolveAnaphor(_ a: Int, _ b: Int) -> Phrase? {
        // "the two sides", "both countries", "our two countries": the pair the document is about.
        if let (x, y) = pair, b - a >= 2 || lowerIs(a - 1, "both"), let h = (a..<min(b, a + 4)).first(where: { Words.pairHeads.contains(lower($0)) }), h == b - 1 || isA(h + 1, .innerPrep),
            (a..<h).contains(where: { lowerIs($0, "two") || lowerIs($0, "both") }) || lowerIs(a - 1, "both")
        {
            // "the two leaders in Dushanbe": the pair, whatever place follows.
            return Phrase(range: a..<b, text: x.name + " and " + y.name, entity: nil)
        }
        // "we", "us", "our Government", "our Agency": the document's author.
        if let me = author {
            if b - a == 1, lowerIs(a, "we") || lowerIs(a, "us") { return Phrase(range: a..<b, text: me.name, entity: me) }
            if b - a <= 3, lowerIs(a, "our"), Words.speakerHeads.contains(lower(b - 1)) { return Phrase(range: a..<b, text: me.name, entity: me) }
        }
        // "They resumed" points back to what the last sentence was about; "it joined" to an actor when that was no named thing.
        if b - a == 1, atAny(a, [.it, .they]), let p = salientPhrase, p.entity != nil || salient == nil || at(a, .they) {
            // "It was succeeded by": the thing the last sentence was about.
            return Phrase(range: a..<b, text: p.text, entity: p.entity)
        }
        if b - a == 1, atAny(a, [.it, .its, .they, .their]) {
            if let s = salient { return Phrase(range: a..<b, text: s.name, entity: s) }
            return nil
        }
        // Determiner + (new|same|former)? + anaphoric head, optionally "for dialogue".
        var i = a
        var det = false
        let lead = a > 0 ? tokens[a - 1].word : -1
        if (lead >= 0 && atAny(a - 1, [.this, .that, .the])) || atAny(a, [.this, .that]) { det = true; if atAny(a, [.this, .that]) { i += 1 } }
        while i < b, at(i, .new) || isA(i, .anaphorModifier) { i += 1 }
        if det, i < b, isA(i, .anaphoricHead), let heads = Self.anaphoricHeads[lower(i)], i + 1 == b || at(i + 1, .`for`) && !tokens[min(i + 2, b - 1)].isCapitalized {
            if tokens[i].isCapitalized || (lead >= 0 && atAny(a - 1, [.this, .the])) || atAny(a, [.this, .that]) {
                // By index, newest first, reading fields in place: copying each remembered phrase showed in profiles.
                var k = recent.endIndex
                while k > recent.startIndex {
                    k -= 1
                    guard let e = recent[k].entity, e.kind == .institution || e.kind == .organisation, recent[k].range != a..<b else { continue }
                    if let h = e.nameHead, heads.contains(h) { return Phrase(range: a..<b, text: e.name, entity: e) }
                }
            }
            return nil
        }
        // A bare common noun that repeats the head of a recent fuller phrase: "meetings" after "formal meetings of the NRC".
        // Not after "a": "signed a treaty" introduces a new one.
        if b - a == 1, !tokens[a].isCapitalized, tokens[a].kind == .word, !atAny(a - 1, [.a, .an]) {
            let key = tokens[a].key
            var k = recent.endIndex
            while k > recent.startIndex {
                k -= 1
                // The cheap tests first, keys then bytes: most remembered phrases have another head, and counting characters is not free.
                if recent[k].headKey == key, let h = recent[k].headBeforeOf, tokens[a].lowerEquals(h, in: bytes), recent[k].text.count > h.count {
                    return Phrase(range: a..<b, text: recent[k].text, entity: recent[k].entity)
                }
            }
        }
        return nil
    }
}

/// The tokens of a sentence and the buffer they index into, with nothing else.
struct TokenView: TokenReader {
    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
}

extension TokenReader {
    /// Token `i` in lower case, or "" out of range.
    func lowerOrEmpty(_ i: Int) -> String { i >= 0 && i < tokens.count ? lower(i) : "" }

    /// The trigger reading of token `i` in context (a verb or noun of the lexicon), with the index after its particle.
    func readTrigger(at i: Int) -> (Trigger, Int)? {
        // "military action in", "military operations against": intervention nouns built from a neutral head.
        if tokens[i].isA(.neutralHead), at(i - 1, .military) {
            return (Trigger(type: .intervene, lemma: lower(i), isNoun: true, isParticiple: false, isGerund: false, particle: [], frame: .transitive, objectPreps: ["in", "against"]), i + 1)
        }
        let id = tokens[i].word
        guard id >= 0, tokens[i].isA(.trigger) else { return nil }
        let options = Lexicon.byWord[Int(id)]
        // After a determiner or possessive a word is a noun or adjective ("the open channel", "its closing").
        // "a brief meeting": a determiner two words back, with a modifier between, also makes a noun.
        let afterDeterminer = isA(i - 1, .determiner) || at(i - 1, .possessive) || isA(i - 1, .adjective) && !at(i - 1, .new)
            || options.contains(where: \.isNoun) && isA(i - 2, .determiner) && tokens[i - 1].kind == .word && !isA(i - 1, [.commonVerb, .verbForm, .adverb])
            && !tokens[i - 1].isCapitalized
        for t in options where t.isNoun {
            guard afterDeterminer || !options.contains(where: { !$0.isNoun }) || t.objectPreps.contains(lowerOrEmpty(i + 1)) else { continue }
            // Capitalised nouns are names ("Cold War"), not events.
            if tokens[i].isCapitalized && i > 0 { continue }
            return (t, i + 1)
        }
        if afterDeterminer && !atAny(i - 1, [.that, .which]) { return nil }
        if tokens[i].isCapitalized && i > 0 { return nil }
        for t in options where !t.isNoun {
            var j = i + 1
            var ok = true
            for p in t.particle {
                // Adverbs may sit between verb and particle ("walked away from", "closed it down" is rare).
                if lowerOrEmpty(j) == p { j += 1 } else if t.frame == .prepositional && t.particle.count == 1 && t.lemma != "apply" && t.lemma != "withdraw" || t.lemma == "withdraw" && t.isParticiple && lowerIs(i, "withdrawn") { break } else { ok = false; break }
            }
            if !ok {
                // "withdrew the accreditation of": an expulsion.
                if t.lemma == "withdraw", at(i + 1, .the) || at(i + 1, .its) || at(i + 1, .their), lowerOrEmpty(i + 2) == "accreditation" {
                    return (Trigger(type: .expel, lemma: "withdraw", isNoun: false, isParticiple: t.isParticiple, isGerund: false, particle: [], frame: .transitive, objectPreps: []), i + 1)
                }
                // "applied to join X" is an application for X.
                if t.lemma == "apply", at(i + 1, .to), lowerOrEmpty(i + 2) == "join" || at(i + 2, .become) {
                    return (t, i + 3)
                }
                continue
            }
            // "succeeded in doing" is not a succession; "open" before a noun is an adjective.
            if t.lemma == "succeed" && at(j, .`in`) && !t.isParticiple { continue }
            return (t, j)
        }
        return nil
    }
}

extension SentenceParser {
    /// A parser for one sentence; `spare` hands in the last sentence's arrays, whose storage is reused.
    ///
    /// Every field is worked out in a local and the memberwise initialiser stores them at once, the spare arrays moved,
    /// not copied: built field by field and then mutated, the parser was made in a temporary, copied out with every
    /// field retained, and the temporary destroyed, once per sentence; and a copied spare array is not unique, so
    /// emptying it made a new one.
    init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, dates: [DateMatch], dateAt: [Int?]? = nil, mentions: Mentions, salient: Entity?, recent: ArraySlice<Phrase>, salientPhrase: Phrase? = nil, author: Entity? = nil, pair: (Entity, Entity)? = nil, reusing spare: consuming Buffers = Buffers()) {
        var c = reclaim(&spare.clause)
        c.append(contentsOf: repeatElement(0, count: tokens.count))
        var n = 0
        for i in tokens.indices {
            let t = tokens[i]
            if t.isWord(.semicolon) || (t.kind == .word && t.isA(.clauseBreak)) {
                n += 1
            }
            c[i] = n
        }
        // Per token an index into `readings`, or -1: an array of optional readings cost more to make and free than the parse.
        var at = reclaim(&spare.triggerAt)
        at.append(contentsOf: repeatElement(-1, count: tokens.count))
        var found = reclaim(&spare.readings)
        let view = TokenView(tokens: tokens, bytes: bytes)
        for i in tokens.indices where tokens[i].isA([.trigger, .neutralHead]) {
            if let r = view.readTrigger(at: i) {
                at[i] = Int32(found.count)
                found.append(r)
            }
        }
        let none = reclaim(&spare.findings)
        self.init(
            tokens: tokens, bytes: bytes, dateAt: dateAt ?? Self.dateIndex(dates, count: tokens.count), dates: dates, mentionAt: mentions,
            clause: c, findings: none, triggerAt: at, readings: found, salient: salient, recent: recent, salientPhrase: salientPhrase, author: author, pair: pair)
    }
}
