import DyadCore

extension SentenceParser {
    /// Finds every event in the sentence, left to right.
    mutating func parse() {
        var i = 0
        while i < tokens.count {
            if dateAt[i] == nil {
                if atAny(i, [.become, .became, .becomes]) { becomeEvent(i) } else if let (t, after) = trigger(at: i) {
                    if t.isNoun { nounEvent(t, i, after) } else { verbEvent(t, i, after) }
                }
            }
            i += 1
        }
        documentsNamed()
        // One event per type and object in a sentence ("war of aggression" names one war).
        // A sentence holds a handful of findings: comparing them pairwise beats building a key string for each.
        guard findings.count > 1 else { return }
        // In place, by index: the kept findings are moved to the front in their order, the repeats dropped at the end.
        var kept = 0
        for r in findings.indices {
            var repeated = false
            // Two actors doing the same to one object are two events ("Greece and Turkey joined NATO").
            for k in 0..<kept where findings[k].type == findings[r].type && Self.sameText(findings[k].object?.text, findings[r].object?.text) && Self.sameText(findings[k].by?.text, findings[r].by?.text)
                && (findings[k].subject?.entity == nil || findings[r].subject?.entity == nil || findings[k].subject?.entity == findings[r].subject?.entity)
            {
                repeated = true
                break
            }
            if repeated { continue }
            if kept != r { findings.swapAt(kept, r) }
            kept += 1
        }
        findings.removeLast(findings.count - kept)
    }

