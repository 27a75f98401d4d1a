import DyadCore

/// The shallow parser for one sentence: dates, names, triggers and their arguments.
///
/// No full syntax: noun phrases are grown left and right from each trigger under a few rules that
/// cover the genre (coordination, passives, relative clauses, control verbs, nominalisations).
struct SentenceParser {
    let tokens: [Token]
    /// Which date match covers each token, if any.
    var dateAt: [Int?]
    var dates: [DateMatch]
    /// Which entity mention starts at each token: (end, alias).
    var mentionAt: [Int: (Int, Alias)]
    /// Clause number of each token.
    var clause: [Int]
    var findings: [Finding] = []
    /// The start of the mention that ends at each token end, for leftward scans.
    var mentionEnding: [Int: Int] = [:]
    /// Trigger readings, worked out once per token (nil: not yet asked; .some(nil): none).
    var triggerCache: [(Trigger, Int)??]
    /// The document's salient actor before this sentence, for "it" and "its".
    var salient: Entity?
    /// Recently named things, most recent last, for "this forum", "the Council", "meetings".
    var recent: [Phrase]
    /// What the previous sentence was about: the noun phrase in its subject position.
    var salientPhrase: Phrase?
    /// What this sentence is about, for the next one.
    var topic: Phrase?

    init(tokens: [Token], dates: [DateMatch], mentions: [Int: (Int, Alias)], salient: Entity?, recent: [Phrase], salientPhrase: Phrase? = nil) {
        self.salientPhrase = salientPhrase
        self.tokens = tokens
        self.dates = dates
        self.mentionAt = mentions
        self.salient = salient
        self.recent = recent
        var at = [Int?](repeating: nil, count: tokens.count)
        for (k, d) in dates.enumerated() { for i in d.range { at[i] = k } }
        self.dateAt = at
        var c = [Int](repeating: 0, count: tokens.count)
        var n = 0
        for i in tokens.indices {
            let t = tokens[i]
            if t.text == ";" || (t.kind == .word && Words.clauseOpeners.contains(t.lower) && !["as", "since", "until", "after", "before", "following", "including", "than", "once", "so"].contains(t.lower)) {
                n += 1
            }
            c[i] = n
        }
        self.clause = c
        for (s, m) in mentions { mentionEnding[m.0] = s }
        triggerCache = Array(repeating: nil, count: tokens.count)
        for i in tokens.indices where Lexicon.forms.contains(tokens[i].lower) || Lexicon.neutralHeads.contains(tokens[i].lower) {
            triggerCache[i] = .some(readTrigger(at: i))
        }
    }

    func w(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind != .punct }

    // MARK: Triggers

    /// The trigger reading of token `i` in context, with the index after its particle.
    func trigger(at i: Int) -> (Trigger, Int)? {
        guard i >= 0, i < triggerCache.count, let cached = triggerCache[i] else { return nil }
        return cached
    }

    func readTrigger(at i: Int) -> (Trigger, Int)? {
        let lower = w(i)
        // "military action in", "military operations against": intervention nouns built from a neutral head.
        if (lower == "action" || lower == "actions" || lower == "operation" || lower == "operations"), w(i - 1) == "military" {
            return (Trigger(type: .intervene, lemma: lower, isNoun: true, isParticiple: false, isGerund: false, particle: [], frame: .transitive, objectPreps: ["in", "against"]), i + 1)
        }
        guard let options = Lexicon.table[lower] else { return nil }
        let prev = w(i - 1)
        // After a determiner or possessive a word is a noun or adjective ("the open channel", "its closing").
        let afterDeterminer = Words.determiners.contains(prev) || prev == "'s" || Words.adjectives.contains(prev) && prev != "new"
        for t in options where t.isNoun {
            guard afterDeterminer || !options.contains(where: { !$0.isNoun }) || t.objectPreps.contains(w(i + 1)) else { continue }
            // Capitalised nouns are names ("Cold War"), not events.
            if tokens[i].isCapitalized && i > 0 { continue }
            return (t, i + 1)
        }
        if afterDeterminer && !(prev == "that" || prev == "which") { return nil }
        if tokens[i].isCapitalized && i > 0 { return nil }
        for t in options where !t.isNoun {
            var j = i + 1
            var ok = true
            for p in t.particle {
                // Adverbs may sit between verb and particle ("walked away from", "closed it down" is rare).
                if w(j) == p { j += 1 } else if t.frame == .prepositional && t.particle.count == 1 && t.lemma != "apply" && t.lemma != "withdraw" { break } else { ok = false; break }
            }
            if !ok {
                // "withdrew the accreditation of": an expulsion.
                if t.lemma == "withdraw", w(i + 1) == "the" || w(i + 1) == "its" || w(i + 1) == "their", w(i + 2) == "accreditation" {
                    return (Trigger(type: .expel, lemma: "withdraw", isNoun: false, isParticiple: t.isParticiple, isGerund: false, particle: [], frame: .transitive, objectPreps: []), i + 1)
                }
                // "applied to join X" is an application for X.
                if t.lemma == "apply", w(i + 1) == "to", w(i + 2) == "join" || w(i + 2) == "become" {
                    return (t, i + 3)
                }
                continue
            }
            // "succeeded in doing" is not a succession; "open" before a noun is an adjective.
            if t.lemma == "succeed" && w(j) == "in" && !t.isParticiple { continue }
            return (t, j)
        }
        return nil
    }

