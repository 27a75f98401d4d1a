import DyadCore

extension SentenceParser {
    /// The verb group before a verb trigger: where it starts, and whether it is passive or negated.
    struct VerbGroup {
        var start: Int
        var passive: Bool
        var negated: Bool
        var auxiliary: Bool
    }

    func verbGroup(_ i: Int) -> VerbGroup {
        var j = i - 1
        var g = VerbGroup(start: i, passive: false, negated: false, auxiliary: false)
        while j >= 0 {
            let t = tokens[j]
            if t.isA(.be) { g.passive = true; g.auxiliary = true } else if t.isA([.have, .modal, .doForm]) { g.auxiliary = true } else if t.isA(.negation) { g.negated = true } else if !t.isA(.adverb) || j == 0 && lowerIs(j, "then") { break }
            g.start = j
            j -= 1
        }
        return g
    }

    /// The subject of the verb whose group starts at `g` (the trigger is at `i`).
    func subject(groupStart g: Int, trigger i: Int, depth: Int = 0) -> Phrase? {
        let j = g - 1
        guard j >= 0, depth < 4 else { return nil }
        if at(j, .to) {
            // Infinitive: an object-control verb gives its object ("required NATO to close"); otherwise the governor's subject.
            var k = j - 1
            // "The OSCE's decision later that year to dissolve": the date sits between the noun and its infinitive.
            if k >= 0, let d = dateAt[k], dates[d].range.lowerBound > 0 { k = dates[d].range.lowerBound - 1 }
            if k >= 0, tokens[k].kind != .punct {
                if isA(k, .factNoun) {
                    if at(k - 1, .possessive) { let s = phraseLeft(endingBefore: k - 1); return s < k - 1 ? phrase(s..<(k - 1)) : nil }
                    if atAny(k - 1, [.its, .their]) { return phrase((k - 1)..<k) }
                    return nil
                }
                let s = phraseLeft(endingBefore: k + 1)
                if s <= k, s > 0, isA(s - 1, .objectControl) { return phrase(s..<(k + 1)) }
                if isA(k, .objectControl) { return nil }
                // "China became the first Dialogue Partner to accede": the infinitive after a noun shares the clause's subject.
                if !isA(k, [.verbForm, .commonVerb, .edForm]) && !hasTrigger(at: k) {
                    var v = k - 1
                    while v >= 0, k - v <= 8, tokens[v].kind != .punct, !isA(v, [.commonVerb, .be]) { v -= 1 }
                    if v >= 0, k - v <= 8, isA(v, [.commonVerb, .be]) {
                        let vg = verbGroup(v)
                        return subject(groupStart: vg.start, trigger: v, depth: depth + 1)
                    }
                }
                // "continue to condemn", "agreed to create": the governing verb's subject.
                let gg = verbGroup(k)
                return subject(groupStart: gg.start, trigger: k, depth: depth + 1)
            }
            return nil
        }
        if at(j, .and) || at(j, .but) || at(j, .or) || at(j, .comma) && (at(j - 1, .and) || at(j - 1, .but)) {
            // A coordinated verb shares the subject of the verb before it.
            if let prev = findings.last(where: { $0.trigger < i && !$0.passive }) { return prev.subject }
            // No event there: find that verb ("Iraq was among the founders and joined ...") and take its subject.
            var k = j - 1
            // Bounded like the modal window: a verb further back than that is not this one's partner.
            let floor = max(0, j - Self.windowReach)
            while k >= floor, !(isA(k, .be) || isA(k, .have) || isA(k, [.commonVerb, .pastForm]) && !tokens[k].isCapitalized || isA(k, .edForm) && !tokens[k].isCapitalized && !isA(k - 1, .determiner)), !tokens[k].isWord(.semicolon) { k -= 1 }
            if k > 0, k >= floor, !tokens[k].isWord(.semicolon) {
                let vg = verbGroup(k + 1 < tokens.count && (isA(k, .be) || isA(k, .have)) ? k + 1 : k)
                let s = phraseLeft(endingBefore: min(vg.start, k))
                if s < min(vg.start, k) { return phrase(s..<min(vg.start, k)) }
            }
            return nil
        }
        if at(j, .by), tokens[i].isGerund {
            // "Caracas responds by freezing relations": the verb before "by" has the subject.
            if j >= 1, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized, isA(j - 1, [.verbForm, .commonVerb, .pastForm]) || lowerOrEmpty(j - 1).hasSuffix("s") {
                let vg = verbGroup(j - 1)
                if let p = subject(groupStart: vg.start, trigger: j - 1, depth: depth + 1) { return p }
            }
            return mainSubject()
        }
        if !atAny(j, CoreSet.relativePronouns), let r = relativeBefore(g) {
            // "which at its Madrid meeting later that month suspended": an adjunct between the relative pronoun and its verb.
            var k = r
            if at(k - 1, .comma) { k -= 1 }
            let s = relativeAntecedent(phraseLeft(endingBefore: k), k)
            return s < k ? phrase(s..<k) : nil
        }
        if atAny(j, CoreSet.relativePronouns) {
            // A relative clause: the antecedent before the relative pronoun.
            var k = j
            if at(k - 1, .comma) { k -= 1 }
            let s = relativeAntecedent(phraseLeft(endingBefore: k), k)
            // "Venezuela was one of the 21 states that signed", "our country was among the six states that signed": the
            // one who was among them acts.
            if let member = memberOfGroup(s, k) { return member }
            return s < k ? phrase(s..<k) : nil
        }
        if at(j, .comma) && !at(j - 1, .and) {
            // "The Agreement, known as X, was signed": skip the apposition back to its head.
            return appositionHead(before: j)
        }
        var s = phraseLeft(endingBefore: j + 1)
        guard s <= j else { return nil }
        // "Saudi Arabia, the UAE and Bahrain severed": a list of actors before the verb is the subject, every item of it.
        if mentionAt.start(endingAt: j + 1) != nil || (s...j).contains(where: { at($0, .and) }) {
            while at(s - 1, .comma), let m = mentionAt.start(endingAt: s - 1), let (_, alias) = mentionAt[m], alias.entity.kind == .state || alias.entity.kind == .organisation {
                s = at(m - 1, .the) ? m - 1 : m
            }
        }
        // "North Korea announces that it is leaving": the pronoun is the reporting verb's subject.
        if at(s, .that), s == j - 1, atAny(j, [.it, .they]), s > 0 {
            let vg = verbGroup(s - 1)
            if isA(s - 1, [.commonVerb, .verbForm]) || hasTrigger(at: s - 1), let p = subject(groupStart: vg.start, trigger: s - 1, depth: depth + 1) { return p }
            s += 1
        }
        // "it is Russia that": the focus of a cleft.
        return phrase(s..<(j + 1))
    }