    /// Agreements told by their name and date, or as what "followed": "the Kharkiv Accords of 21 April 2010", "the Trilateral
    /// Statement of 14 January 1994", "a treaty on the Sea of Azov followed on 24 December 2003", "followed in November 1996 by
    /// an accord on confidence-building measures". Each is a signing; nothing here repeats what a trigger already found.
    mutating func documentsNamed() {
        var k = 1
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard isA(k, .signableHead) || lowerIs(k, "followed") else { continue }
            var object: Range<Int>?
            var own: DateMatch?
            if isA(k, .signableHead), tokens[k].isCapitalized, at(k + 1, .of), k + 2 < tokens.count, let d = dateAt[k + 2], dates[d].range.lowerBound == k + 2 {
                let s = phraseLeft(endingBefore: k + 1)
                if s <= k { object = s..<(k + 1); own = dates[d] }
            } else if lowerIs(k, "followed") {
                var m = k + 1
                if m < tokens.count, let d = dateAt[m] { own = dates[d]; m = dates[d].range.upperBound } else if atAny(m, [.on, .in]), let d = dateAt[m + 1] { own = dates[d]; m = dates[d].range.upperBound }
                if at(m, .by) {
                    let e = phraseRight(from: m + 1)
                    if e > m + 1, (m + 1..<e).contains(where: { isA($0, .signableHead) }), !(m + 1..<e).contains(where: { hasTrigger(at: $0) }) { object = (m + 1)..<e }
                } else if own != nil, !isA(k - 1, .be), !isA(k - 1, .have) {
                    let s = phraseLeft(endingBefore: k)
                    if s < k, (s..<k).contains(where: { isA($0, .signableHead) }), !(s..<k).contains(where: { hasTrigger(at: $0) }) { object = s..<k }
                }
            }
            guard let r = object, let p = phrase(r) else { continue }
            if findings.contains(where: { $0.type == .sign && Self.sameText($0.object?.text, p.text) }) { continue }
            add(.sign, k, subject: nil, objects: [(p, own, r)], passive: true, confidence: 0.6)
        }
    }

    /// Equal ignoring case, a missing text counting as empty.
    static func sameText(_ a: String?, _ b: String?) -> Bool {
        let x = a ?? ""
        let y = b ?? ""
        return x == y || x.lowercased() == y.lowercased()
    }

    /// The index where the trigger's clause or coordinated part begins, for the modality check.
    func windowStart(_ i: Int) -> Int {
        // Asked once, not at every "and": in a long run-on clause the repeated question made the scan quadratic.
        let group = verbGroup(i).start
        var j = i - 1
        // Modal words sit near their verb; a hard reach keeps the scan bounded in clauses hundreds of words long.
        let reach = max(0, i - Self.windowReach)
        while j >= reach {
            if clause[j] != clause[i] { return j + 1 }
            if at(j, .and) || at(j, .but) {
                if j == i - 1 || group == j + 1 || at(j - 1, .comma) { return j + 1 }
            }
            j -= 1
        }
        return reach
    }

    /// How many tokens before a trigger its modal context may reach.
    static let windowReach = 48

    /// The words of a trigger's clause before it that may make it modal: one or two runs of token indices.
    struct Window {
        var first: Range<Int>
        var second: Range<Int>
    }

    /// True when some word of the window, dates and names left out, belongs to `c` and to none of `except`.
    func window(_ w: Window, has c: WordClass, except: WordClass = []) -> Bool {
        for k in w.first where test(k, c, except) && !reportedFact(k, c) { return true }
        for k in w.second where test(k, c, except) && !reportedFact(k, c) { return true }
        return false
    }

    /// "A Composite Dialogue, agreed by the two governments, was suspended": a verb of intent not followed by "to" is itself
    /// an act, and leaves what follows a fact.
    @inline(__always) private func reportedFact(_ k: Int, _ c: WordClass) -> Bool {
        c == .hypothetical && Words.intentNeedingTo.contains(lower(k)) && !at(k + 1, .to)
    }

    @inline(__always) private func test(_ k: Int, _ c: WordClass, _ except: WordClass) -> Bool {
        let t = tokens[k]
        return t.isA(c) && !t.isA(except) && dateAt[k] == nil && !(t.isCapitalized && k > 0)
    }

    /// The words of the trigger's clause before it, verb group included ("would meet"), dates left out.
    func window(_ i: Int, _ g: Int) -> Window {
        var s = windowStart(g)
        // "applied for membership ..., four days after Russia launched its invasion": the subordinate clause is not governed
        // by the main verb's modality. Cut at a subordinator followed by a clause (a verb before the trigger, or a finite trigger).
        var m = g - 1
        while m > s {
            if isA(m, .subordinator), m + 1 < g {
                let finite = (m + 1..<g).contains { isA($0, [.pastForm, .commonVerb]) } || (isVerbTrigger(at: i) && phraseLeft(endingBefore: g) <= m + 1)
                if finite { s = m + 1; break }
            }
            m -= 1
        }
        // "After opposition attempts to bring aid fail, Maduro severs relations": a leading subordinate clause ends at its comma.
        if let c = (s..<g).last(where: { at($0, .comma) }), (s..<c).contains(where: { isA($0, .subordinator) }) { s = c + 1 }
        // The noun phrase right before the verb is its subject, not a modal context ("membership aspirations was launched").
        let np = phraseLeft(endingBefore: g)
        if np < g, np >= s { return Window(first: s..<np, second: g..<max(g, i)) }
        s = max(s, 0)
        // Names are not modal words: "Action Plan" is not a plan to do something.
        return Window(first: s..<max(s, i), second: i..<i)
    }

    mutating func add(_ type: EventType, _ i: Int, subject: Phrase?, objects: [(Phrase, DateMatch?, Range<Int>)], by: Phrase? = nil, passive: Bool, confidence: Double, needsDate: Bool = false, bare: Bool = false) {
        // "Saudi Arabia, the UAE, Bahrain and Egypt severed relations": an act each state does on its own is one event per actor.
        if let s = subject, !Self.jointTypes.contains(type), s.range.count > 2 {
            let parts = actorList(s.range)
            if parts.count > 1 {
                for p in parts { add(type, i, subject: p, objects: objects, by: by, passive: passive, confidence: confidence, needsDate: needsDate, bare: bare) }
                return
            }
        }
        var subjectPhrase = subject
        var type = type
        // A border or a crossing that closes opens again: closing one is a suspension, opening one a resumption.
        if type == .close || type == .establish, let o = objects.first, Words.passageHeads.contains(lowerOrEmpty(headIndex(o.2))) { type = type == .close ? .suspend : .resume }
        // "Opening the 41st summit": a meeting opened is a meeting held.
        if type == .establish, let o = objects.first, ["summit", "meeting", "session", "conference"].contains(lowerOrEmpty(headIndex(o.2))) { type = .meet }
        // "always agreed", "they agreed": an agreement with no known party and nothing agreed on says nothing.
        if type == .agree, objects.isEmpty, subject?.entity == nil, subject.map({ $0.range.count == 1 && isA($0.range.lowerBound, .adverb) }) ?? true { return }
        // Pronouns are short: longer texts skip the lower-casing.
        if let s = subjectPhrase, s.text.utf8.count <= 3, ["we", "you", "i", "us"].contains(s.text.lowercased()) { return }
        if let s = subjectPhrase, s.entity == nil, s.text.utf8.count <= 5, ["it", "its", "they", "their", "this", "which", "that"].contains(s.text.lowercased()) { subjectPhrase = nil }
        // Only agreements, condemnations and meetings may go without an object.
        if objects.isEmpty && by == nil && !bare && ![.agree, .condemn, .meet].contains(type) { return }
        if type == .meet && objects.isEmpty && subjectPhrase == nil { return }
        if topic == nil { topic = passive ? objects.first?.0 : subjectPhrase }
        // One finding per object, or one without an object; by index, so that no list of optionals is made for it.
        for k in 0..<max(objects.count, 1) {
            let obj: Phrase? = objects.isEmpty ? nil : objects[k].0
            let date: DateMatch? = objects.isEmpty ? nil : objects[k].1
            let r: Range<Int>? = objects.isEmpty ? nil : objects[k].2
            if let o = obj {
                // What opens, closes, stops and resumes is a body, a channel, a relationship or a flow, never "the way" or "the door".
                if [.establish, .close, .suspend, .resume].contains(type), o.entity == nil, let r = r, !isInstitutionLike(r) { continue }
                if o.entity == nil, o.text.utf8.count <= 4, ["it", "its", "they", "them", "this", "that", "us", "you"].contains(o.text.lowercased()) { continue }
                // States are not institutions: they are not opened, closed, suspended or replaced.
                // But a state is suspended from (or readmitted to) an organisation's activities: "suspended Sudan from all AU activities".
                let fromBody = (type == .suspend || type == .resume) && atAny(o.range.upperBound, [.from, .to])
                if [.establish, .close, .suspend, .resume, .replace, .sign, .meet].contains(type), o.entity?.kind == .state, o.text == o.entity?.name || o.range.count <= 2, !fromBody { continue }
            }
            var lo = min(subjectPhrase?.range.lowerBound ?? i, i)
            var hi = max(r?.upperBound ?? i + 1, by?.range.upperBound ?? i + 1, date?.range.upperBound ?? i + 1)
            if let o = obj { lo = min(lo, o.range.lowerBound); hi = max(hi, o.range.upperBound) }
            if hi - lo > 60 { lo = max(lo, i - 30); hi = min(hi, i + 30) }
            if let o = obj {
                recent.append(o.remembered())
                // Anaphors look back through this list for every phrase; a run-on sentence must not let it grow without end.
                if recent.count > 80 { recent.removeFirst(recent.count - 40) }
            }
            findings.append(Finding(type: type, trigger: i, subject: subjectPhrase, object: obj, by: by, ownDate: date, passive: passive, span: lo..<min(hi, tokens.count), confidence: confidence, needsDate: needsDate))
        }
        if let e = subjectPhrase?.entity, e.kind == .state || e.kind == .organisation { salient = e }
    }

    /// True when the words of an object name something with a life of its own: a name, or a head such as "relations",
    /// "embassy", "talks", "flights" (`Words.institutionHeads`).
    func isInstitutionLike(_ r: Range<Int>) -> Bool {
        // A pronoun stands for what it resolved to, which was judged where it was named.
        if r.count == 1, atAny(r.lowerBound, [.it, .they, .this, .that]) { return true }
        let head = headIndex(r)
        if Words.institutionHeads.contains(lower(head)) { return true }
        // "the Nathu La pass", "The League itself": a phrase that opens with a name names a thing.
        var first = r.lowerBound
        while first < head, isA(first, .determiner) { first += 1 }
        if first < head, tokens[first].isCapitalized, !isA(first, .determiner) { return true }
        return tokens[head].isCapitalized && head > 0 || tokens[head].isAcronym || mentionAt.start(endingAt: head + 1) != nil
    }

    /// The head word of a phrase: its last word before a preposition ("summit" in "the 41st summit of the GCC").
    func headIndex(_ r: Range<Int>) -> Int {
        var h = r.upperBound - 1
        if let p = r.first(where: { $0 > r.lowerBound && (isA($0, .innerPrep) && !insideCapitalisedName($0) || at($0, .openParen)) }) { h = p - 1 }
        // "Case 1234/2", "Protocol No. 6": a number after the noun is its label, not its head.
        while h > r.lowerBound, tokens[h].kind != .word || tokens[h].startsWithDigit { h -= 1 }
        return h
    }

    /// Acts that the parties do together, whose coordinated subject is one party ("Iran and the P5+1 concluded the deal").
    static let jointTypes: Set<EventType> = [.sign, .agree, .meet, .establish, .replace, .resume]

    /// The actors of a coordinated subject ("Saudi Arabia, the UAE, Bahrain and Egypt"), when every item is a known state
    /// or organisation; otherwise the phrase is one actor and the list is empty.
    func actorList(_ r: Range<Int>) -> [Phrase] {
        var parts: [Phrase] = []
        var s = r.lowerBound
        var k = r.lowerBound
        func close(_ e: Int) -> Bool {
            var a = s
            while a < e, atAny(a, [.the, .and, .or]) || tokens[a].isWord(.comma) { a += 1 }
            if a > s, mentionAt.end(startingAt: a) == nil, mentionAt.end(startingAt: a - 1) != nil { a -= 1 }
            guard a < e, let end = mentionAt.end(startingAt: a), end == e,
                let p = phrase(a..<e), let ent = p.entity, ent.kind == .state || ent.kind == .organisation else { return false }
            parts.append(p)
            return true
        }
        while k < r.upperBound {
            if let end = mentionAt.end(startingAt: k), end > k + 1 { k = end; continue }
            if tokens[k].isWord(.comma) || atAny(k, [.and, .or]) {
                if k > s, !close(k) { return [] }
                s = k + 1
            }
            k += 1
        }
        if s < r.upperBound, !close(r.upperBound) { return [] }
        return parts.count > 1 ? parts : []
    }

    /// The phrase of each conjunct of `r` that makes one, with no date of its own.
    ///
    /// A loop, not `compactMap`: the closure captured the parser, and the whole parser was copied for it.
    func conjunctPhrases(_ r: Range<Int>) -> [(Phrase, DateMatch?, Range<Int>)] {
        var out: [(Phrase, DateMatch?, Range<Int>)] = []
        for c in conjuncts(r) {
            if let p = phrase(c) { out.append((p, nil, c)) }
        }
        return out
    }

    /// Verbs that send the other side's people away when they give them a deadline or an order to leave.
    static let dismissalVerbs: WordSet = Language.english.words("dismissalVerbs")

    /// "gave Kenyan diplomats seven days to leave", "ordered Somalia's envoy to leave": an expulsion of those told to go.
    mutating func dismissal(_ i: Int) -> Bool {
        guard at(i - 1, .to) else { return false }
        var k = i - 2
        // A deadline between the people and "to leave": "seven days", "48 hours".
        if k >= 1, ["days", "hours", "weeks", "day", "hour"].contains(w(k)) { k -= 2 }
        var v = k
        while v >= 0, k - v <= 10, !isA(v, .clauseOpener) || at(v, .who), tokens[v].kind != .punct || at(v, .possessive) {
            if Self.dismissalVerbs.contains(lower(v)) { break }
            v -= 1
        }
        guard v >= 0, k - v <= 10, Self.dismissalVerbs.contains(lower(v)) else { return false }
        let vg = verbGroup(v)
        var subj: Phrase?
        var objs: [(Phrase, DateMatch?, Range<Int>)] = []
        if vg.passive || lowerIs(v, "given") {
            // "a senior Canadian diplomat, who is given five days to leave": the one sent away stands before; the sender leads the sentence.
            var r = vg.start - 1
            if at(r, .who) { r -= 1 }
            if at(r, .comma) { r -= 1 }
            let s = phraseLeft(endingBefore: r + 1)
            if s <= r, let p = phrase(s..<(r + 1)) { objs = [(p, nil, s..<(r + 1))] }
            subj = findings.last?.subject ?? mainSubject()
        } else {
            subj = subject(groupStart: vg.start, trigger: v)
            let e = max(v + 1, k + 1)
            let s = v + 1
            if s < e, let p = phrase(s..<min(e, phraseRight(from: s))) { objs = [(p, nil, s..<e)] }
        }
        guard !objs.isEmpty else { return false }
        add(.expel, v, subject: subj, objects: objs, passive: false, confidence: 0.7)
        return true
    }

    /// "ceased to be a member of the Council", "ceased to be a High Contracting Party to the Convention": leaving; and when a body
    /// "decided that" it ceased, an expulsion by that body. "stopped implementing the Protocol", "ceased applying it": a suspension.
    mutating func cessation(_ t: Trigger, _ i: Int, _ after: Int) {
        let g = verbGroup(i)
        if g.negated { return }
        let subj = subject(groupStart: g.start, trigger: i)
        if t.lemma == "cease", at(after, .to), lowerIs(after + 1, "be") {
            var k = after + 2
            while k < tokens.count, k - after < 8, !atAny(k, [.of, .to, .in]) { k += 1 }
            guard k < tokens.count, (after + 2..<k).contains(where: { ["member", "party", "participant", "signatory"].contains(lower($0)) }) else { return }
            let objs = objects(from: k + 1)
            guard !objs.isEmpty else { return }
            // "the Committee decided that the Russian Federation ceased to be a member": the body put it out.
            if let that = (max(0, g.start - 12)..<g.start).last(where: { at($0, .that) }), that > 0, lowerIs(that - 1, "decided") {
                let vg = verbGroup(that - 1)
                if let body = subject(groupStart: vg.start, trigger: that - 1), let s = subj {
                    add(.expel, i, subject: body, objects: [(s, nil, s.range)], passive: false, confidence: 0.7)
                    return
                }
            }
            add(.leave, i, subject: subj, objects: objs, passive: false, confidence: 0.75)
            return
        }
        // "stopped implementing the Additional Protocol".
        guard after < tokens.count, tokens[after].isA(.ingForm), !lowerIs(after, "being") else { return }
        let objs = objects(from: after + 1).filter { isInstitutionLike($0.2) }
        guard !objs.isEmpty else { return }
        add(.suspend, i, subject: subj, objects: objs, passive: false, confidence: 0.7)
    }

    /// The other actor of the document's pair, when `e` is one of the two, as a phrase standing at token `i`.
    func otherSide(of e: Entity, at i: Int) -> Phrase? {
        guard let (x, y) = pair, e == x || e == y else { return nil }
        let other = e == x ? y : x
        return Phrase(range: i..<(i + 1), text: other.name, entity: other)
    }

    /// "began the formal process of leaving the OAS": a gerund after "process of" is the act under way, not background.
    func underWayAct(_ i: Int) -> Bool { at(i - 1, .of) && i >= 2 && ["process", "procedure"].contains(lower(i - 2)) }

    mutating func verbEvent(_ t: Trigger, _ i: Int, _ after: Int) {
        if t.lemma == "leave", dismissal(i) { return }
        // "Chilean troops entered Lima": armed forces entering a place; an agreement "entered into force" is no invasion.
        if t.lemma == "enter" || t.lemma == "cross" {
            if at(after, .into) && t.lemma == "enter" { return }
            let g = verbGroup(i)
            guard let s = subject(groupStart: g.start, trigger: i), (s.range).contains(where: { Words.forceNouns.contains(lower($0)) }) else { return }
        }
        if t.lemma == "cease" || t.lemma == "stop" {
            cessation(t, i, after)
            return
        }
        if t.lemma == "order" {
            // "Riyadh, Abu Dhabi and Manama ordered Qatari diplomats out": an expulsion; any other order is no event.
            guard let out = (after..<min(tokens.count, after + 6)).first(where: { lowerIs($0, "out") }), out > after, let p = phrase(after..<out) else { return }
            let g = verbGroup(i)
            add(.expel, i, subject: subject(groupStart: g.start, trigger: i), objects: [(p, nil, after..<out)], passive: false, confidence: 0.7)
            return
        }
        // "the agreement reached in 2018 to create a channel": what an agreement or a plan is "to" do is not yet done.
        if at(i - 1, .to), (max(0, i - 12)..<(i - 1)).contains(where: { Words.planNouns.contains(lower($0)) }),
            !((max(0, i - 12)..<(i - 1)).contains { isVerbTrigger(at: $0) && !(trigger(at: $0)?.0.isParticiple ?? false) })
        {
            return
        }
        // "left Armenian forces in control of": left behind, not withdrawn from.
        if t.type == .leave, t.lemma == "leave", (after..<min(tokens.count, after + 6)).contains(where: { at($0, .in) && ["control", "charge", "place", "power", "ruins"].contains(lowerOrEmpty($0 + 1)) }) { return }
        // "left office", "joined six other countries": one joins and leaves bodies and agreements, which have names.
        if t.type == .join || t.type == .leave, t.lemma != "admit" {
            let o = objects(from: after)
            if !o.isEmpty, !o.contains(where: { p in
                let h = headIndex(p.2)
                // "joined the three European states": a group of states named by number.
                let group = Words.pairHeads.contains(lower(h)) && (p.2).contains { tokens[$0].isA(.numberWord) }
                return p.0.entity != nil || tokens[h].isCapitalized || tokens[h].isAcronym || isA(h, .anaphoricHead) && isA(h - 1, .determiner) || group
            }) { return }
        }
        // "too close to Iran": the adjective.
        if t.lemma == "close", i > 0, ["too", "very", "so", "more", "less", "as", "most", "remained", "remains"].contains(lower(i - 1)) { return }
        // One sends troops, not a prime minister or ambassadors: "send" deploys only forces.
        if t.lemma == "send", !(after..<min(tokens.count, after + 6)).contains(where: { Words.forceNouns.contains(lower($0)) }) { return }
        let g = verbGroup(i)
        let win = window(i, g.start)
        let refused = window(win, has: .refusal)
        var type = t.type
        // "were not restored until 1976": the act came, at the date after "until".
        let notUntil = g.negated && !refused && (after..<min(tokens.count, after + 4)).contains { at($0, .until) && $0 + 1 < tokens.count && dateAt[$0 + 1] != nil }
        if (g.negated && !notUntil) || refused {
            guard type == .recognise else { return }
            type = .condemn
        } else if window(win, has: .hypothetical) {
            return
        }
        if t.isGerund && !at(i - 1, .by) && !at(i - 1, .comma) && type != .agree {
            // Gerunds after prepositions other than "by" are background ("after suspending"), or nouns.
            if !underWayAct(i), isA(i - 1, .innerPrep) || isA(i - 1, .clauseOpener) { return }
        }
        // "a High-Level Strategic Dialogue set up in 2010": a name, then a participle of founding or signing with no object of its own.
        let bareReduced = t.isParticiple && !g.auxiliary && (t.type == .establish || t.type == .sign || t.type == .agree) && i > 0 && g.start == i
            && (tokens[i - 1].isCapitalized || tokens[i - 1].isAcronym || at(i - 1, .closeParen) || isA(i - 1, .signableHead) && atAny(after, [.by, .in, .at, .on]))
            && mentionAt.start(endingAt: i).map { mentionAt[$0]?.1.entity.kind != .state } ?? true
            && !isA(i - 1, [.determiner, .innerPrep]) && i >= 2
        let reduced = t.isParticiple && !g.auxiliary && (at(i - 1, .comma) || at(i - 1, .closeParen) && !at(i - 2, .openParen) || bareReduced) &&
            (atAny(after, CoreSet.afterReducedRelative) || (after < tokens.count && dateAt[after] != nil))
        // "were broken off in 1967 and restored in 1974": a participle after "and" shares the passive before it.
        let sharedPassive = t.isParticiple && !g.auxiliary && at(g.start - 1, .and) && (findings.last?.passive ?? false)
            && (after >= tokens.count || dateAt[after] != nil || atAny(after, [.in, .on, .by, .at]))
        let passive = (g.passive && t.isParticiple) || reduced || sharedPassive
        let findingsBefore = findings.count
        defer {
            if reduced, at(i - 1, .comma), let close = (i + 1..<tokens.count).first(where: { at($0, .comma) }) {
                for k in findingsBefore..<findings.count { findings[k].dateScope = i..<close }
            }
        }
        var conf = 0.85
        if passive {
            // The object stands before the verb.
            var objs: [(Phrase, DateMatch?, Range<Int>)] = []
            let before = g.start - 1
            if reduced || atAny(before, CoreSet.relativePronouns) {
                var k = reduced ? (at(i - 1, .comma) || at(i - 1, .closeParen) ? i - 1 : i) : before
                if at(k - 1, .comma) && !reduced { k -= 1 }
                let s = reduced ? phraseLeft(endingBefore: k) : relativeAntecedent(phraseLeft(endingBefore: k), k)
                if s < k, let p = phrase(s..<k) { objs = [(p, nil, s..<k)] }
            } else if at(before, .and) || at(before, .but), let prev = findings.last(where: { $0.passive }), let o = prev.object {
                objs = [(o, nil, o.range)]
            } else if at(before, .comma), let p = appositionHead(before: before) {
                objs = [(p, nil, p.range)]
            } else {
                let s = phraseLeft(endingBefore: g.start)
                if s < g.start { objs = conjunctPhrases(s..<g.start) }
            }
            // A date right after the verb belongs to the event: "was replaced in 2002 by".
            var own: DateMatch?
            var d = after
            if atAny(d, CoreSet.beforeVerbDate) { d += 1 }
            if d < tokens.count, let di = dateAt[d], dates[di].range.lowerBound == d { own = dates[di] }
            objs = objs.map { ($0.0, own, $0.2) }
            let agent = byPhrase(after: after)
            switch t.frame {
            case .replace:
                var successor = agent?.0
                if t.lemma == "rename", successor == nil {
                    let e = phraseRight(from: after)
                    if e > after { successor = phrase(after..<e) }
                }
                add(.replace, i, subject: nil, objects: objs, by: successor, passive: true, confidence: conf)
            default:
                if t.lemma == "admit" {
                    // "Ukraine was admitted to the council": the admitted one joins.
                    var k = after
                    if atAny(k, CoreSet.admittedTo) { k += 1 }
                    let o = objects(from: k)
                    add(.join, i, subject: objs.first?.0, objects: o, passive: false, confidence: conf)
                    return
                }
                if t.frame == .deploy {
                    // "Troops were deployed to the force": the forces stand before the verb, the operation after "to".
                    var k = after
                    if at(k, .`in`) && at(k + 1, .support) && at(k + 2, .of) { k += 3 } else if atAny(k, CoreSet.deployedTo) || lowerIs(k, "along") || lowerIs(k, "across") { k += 1 } else { return }
                    add(.deploy, i, subject: objs.first?.0, objects: objects(from: k), passive: true, confidence: conf)
                    return
                }
                if type == .condemn, t.type == .recognise { conf -= 0.2 }
                if t.lemma == "hold" || t.lemma == "host" {
                    // "the 16th summit, held in Beijing": what was held must be a meeting ("the last one" after "its summits").
                    let meetingBefore = (0..<i).contains { isMeetingNoun($0) }
                    objs = objs.filter { o in (o.2).contains { isMeetingNoun($0) || meetingBefore && lowerIs($0, "one") } }
                    if objs.isEmpty { return }
                }
                if t.lemma == "upgrade" || t.lemma == "elevate" || t.lemma == "raise", lowerIs(after - 1, "to") {
                    // "relations were upgraded to a Comprehensive Strategic Partnership": what they became is established.
                    let to = objects(from: after)
                    if !to.isEmpty { objs = to }
                }
                if t.type == .leave, t.lemma == "withdraw", let forces = objs.first {
                    // "The Russian contingent was withdrawn in 2024": those withdrawn leave, from wherever "from" says.
                    var k = after
                    while k < tokens.count, k - after < 6, !at(k, .from), tokens[k].kind != .punct { k += 1 }
                    let from = at(k, .from) ? objects(from: k + 1) : []
                    add(.leave, i, subject: forces.0, objects: from, passive: false, confidence: conf - 0.1, bare: true)
                    return
                }
                // "approved in a referendum": a vote of the people, not an agreement between parties.
                if t.lemma == "approve" { return }
                if t.lemma == "elect" {
                    // "was elected to the Council": the one elected joins it.
                    guard atAny(after, [.to, .`as`]) else { return }
                    add(.join, i, subject: objs.first?.0, objects: objects(from: after + 1), passive: false, confidence: conf)
                    return
                }
                add(type, i, subject: agent?.0, objects: objs, passive: true, confidence: conf)
            }
            return
        }
        var subj = subject(groupStart: g.start, trigger: i)
        if underWayAct(i) { subj = lightVerbSubject(i - 2) ?? subj }
        // "adopted a resolution censuring the rulings": the text's authors condemn.
        if t.isGerund, type == .condemn, i > 0, ["resolution", "statement", "declaration", "communique", "communiqué"].contains(lower(i - 1)), let prev = findings.last(where: { $0.trigger < i }) {
            subj = prev.subject
        }
        if subj == nil { conf -= 0.15 }
        switch t.frame {
        case .replace:
            let o = objects(from: after)
            add(.replace, i, subject: nil, objects: o, by: subj, passive: false, confidence: conf)
        case .deploy:
            var k = after
            var objs = objects(from: k)
            // The forces come first; the operation or place follows "to", "in", "into" or "in support of".
            while k < tokens.count, k - after < 6, tokens[k].kind != .punct, !atAny(k, CoreSet.deployedToOrAs) { k += 1 }
            if at(k, .`in`) && at(k + 1, .support) && at(k + 2, .of) { k += 3 } else if at(k, .`as`) && at(k + 1, .part) && at(k + 2, .of) { k += 3 } else if atAny(k, CoreSet.deployedTo) { k += 1 } else { k = -1 }
            if k >= 0 {
                let o = objects(from: k)
                if !o.isEmpty { objs = o }
            }
            add(.deploy, i, subject: subj, objects: objs, passive: false, confidence: conf)
        case .meet:
            if t.lemma == "receive" {
                // "the Crown Prince received President Raisi in Riyadh": a visit, when the one received is a person or a delegation named.
                guard after < tokens.count, tokens[after].isCapitalized || isA(after, .determiner) && after + 1 < tokens.count && tokens[after + 1].isCapitalized else { return }
                add(.meet, i, subject: subj, objects: objects(from: after), passive: false, confidence: conf - 0.1)
                return
            }
            if t.lemma == "host" || t.lemma == "hold" {
                // "Beijing hosts the first round of the talks", "held a special session": the meeting is the object.
                let all = objects(from: after)
                // "held the Indus Waters Treaty in abeyance": set aside, not met.
                if t.lemma == "hold", let last = all.last, at(last.2.upperBound, .in), lowerIs(last.2.upperBound + 1, "abeyance") {
                    add(.suspend, i, subject: subj, objects: all, passive: false, confidence: conf)
                    return
                }
                let objs = all.filter { o in (o.2).contains { isMeetingNoun($0) } }
                guard let o = objs.first else { return }
                add(.meet, i, subject: subj, objects: [o], passive: false, confidence: conf)
                return
            }
            let metSomeone = after < tokens.count && (tokens[after].isCapitalized || isA(after, .determiner) && after + 1 < tokens.count && tokens[after + 1].isCapitalized)
            if after < tokens.count, tokens[after].kind == .word, !metSomeone, !["with", "in", "at", "on", "for", "again", "twice", "regularly"].contains(w(after)), dateAt[after] == nil { return }
            var objs: [(Phrase, DateMatch?, Range<Int>)] = []
            if at(after, .with) { objs = objects(from: after + 1) } else if metSomeone { objs = objects(from: after) }
            if let s = subj, s.entity == nil || s.entity?.kind == .institution || s.entity?.kind == .organisation && objs.isEmpty {
                // "the council met": the body is both who meets and what meets; a nameless subject is only what meets.
                objs = [(s, nil, s.range)]
                if s.entity == nil { subj = nil }
            }
            add(.meet, i, subject: subj, objects: objs, passive: false, confidence: conf)
        case .ergative, .transitive, .prepositional:
            var k = after
            if t.type == .agree {
                var objs: [(Phrase, DateMatch?, Range<Int>)] = []
                if at(k, .on) || at(k, .upon) { objs = objects(from: k + 1) } else if t.lemma == "approve" { objs = objects(from: k) }
                add(.agree, i, subject: subj, objects: objs, passive: false, confidence: conf - 0.1)
                return
            }
            // An optional particle: "close down", "open up".
            if t.particle.isEmpty, atAny(k, CoreSet.particles) { k += 1 }
            if t.frame == .prepositional, t.particle.isEmpty == false, w(k - 1) != t.particle.last, isA(k, .innerPrep) { k += 1 }
            var objs = objects(from: k)
            if objs.isEmpty || atAny(k, [.`in`, .with]) && objs.allSatisfy({ $0.0.entity?.kind == .state }), atAny(k, [.`in`, .with, .at]), k + 1 < tokens.count, tokens[k + 1].isCapitalized {
                // "signed in Tehran a Joint Statement", "signed with Iran a road-map": the object after a place or partner.
                var m = k + 1
                while m < tokens.count, m - k <= 4, tokens[m].isCapitalized, dateAt[m] == nil { m += 1 }
                if m < tokens.count, isA(m, .determiner) {
                    let later = objects(from: m)
                    if !later.isEmpty { objs = later }
                }
            }
            // "denounced the American Convention": to denounce a treaty is to leave it.
            if t.lemma == "denounce", let o = objs.first, (o.2).contains(where: { ["convention", "treaty", "agreement", "pact", "charter", "protocol", "accord", "accords"].contains(lower($0)) }) {
                add(.leave, i, subject: subj, objects: objs, passive: false, confidence: conf)
                return
            }
            // One raises a relationship to a partnership, not a flag or a question: "raise" counts only with "to".
            if t.lemma == "raise", !lowerIs(after - 1, "to") { return }
            // "launched a full-scale invasion": the noun is the event, the verb only starts it.
            if type == .establish, let o = objs.first, (o.2).contains(where: { isA($0, .lightVerbNoun) }) { return }
            // One adopts or concludes agreements, declarations and plans, not sanctions or positions.
            if type == .sign, t.lemma != "sign" && t.lemma != "ratify" {
                objs = objs.filter { o in (o.2).contains { isA($0, .signableHead) } || (o.2).first.map { f in tokens[at(f, .the) ? f + 1 : f].isCapitalized } == true }
            }
            if objs.isEmpty && t.frame == .ergative {
                // "meetings and cooperation resumed in spring 2009": the subject is what resumed.
                if let s = subj {
                    objs = conjunctPhrases(s.range)
                    subj = nil
                }
            }
            if objs.isEmpty { return }
            add(type, i, subject: subj, objects: objs, passive: false, confidence: conf)
        }
    }

    /// True when token `k` names a meeting ("summit", "session", "round of talks").
    func isMeetingNoun(_ k: Int) -> Bool { k >= 0 && k < tokens.count && Self.meetingNouns.contains(lower(k)) }
    static let meetingNouns: WordSet = Language.english.words("meetingNouns")
    /// Words before a meeting noun that make it one to come, not one that took place.
    static let futureMeeting: WordSet = Language.english.words("futureMeeting")

    /// "The summit at Kazan in June 2011", "the 41st summit of the GCC", "at a meeting in Prague": a meeting named by its noun.
    mutating func meetingNoun(_ t: Trigger, _ i: Int, _ after: Int) {
        if i > 0, Self.futureMeeting.contains(lower(i - 1)) { return }
        // Already the object of a meeting verb ("India hosts the G20 leaders' summit"), or of an event noun ("a freeze of the talks").
        if findings.contains(where: { $0.object?.range.contains(i) ?? false }) { return }
        if (max(0, i - 4)..<i).contains(where: { hasTrigger(at: $0) && !isVerbTrigger(at: $0) && trigger(at: $0)?.0.type != .meet }) { return }
        // "suspended the talks", "cancelled the summit planned for June", "Talks on an agreement opened": the meeting is what
        // another act is about, not news of its own.
        if after < tokens.count, ["planned", "scheduled", "due", "envisaged"].contains(lower(after)) { return }
        // "the foreign ministers' meeting, which diplomats said could take place": one still to come.
        if (after..<min(tokens.count, after + 8)).contains(where: { isA($0, .modal) }) { return }
        var v = i - 1
        while v >= 0, i - v <= 4, tokens[v].kind == .word, !isVerbTrigger(at: v), !isA(v, [.commonVerb, .innerPrep]) { v -= 1 }
        if v >= 0, i - v <= 4, isVerbTrigger(at: v) || lowerIs(v, "cancelled") || lowerIs(v, "postponed") || lowerIs(v, "called") { return }
        var n = after
        while n < tokens.count, n - after <= 6, tokens[n].kind == .word, !isVerbTrigger(at: n) { n += 1 }
        if n < tokens.count, n - after <= 6, isVerbTrigger(at: n), trigger(at: n)?.0.type != .meet { return }
        // Only the head of its phrase is the meeting ("summit declaration" is a document).
        if after < tokens.count, tokens[after].kind == .word, !tokens[after].isCapitalized, !isA(after, [.innerPrep, .commonVerb]), !hasTrigger(at: after), dateAt[after] == nil, !atAny(after, [.and, .or]) { return }
        var obj: (Phrase, DateMatch?, Range<Int>)?
        if at(after, .of) {
            let o = objects(from: after + 1)
            if let f = o.first, f.0.entity != nil { obj = f }
        }
        if obj == nil {
            var s = phraseLeft(endingBefore: i + 1)
            // "a message to the twenty-seventh summit": the meeting's own words start after the last preposition.
            if let p = (s..<i).last(where: { isA($0, .innerPrep) }) { s = p + 1 }
            while s < i, isA(s, .determiner) || tokens[s].kind == .number || at(s, .possessive) { s += 1 }
            if let p = phrase(s..<(i + 1)) { obj = (p, nil, s..<(i + 1)) }
        }
        guard let o = obj else { return }
        // "the OAS Permanent Council, meeting in Washington, approved": the participle's body is the one that met.
        if lowerIs(i, "meeting"), at(i - 1, .comma), let body = appositionHead(before: i - 1) ?? { () -> Phrase? in
            let s = phraseLeft(endingBefore: i - 1)
            return s < i - 1 ? phrase(s..<(i - 1)) : nil
        }() {
            add(.meet, i, subject: body, objects: [(body, nil, body.range)], passive: false, confidence: 0.6, needsDate: true)
            return
        }
        add(.meet, i, subject: possessorSubject(i), objects: [o], passive: false, confidence: 0.6, needsDate: true)
    }

    /// The actor named by a modifier right before a noun trigger: "American attacks", "Pakistani air strikes", "the US drone strike".
    func modifierSubject(_ i: Int) -> Phrase? {
        var j = i - 1
        while j >= 0, i - j <= 4, tokens[j].kind == .word, !isA(j, [.determiner, .innerPrep, .clauseOpener, .commonVerb]), dateAt[j] == nil || i - j > 1 {
            if let start = mentionAt.start(endingAt: j + 1), let (_, alias) = mentionAt[start], alias.entity.kind == .state || alias.entity.kind == .organisation {
                return Phrase(range: start..<(j + 1), text: alias.entity.name, entity: alias.entity)
            }
            j -= 1
        }
        return nil
    }

    mutating func nounEvent(_ t: Trigger, _ i: Int, _ after: Int) {
        let win = window(i, i)
        if window(win, has: .hypothetical, except: .factNoun) { return }
        if t.type == .meet {
            meetingNoun(t, i, after)
            return
        }
        // "the fiftieth anniversary of the establishment of relations" recalls an old act, it does not report one.
        var back = i - 1
        while back > 0, i - back <= 4, tokens[back].kind == .word, !at(back, .of) { back -= 1 }
        if back > 0, at(back, .of), lowerIs(back - 1, "anniversary") || lowerIs(back - 1, "anniversaries") { return }
        // The object: after one of the noun's prepositions, past a coordinated noun ("intervention and aggressive actions in").
        var k = after
        var found = -1
        while k < tokens.count && k - after < 6 {
            // "the founding of X" names an event; "the founding members of X" does not.
            if k > after && t.lemma.hasSuffix("ing") { break }
            if t.objectPreps.contains(w(k)) {
                if at(k, .of) && t.objectPreps.first != "of" && ["aggression", "force"].contains(w(k + 1)) { k += 2; continue }
                found = k
                break
            }
            if tokens[k].kind == .punct || dateAt[k] != nil { break }
            k += 1
        }
        guard found >= 0 else {
            // "four days after Russia launched its full-scale invasion": a military action with a known actor and no stated
            // target; the target is the one other state the sentence names, if there is exactly one.
            // "The war of 1992-94", "Azerbaijan's offensive of 27 September 2020", "its military operation of 19-20 September
            // 2023": a military action with a date of its own happened, even where the text names no target.
            if t.type == .intervene, at(after, .of), after + 1 < tokens.count, let d = dateAt[after + 1], dates[d].range.lowerBound == after + 1 {
                var subj = possessorSubject(i) ?? modifierSubject(i)
                if subj == nil, let j = (max(0, i - 3)..<i).last(where: { atAny($0, [.its, .their]) }) { subj = possessivePronoun(j) }
                // In a document about a pair, one side's offensive with no target named is against the other.
                let target = subj?.entity.flatMap { otherSide(of: $0, at: i) }.map { [($0, DateMatch?.none, i..<(i + 1))] } ?? []
                add(.intervene, i, subject: subj, objects: target, passive: false, confidence: 0.55, bare: true)
                return
            }
            guard t.type == .intervene, let s = lightVerbSubject(i) ?? possessorSubject(i), let se = s.entity, se.kind == .state else { return }
            var others: [Int: Phrase] = [:]
            for (start, m) in mentionAt where m.1.entity.kind == .state && m.1.entity != se && !m.1.metonym {
                if others[start] == nil, others.values.allSatisfy({ $0.entity != m.1.entity }) { others[start] = phrase(start..<m.0) }
            }
            // No other state in the sentence: in a document about a pair, the other side.
            if others.isEmpty, let other = otherSide(of: se, at: i) { others[i] = other }
            guard others.count == 1, let o = others.first?.value else { return }
            add(.intervene, i, subject: s, objects: [(o, nil, o.range)], passive: false, confidence: 0.6)
            return
        }
        var objs = objects(from: found + 1)
        // "the war between China and India": one war, between the two.
        if lowerIs(found, "between"), let first = objs.first, let last = objs.last, let p = phrase(first.2.lowerBound..<last.2.upperBound) {
            objs = [(p, first.1, first.2.lowerBound..<last.2.upperBound)]
        }
        guard !objs.isEmpty else { return }
        // The subject: a possessor before the noun ("Russia's military action", "its annexation"), else "by X" after.
        var subj: Phrase?
        var j = i - 1
        // "Chile's declaration of war", "the outbreak of the war": the possessor of the framing noun is the actor.
        if at(j, .of), j > 0, Words.actFrames.contains(lower(j - 1)) { j -= 2 }
        while j >= 0 && i - j <= 5 {
            if at(j, .possessive) {
                // The possessor: a known name ending here, else the words back to the nearest preposition.
                if let start = mentionAt.start(endingAt: j) {
                    subj = phrase(start..<j)
                } else {
                    var s = phraseLeft(endingBefore: j)
                    if let p = (s..<j).last(where: { isA($0, .innerPrep) }) { s = p + 1 }
                    if s < j { subj = phrase(s..<j) }
                }
                break
            }
            if atAny(j, [.its, .their]) {
                // "Russia launched its invasion": the pronoun is bound by the subject of its own clause.
                subj = lightVerbSubject(i) ?? possessivePronoun(j)
                break
            }
            if tokens[j].kind == .punct && !tokens[j].isWord(.dash) || tokens[j].isA([.determiner, .innerPrep, .clauseOpener]) { break }
            j -= 1
        }
        if subj == nil, at(after, .of), !t.objectPreps.contains("of"), found > after + 1 {
            // "the withdrawal of the United States from the JCPOA", "the deployment of US naval forces to": "of" names the actor.
            let e = min(phraseRight(from: after + 1), found)
            if e > after + 1, let p = phrase((after + 1)..<e) { subj = p }
        }
        if subj == nil, let by = (after..<found).first(where: { at($0, .by) }), by + 1 < found, let p = phrase((by + 1)..<min(found, phraseRight(from: by + 1))) {
            // "the armed aggression launched by the Russian Federation against Ukraine".
            subj = p
        }
        if subj == nil { subj = modifierSubject(i) }
        if subj == nil, i >= 3, atAny(i - 1, [.in, .to]) || atAny(i - 2, [.in, .to]) && isA(i - 1, .determiner) {
            // "Eritrea's restrictions on the peacekeepers, culminating in the expulsion of": the act the main clause led to.
            let p = atAny(i - 1, [.in, .to]) ? i - 1 : i - 2
            if p >= 2, ["culminating", "leading", "resulting", "ending"].contains(lower(p - 1)), at(p - 2, .comma) { subj = mainSubject() }
        }
        if subj == nil {
            // "Russia launched a full-scale invasion of Ukraine": the light verb's subject acts.
            subj = lightVerbSubject(i)
        }
        if subj == nil {
            // "after the war in Georgia": a subjectless event named in a time adjunct is background, not news.
            var m = i - 1
            while m >= 0, i - m <= 4, tokens[m].kind == .word, !isA(m, .timeAdjunct) { m -= 1 }
            if m >= 0, i - m <= 4, isA(m, .timeAdjunct) { return }
        }
        if subj == nil, let prev = findings.last(where: { $0.trigger < i }), prev.type != .condemn, !(prev.object?.range.contains(i) ?? false),
            let ps = prev.subject, ps.entity.map({ $0.kind == .state || $0.kind == .organisation }) ?? (ps.text.first?.isUppercase ?? false)
        {
            // "The dissolution of the federation by the Emperor, together with the annexation of Eritrea": the same actor's next act.
            subj = ps
        }
        let lastEnd = objs.last?.2.upperBound ?? found
        // "attacks on civilians": a military action with no actor and no named target is a description, not an event.
        if t.type == .intervene, subj == nil, let o = objs.first, o.0.entity == nil, let h = (o.2).first(where: { !isA($0, .determiner) }), !tokens[h].isCapitalized, byPhrase(after: lastEnd) == nil { return }
        var by: Phrase?
        if let (agent, _) = byPhrase(after: lastEnd) {
            if t.type == .replace { by = agent } else if subj == nil { subj = agent }
        }
        add(t.type, i, subject: subj, objects: objs, by: by, passive: false, confidence: subj == nil ? 0.7 : 0.8)
    }

    /// The comma that ends a leading time clause ("After X happened in 2001, ..."), if the sentence opens with one.
    func leadingSubordinateEnd() -> Int? {
        guard tokens.count > 2, isA(0, .subordinator) || at(0, .following) else { return nil }
        // "After 2001, ..." is a date, not a clause.
        if let d = dateAt[1], at(dates[d].range.upperBound, .comma) { return nil }
        return (1..<min(tokens.count, 40)).first { at($0, .comma) }
    }

    /// Words that open a subordinate clause of time.
    static let subordinators: WordSet = Language.english.words("subordinators")
    static let lightVerbs: WordSet = [
        "launched", "launches", "launch", "waged", "wages", "began", "begun", "started", "conducted", "carried", "mounted",
        // Reporting and deciding verbs whose subject is the actor of the act they name ("Joly announces the expulsion of").
        "announced", "announces", "ordered", "orders", "decided", "decides", "completed", "completes", "confirmed", "confirms", "declared", "declares",
    ]

    /// The subject of a light verb a few words before the noun at `i` ("Russia launched its full-scale invasion").
    func lightVerbSubject(_ i: Int) -> Phrase? {
        var m = i - 1
        while m >= 0, i - m <= 4, !isA(m, .lightVerb) {
            if tokens[m].kind == .punct && !tokens[m].isWord(.dash) { return nil }
            m -= 1
        }
        guard m >= 0, i - m <= 4, isA(m, .lightVerb) else { return nil }
        let vg = verbGroup(m)
        return subject(groupStart: vg.start, trigger: m)
    }

    /// A name possessor right before the noun at `i` ("Russia's invasion").
    func possessorSubject(_ i: Int) -> Phrase? {
        var j = i - 1
        while j > 0, i - j <= 4, tokens[j].kind == .word || text(j) == "-" {
            if at(j, .possessive), let start = mentionAt.start(endingAt: j) { return phrase(start..<j) }
            j -= 1
        }
        if j > 0, at(j, .possessive), let start = mentionAt.start(endingAt: j) { return phrase(start..<j) }
        return nil
    }

    /// "four days after X happened": a subordinate clause dated from the main clause's date. Returns the offset (negative for
    /// "after": the subordinate event came first), its unit and the index of the number word.
    func subordinateOffset(_ trigger: Int) -> (Int, String, Int)? {
        var j = trigger - 1
        while j >= 2, trigger - j <= 12 {
            if tokens[j].kind == .punct && text(j) != "-" { return nil }
            if at(j, .after) || at(j, .before) {
                let u = w(j - 1)
                let unit = u.hasPrefix("day") ? "day" : u.hasPrefix("week") ? "week" : u.hasPrefix("month") ? "month" : u.hasPrefix("year") ? "year" : ""
                guard !unit.isEmpty, [unit, unit + "s"].contains(u) else { return nil }
                let numberWord = w(j - 2)
                guard let n = DateParser.numbers[numberWord] ?? (tokens[j - 2].kind == .number ? Int(numberWord) : nil), n > 0 else { return nil }
                return (at(j, .after) ? -n : n, unit, j - 2)
            }
            j -= 1
        }
        return nil
    }

    /// Nouns of military action that light verbs (launch, wage, carry out) only set going.
    static let lightVerbNouns: WordSet = Language.english.words("lightVerbNouns")
    /// Heads of things that are signed, adopted or concluded.
    static let signableHeads: WordSet = Language.english.words("signableHeads")

    /// "its" and "their": the actor named later in the sentence when the pronoun opens it ("Through its war ..., Russia"), else the salient one.
    func possessivePronoun(_ j: Int) -> Phrase? {
        if let comma = tokens.firstIndex(where: { $0.isWord(.comma) }), j < comma, !findings.contains(where: { $0.trigger < j }) {
            for m in (comma + 1)..<tokens.count {
                if let (end, alias) = mentionAt[m], alias.entity.kind == .state || alias.entity.kind == .organisation {
                    return Phrase(range: j..<(j + 1), text: alias.metonym ? alias.entity.name : (m..<end).map { text($0) }.joined(separator: " "), entity: alias.entity)
                }
            }
        }
        if let s = salient { return Phrase(range: j..<(j + 1), text: s.name, entity: s) }
        return nil
    }

    /// "became a member of X" is a joining; "X became Y" for bodies is a succession.
    mutating func becomeEvent(_ i: Int) {
        let g = verbGroup(i)
        let win = window(i, g.start)
        if g.negated || window(win, has: .hypothetical) { return }
        var k = i + 1
        if ["a", "an", "the", "full", "formal"].contains(w(k)) { k += 1 }
        if ["full", "formal", "founding", "associate", "participating"].contains(w(k)) { k += 1 }
        // "became a Member State of the Agency".
        if ["member", "members"].contains(w(k)), ["state", "states", "country", "nation"].contains(w(k + 1)), atAny(k + 2, [.of, .`in`, .to]) { k += 1 }
        // "The ACFTA became fully operational": it came into being.
        var m = i + 1
        while m < tokens.count, isA(m, .adverb) { m += 1 }
        if ["operational", "effective"].contains(w(m)), let subj = subject(groupStart: g.start, trigger: i), subj.entity?.kind != .state {
            add(.establish, i, subject: nil, objects: [(subj, nil, subj.range)], passive: true, confidence: 0.7)
            return
        }
        if ["member", "members", "participant", "participants", "party", "part", "state"].contains(w(k)), atAny(k + 1, [.of, .`in`, .to]) {
            let subj = subject(groupStart: g.start, trigger: i)
            add(.join, i, subject: subj, objects: objects(from: k + 2), passive: false, confidence: 0.8)
            return
        }
        guard let s = subject(groupStart: g.start, trigger: i), s.entity?.kind == .institution || s.entity?.kind == .organisation || s.entity == nil && s.text.first?.isUppercase == true else { return }
        let e = phraseRight(from: i + 1)
        guard e > i + 1, tokens[i + 1].isCapitalized || tokens[min(i + 2, tokens.count - 1)].isCapitalized, let by = phrase((i + 1)..<e) else { return }
        if s.entity?.kind == .state || by.entity?.kind == .state { return }
        add(.replace, i, subject: nil, objects: [(s, nil, s.range)], by: by, passive: false, confidence: 0.7)
    }
}