    // MARK: Noun phrases

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
        let l = t.lower
        // A capitalised word inside a sentence is a name ("United States"), whatever it spells.
        if t.isCapitalized && i > 0 && !Words.clauseOpeners.contains(l) { return false }
        if Words.clauseOpeners.contains(l) || l == "that" && leftward == false && i > 0 && tokens[i - 1].kind == .word && !Words.determiners.contains(w(i - 1)) { return true }
        if Words.commonVerbs.contains(l) || Words.modals.contains(l) || Words.negations.contains(l) { return true }
        if ["by", "through", "during", "despite", "amid", "due", "over", "via", "as", "because", "and", "or", "nor", "both", "either", "led", "without", "toward", "towards", "across", "around", "about", "per", "like", "than", "not"].contains(l) { return true }
        if Words.adverbs.contains(l) && !Words.adjectives.contains(l) && l != "first" { return true }
        return false
    }

    /// A noun phrase starting at `i`: its end (exclusive). Stops before dates, clause words and verbs.
    func phraseRight(from start: Int, limit: Int = 14) -> Int {
        var i = start
        var sawWord = false
        while i < tokens.count && i - start < limit {
            let t = tokens[i]
            // A known name is taken whole, even with "and" or a comma inside.
            if let (end, _) = mentionAt[i], end > i + 1 {
                i = end
                sawWord = true
                continue
            }
            if let d = dateAt[i] {
                // A year as a pre-modifier ("the 2002 Rome Declaration") stays in the phrase.
                let m = dates[d]
                if m.range.count == 1, i + 1 < tokens.count, tokens[i + 1].isCapitalized || tokens[i + 1].kind == .word && !Words.innerPreps.contains(w(i + 1)) && !stopsPhrase(i + 1, leftward: false) && w(i + 1) != "and" {
                    i += 1
                    continue
                }
                break
            }
            if t.kind == .punct {
                // An acronym in brackets belongs to the name before it: "Information Office in Moscow (NIO)".
                if t.text == "(", sawWord, i + 2 < tokens.count, tokens[i + 1].isAcronym || tokens[i + 1].isCapitalized, dateAt[i + 1] == nil, tokens[i + 2].text == ")" {
                    i += 3
                    continue
                }
                if t.text == "'s" { i += 1; continue }
                break
            }
            let l = t.lower
            if l == "'s" { i += 1; continue }
            if l == "and" || l == "or" {
                // "civilian and military cooperation": coordinated adjectives before one noun.
                if sawWord, Words.adjectives.contains(w(i - 1)) || (w(i - 1).hasSuffix("al") && !tokens[i - 1].isCapitalized), isWord(i + 1), !tokens[i + 1].isCapitalized, trigger(at: i + 1) == nil {
                    i += 1
                    continue
                }
                // "Bosnia and Herzegovina" and other names with "and" inside come from the gazetteer.
                break
            }
            if Words.innerPreps.contains(l) {
                guard sawWord, isWord(i + 1), dateAt[i + 1] == nil else { break }
                let next = w(i + 1) == "the" ? i + 2 : i + 1
                if next < tokens.count, dateAt[next] != nil { break }
                if Words.placePreps.contains(l), !(l == "in" && Words.inTakers.contains(w(i - 1)) && w(i - 1) != "cooperation") {
                    // Only before a name: "in Moscow" stays, "in some areas" does not.
                    guard next < tokens.count, tokens[next].isCapitalized || tokens[next].isAcronym else { break }
                }
                if l == "to" {
                    // "to" before a verb ends the phrase ("decision to curtail").
                    guard next < tokens.count, tokens[next].isCapitalized || Words.determiners.contains(w(i + 1)) else { break }
                }
                if l == "against" || l == "from" { break }
                i += 1
                continue
            }
            if stopsPhrase(i, leftward: false) { break }
            // A verb-like word after the head ends the phrase ("the NIO served as").
            if sawWord, !t.isCapitalized, (l.hasSuffix("ed") && l.count > 4), !Words.adjectives.contains(l), !Words.determiners.contains(w(i - 1)) { break }
            if sawWord, trigger(at: i).map({ !$0.0.isNoun }) == true { break }
            sawWord = true
            i += 1
        }
        // Never end on a preposition or a determiner.
        while i > start, Words.innerPreps.contains(w(i - 1)) || Words.determiners.contains(w(i - 1)) { i -= 1 }
        return i
    }

    /// A noun phrase ending just before `end`: its start. Stops at clause words, verbs and punctuation.
    func phraseLeft(endingBefore end: Int, limit: Int = 12) -> Int {
        var i = end - 1
        var start = end
        while i >= 0 && end - i <= limit {
            let t = tokens[i]
            if let s = mentionEnding[i + 1], s < i {
                start = s
                i = s - 1
                continue
            }
            if t.text == ")" {
                // Skip a bracketed acronym.
                if i >= 2, tokens[i - 2].text == "(" { i -= 3; continue }
                break
            }
            if t.lower == "'s" { start = i; i -= 1; continue }
            if t.kind == .punct { break }
            let l = t.lower
            if dateAt[i] != nil {
                // A year pre-modifier inside the phrase ("The 1997 Founding Act").
                if dates[dateAt[i]!].range.count == 1, start < end, i > 0, Words.determiners.contains(w(i - 1)) { start = i; i -= 1; continue }
                if start < end, dates[dateAt[i]!].range.count == 1, i == 0 { start = i; i -= 1; continue }
                break
            }
            if l == "and" || l == "or" {
                // Keep coordinated names and nouns ("NATO and Russia", "meetings and cooperation") and adjectives.
                if start < end, i > 0, tokens[i - 1].kind == .word, !stopsPhrase(i - 1, leftward: true), !Words.innerPreps.contains(w(i - 1)) { i -= 1; continue }
                break
            }
            if Words.innerPreps.contains(l) {
                if start == end { break }
                if ["of", "for", "with", "within", "to", "under", "between", "in", "on", "at"].contains(l) {
                    if Words.placePreps.contains(l), !(tokens[start].isCapitalized || w(start) == "the" && start + 1 < end && tokens[start + 1].isCapitalized) { break }
                    i -= 1
                    continue
                }
                break
            }
            if stopsPhrase(i, leftward: true) { break }
            if trigger(at: i).map({ !$0.0.isNoun }) == true { break }
            if !t.isCapitalized, l.hasSuffix("ed"), l.count > 4, !Words.adjectives.contains(l), i > 0, !Words.determiners.contains(w(i - 1)) { break }
            start = i
            i -= 1
        }
        // Never start on a preposition.
        while start < end, Words.innerPreps.contains(w(start)) || w(start) == "and" || w(start) == "or" { start += 1 }
        return start
    }

    /// Splits a phrase at "and"/"or" between nouns ("meetings and cooperation", "Abkhazia and South Ossetia").
    func conjuncts(_ r: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var s = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            let l = w(i)
            if (l == "and" || l == "or"), i > s, !Words.adjectives.contains(w(i - 1)), !(w(i - 1).hasSuffix("al") && !tokens[i - 1].isCapitalized),
                !insideName(i), !(s..<i).contains(where: { ["of", "for", "with", "between", "on"].contains(w($0)) && !insideCapitalisedName($0) })
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
        for (start, v) in mentionAt where start < i && v.0 > i { return true }
        return false
    }

    /// The printed form of a phrase: brackets, determiners, leading years and framing nouns dropped; anaphors resolved.
    func phrase(_ r: Range<Int>) -> Phrase? {
        var a = r.lowerBound
        let b = r.upperBound
        guard a < b else { return nil }
        // Drop framing nouns: "the work of the mission" names the mission.
        for light in Words.lightHeads where b - a > light.count {
            if (0..<light.count).allSatisfy({ w(a + $0) == light[$0] }) { a += light.count; break }
        }
        while a < b, ["the", "a", "an", "all", "both"].contains(w(a)) || (dateAt[a] != nil && b - a > 1 && isWord(a + 1)) { a += 1 }
        guard a < b else { return nil }
        var text = ""
        var i = a
        while i < b {
            let t = tokens[i]
            if t.text == "(" {
                // Keep the acronym out of the printed name.
                while i < b && tokens[i].text != ")" { i += 1 }
                i += 1
                continue
            }
            if !text.isEmpty && t.lower != "'s" && !(t.text == "-" || (i > a && tokens[i - 1].text == "-")) { text += " " }
            text += t.text
            i += 1
        }
        guard !text.isEmpty else { return nil }
        var entity: Entity?
        // A name may start at the dropped determiner ("the Soviet Union", "The Allies").
        let m0 = mentionAt[a] ?? (r.lowerBound < a ? mentionAt[r.lowerBound] : nil)
        if let (end, alias) = m0, end == b || end >= b - 1 {
            entity = alias.entity
            if alias.metonym { text = alias.entity.name }
        } else if b - a == 1, let (_, alias) = m0 {
            entity = alias.entity
        }
        var p = Phrase(range: r, text: text, entity: entity)
        if let resolved = resolveAnaphor(a, b) { p.text = resolved.text; p.entity = resolved.entity }
        return p
    }

    /// "this forum", "the Council", "the new body", "it", and a bare repeated noun ("meetings") resolved to what they point back to.
    func resolveAnaphor(_ a: Int, _ b: Int) -> Phrase? {
        let first = w(a)
        let lead = a > 0 ? w(a - 1) : ""
        if b - a == 1, first == "it" || first == "they", let p = salientPhrase {
            // "It was succeeded by": the thing the last sentence was about.
            return Phrase(range: a..<b, text: p.text, entity: p.entity)
        }
        if b - a == 1, first == "it" || first == "its" || first == "they" || first == "their" {
            if let s = salient { return Phrase(range: a..<b, text: s.name, entity: s) }
            return nil
        }
        // Determiner + (new|same|former)? + anaphoric head, optionally "for dialogue".
        var i = a
        var det = false
        if ["this", "that", "the"].contains(lead) || ["this", "that"].contains(first) { det = true; if first == "this" || first == "that" { i += 1 } }
        while i < b, ["new", "same", "former", "latter", "joint"].contains(w(i)) { i += 1 }
        if det, i < b, let heads = Self.anaphoricHeads[w(i)], i + 1 == b || w(i + 1) == "for" && !tokens[min(i + 2, b - 1)].isCapitalized {
            if tokens[i].isCapitalized || lead == "this" || first == "this" || lead == "the" || first == "that" {
                for p in recent.reversed() {
                    guard let e = p.entity, e.kind == .institution || e.kind == .organisation, p.range != a..<b else { continue }
                    if let h = p.nameHead, heads.contains(h) { return Phrase(range: a..<b, text: e.name, entity: e) }
                }
            }
            return nil
        }
        // A bare common noun that repeats the head of a recent fuller phrase: "meetings" after "formal meetings of the NRC".
        if b - a == 1, !tokens[a].isCapitalized, tokens[a].kind == .word {
            for p in recent.reversed() where p.text.count > first.count {
                if let h = p.headBeforeOf, h == first { return Phrase(range: a..<b, text: p.text, entity: p.entity) }
            }
        }
        return nil
    }
}