    /// A relative pronoun a few words before the verb group at `g` with only an adjunct between them (a preposition's phrase or a date).
    func relativeBefore(_ g: Int) -> Int? {
        var k = g - 1
        guard k >= 1, dateAt[k] != nil || !isA(k, [.determiner]) else { return nil }
        var sawAdjunct = false
        while k >= 1, g - k <= 10 {
            if atAny(k, CoreSet.relativePronouns) { return sawAdjunct && k + 1 < g && (isA(k + 1, .innerPrep) || dateAt[k + 1] != nil) ? k : nil }
            let nounUse = k > 0 && (isA(k - 1, .determiner) || tokens[k - 1].isCapitalized)
            if tokens[k].kind == .punct || isVerbTrigger(at: k) && !nounUse || isA(k, [.commonVerb, .modal, .clauseOpener]) { return nil }
            if isA(k, .innerPrep) || dateAt[k] != nil { sawAdjunct = true }
            k -= 1
        }
        return nil
    }

    /// The subject of "X was one of / among the N states" when the group phrase `s..<k` follows such a copula.
    func memberOfGroup(_ s: Int, _ k: Int) -> Phrase? {
        var a = s
        if lowerIs(a, "one"), at(a + 1, .of) { a += 2 } else if lowerIs(a, "among") { a += 1 }
        var b = s - 1
        if a == s {
            // phraseLeft may have stopped at "among" or "of": look just before the group.
            if lowerIs(s - 1, "among") { b = s - 2 } else if at(s - 1, .of), lowerIs(s - 2, "one") { b = s - 3 } else { return nil }
        }
        guard b >= 0, isA(b, .be) else { return nil }
        let vg = verbGroup(b)
        let start = phraseLeft(endingBefore: vg.start)
        return start < vg.start ? phrase(start..<vg.start) : nil
    }

    /// The noun phrase before an apposition that ends with the comma at `comma` ("The Agreement, known as X,").
    func appositionHead(before comma: Int) -> Phrase? {
        var k = comma - 1
        while k >= 0, comma - k < 12, !tokens[k].isWord(.comma) { if tokens[k].kind == .punct && !atAny(k, [.dash, .closeParen, .openParen]) { return nil }; k -= 1 }
        guard k > 0, tokens[k].isWord(.comma) else { return nil }
        // An opening adverbial ("In 2001, NATO") is not an apposition: the part between commas would be the subject.
        let s = phraseLeft(endingBefore: k)
        guard s < k, s == 0 || isA(s - 1, .determiner) == false else { return nil }
        if dateAt[s] != nil || isA(max(0, s - 1), .innerPrep) && s > 0 { return nil }
        return phrase(s..<k)
    }

    /// The first noun phrase of the sentence's main clause, for gerunds ("by establishing") and cataphora.
    func mainSubject() -> Phrase? {
        var i = 0
        // A chronology line opens with its date and a dash ("23 February 2019 – Maduro severs ...").
        if let d = dateAt[0], at(dates[d].range.upperBound, .dash) {
            i = dates[d].range.upperBound + 1
        } else if isA(0, .innerPrep) || dateAt[0] != nil || atAny(0, CoreSet.openingAdverbials) {
            // Skip an opening adverbial up to its comma ("In October 2021,", "To that end,").
            guard let comma = tokens.firstIndex(where: { $0.isWord(.comma) }) else { return nil }
            i = comma + 1
        }
        let e = phraseRight(from: i)
        return e > i ? phrase(i..<e) : nil
    }

    /// The objects after a verb or noun trigger: each conjunct with its own trailing date.
    func objects(from start: Int) -> [(Phrase, DateMatch?, Range<Int>)] {
        var out: [(Phrase, DateMatch?, Range<Int>)] = []
        var i = start
        while i < tokens.count, isA(i, .adverb) { i += 1 }
        // "halted both the Samjhauta Express and the bus": the pair marker is no part of either object.
        if atAny(i, [.both]) || lowerIs(i, "either"), i + 1 < tokens.count, tokens[i + 1].kind == .word { i += 1 }
        var rounds = 0
        while i < tokens.count && rounds < 6 {
            rounds += 1
            let e = phraseRight(from: i)
            guard e > i else { break }
            var k = e
            var date: DateMatch?
            // A date right after the conjunct, bare, after a preposition, or in brackets, is its own.
            var d = k
            if atAny(d, CoreSet.beforeOwnDate) { d += 1 }
            if d < tokens.count, let di = dateAt[d], dates[di].range.lowerBound == d {
                date = dates[di]
                k = dates[di].range.upperBound
                if at(k, .closeParen) { k += 1 }
            }
            for part in conjuncts(i..<e) {
                if let p = phrase(part) { out.append((p, date, part)) }
            }
            // "the Agreement on Trade in Goods in November 2004, the Agreement on Trade in Services in January 2007 and …":
            // a list whose items carry dates of their own goes on after the comma.
            if date != nil, at(k, .comma) {
                let n = at(k + 1, .and) ? k + 2 : k + 1
                if n < tokens.count, isA(n, .determiner) && n + 1 < tokens.count && tokens[n + 1].isCapitalized || tokens[n].isCapitalized && dateAt[n] == nil,
                    !isVerbTrigger(at: n), !isA(n, .clauseOpener), case let e = phraseRight(from: n), e > n,
                    // the next item must carry its own date too, or it starts a clause of its own
                    e < tokens.count && (dateAt[e] != nil || atAny(e, CoreSet.beforeOwnDate) && e + 1 < tokens.count && dateAt[e + 1] != nil)
                {
                    i = n
                    continue
                }
            }
            // A parenthesis between dashes is skipped: "cooperation – including X – and meetings".
            if at(k, .dash) {
                var m = k + 1
                while m < tokens.count, m - k < 30, !at(m, .dash) { m += 1 }
                if m < tokens.count, at(m, .dash) { k = m + 1 } else { break }
            }
            // "joined the PfP, the NACC and the EAPC": a serial list takes every item, not only the first.
            if at(k, .comma), date == nil, let items = serialList(after: k) {
                for item in items {
                    for part in conjuncts(item) {
                        if let p = phrase(part) { out.append((p, nil, part)) }
                    }
                }
                break
            }
            if (at(k, .and) || at(k, .or) || at(k, .`as`) && at(k + 1, .well) && at(k + 2, .`as`)), k + 1 < tokens.count {
                let n = at(k, .`as`) ? k + 3 : k + 1
                // "annexation of Crimea and Sevastopol": a bare noun after "and" continues the prepositional object.
                if (i..<e).contains(where: { atAny($0, [.of, .`for`, .with, .between, .on]) }), !isA(n, .determiner) { break }
                // "and suspend the work of ...": a new verb, not another object.
                if isVerbTrigger(at: n) { break }
                if isA(n, .commonVerb) || isA(n, .modal) || isA(n, .adverb) { break }
                // "and cancelled the summit": a past verb, then a determiner, starts a new clause.
                if !tokens[n].isCapitalized, w(n).hasSuffix("ed"), isA(n + 1, .determiner) { break }
                // "and entered into force", "and imposed further sanctions": a conjunct that starts with a verb is a new clause.
                if startsVerbPhrase(n) { break }
                let e2 = phraseRight(from: n)
                if e2 < tokens.count, isVerbTrigger(at: e2) { break }
                if isA(e2, .commonVerb) || isA(e2, .modal) { break }
                i = n
                continue
            }
            break
        }
        return out
    }

    /// The further items of a list that goes on after a comma at `comma`: ", B, C and D" or ", B, and C".
    ///
    /// Only a list that ends in "and"/"or" counts, and each item must open like a noun phrase, so a comma
    /// before a relative clause, an apposition with a verb, or a date is never read as a list.
    func serialList(after comma: Int) -> [Range<Int>]? {
        func item(at n: Int, last: Bool = false) -> Range<Int>? {
            guard n < tokens.count, tokens[n].kind == .word, dateAt[n] == nil else { return nil }
            // Inner items must look like names or start with a determiner; the last, after "and", may be a bare noun.
            let t = tokens[n]
            let verbLike = lower(n).hasSuffix("ed") || t.isA([.verbForm, .commonVerb, .modal])
            let bare = last && !t.isA([.adverb, .innerPrep]) && !verbLike
            let opensNounPhrase = isA(n, .determiner) || tokens[n].isCapitalized || tokens[n].isAcronym || bare
            guard opensNounPhrase, !isA(n, .clauseOpener), !startsVerbPhrase(n) else { return nil }
            if isVerbTrigger(at: n) { return nil }
            let e = phraseRight(from: n)
            guard e > n else { return nil }
            // An item that names an event of its own ("its annexation of Crimea") is not a listed object.
            if (n..<e).contains(where: { hasTrigger(at: $0) }) { return nil }
            // An item followed by a verb is the subject of a new clause ("…, Russia objected"), not a listed object.
            if e < tokens.count, isVerbTrigger(at: e) { return nil }
            if isA(e, .commonVerb) || isA(e, .modal) { return nil }
            return n..<e
        }
        var items: [Range<Int>] = []
        var c = comma
        while c < tokens.count, at(c, .comma), items.count < 8 {
            var n = c + 1
            let last = at(n, .and) || at(n, .or)
            if last { n += 1 }
            guard let r = item(at: n, last: last) else { return nil }
            items.append(r)
            // An item that takes in "and X" itself ("the NACC and the EAPC") ends the list; conjuncts splits it later.
            if last || r.contains(where: { at($0, .and) || at($0, .or) }) { return items }
            let e = r.upperBound
            if at(e, .and) || at(e, .or) {
                guard let final = item(at: e + 1, last: true) else { return nil }
                items.append(final)
                return items
            }
            c = e
        }
        return nil
    }

    /// True when token `n` (after "and"/"or") is a verb opening a coordinated clause rather than the first word of another object.
    func startsVerbPhrase(_ n: Int) -> Bool {
        guard n < tokens.count, tokens[n].kind == .word, !tokens[n].isCapitalized else { return false }
        let t = tokens[n]
        if t.isA([.adjective, .determiner]) { return false }
        // A past form of a known verb ("entered", "imposed", "took") is a verb here.
        if t.isA(.pastForm) { return true }
        // Other forms may be nouns ("support", "visits"): only before what a verb takes (a determiner, an adverb, a preposition of motion).
        let verbContext = isA(n + 1, [.determiner, .adverb]) || ["into", "to", "up", "down", "out", "off"].contains(w(n + 1))
        if t.isA(.verbForm), verbContext, !t.isA(.ingForm) || isA(n + 1, .determiner) { return true }
        // An unknown "-ed" word before a preposition or adverb ("and moved into", "and reacted swiftly") is a verb too.
        if t.isA(.edForm), isA(n + 1, [.adverb, .innerPrep]) { return true }
        return false
    }

    /// The start of the antecedent of a relative pronoun after `s..<k`: in "a founding member of the Organisation of African
    /// Unity, which …" the relative clause is about the name, not the role. A common noun head before "of" gives way to the
    /// capitalised name after it, unless that noun names an event or activity ("the annexation of Crimea, which …").
    func relativeAntecedent(_ s: Int, _ k: Int) -> Int {
        guard s < k else { return s }
        var m = s
        while m < k {
            if at(m, .of), m > s, !tokens[m - 1].isCapitalized, tokens[m - 1].kind == .word {
                let y = at(m + 1, .the) ? m + 2 : m + 1
                guard y < k, tokens[y].isCapitalized || tokens[y].isAcronym else { return s }
                // The rest must be one name: capitalised words, with "of", "and", "for", "the" inside.
                guard (y..<k).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isAcronym || atAny($0, CoreSet.insideNames) }) else { return s }
                let head = w(m - 1)
                let activity = hasTrigger(at: m - 1) || ["tion", "sion", "ment", "ing", "ings", "ance", "ence", "tions", "ments"].contains(where: { head.hasSuffix($0) })
                    || ["meetings", "talks", "relations", "cooperation", "work", "activities", "war", "attack", "attacks"].contains(head)
                return activity ? s : m + 1
            }
            m += 1
        }
        return s
    }

    /// The phrase after "by" within a few tokens of `from` (the agent of a passive, the successor of a replacement).
    func byPhrase(after from: Int) -> (Phrase, Int)? {
        var i = from
        var steps = 0
        while i < tokens.count && steps < 8 {
            if at(i, .by), i + 1 < tokens.count, dateAt[i + 1] == nil {
                let e = phraseRight(from: i + 1)
                if e > i + 1, let p = phrase((i + 1)..<e) { return (p, e) }
                return nil
            }
            if let d = dateAt[i] { i = dates[d].range.upperBound; steps += 1; continue }
            // A place between the verb and its agent: "signed in Asmara by", "concluded in Vienna on 14 July 2015 by".
            if atAny(i, [.`in`, .at]), i + 1 < tokens.count, tokens[i + 1].isCapitalized, dateAt[i + 1] == nil {
                var k = i + 1
                while k < tokens.count, k - i <= 4, tokens[k].isCapitalized, dateAt[k] == nil { k += 1 }
                if at(k, .comma) { k += 1 }
                i = k
                steps += 1
                continue
            }
            if atAny(i, [.`in`, .on, .at, .during]) || isA(i, .adverb) { i += 1; steps += 1; continue }
            return nil
        }
        return nil
    }
}

extension Token {
    /// True for an -ing form.
    var isGerund: Bool { isA(.ingForm) }
}
