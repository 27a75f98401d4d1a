/// Finds names in a sentence: known ones by look-up, new ones by their shape, and learns the new ones.
struct NameFinder {
    /// Head words of institution names ("North Atlantic Cooperation Council", "Partnership for Peace").
    static let heads: WordSet = Language.english.words("heads")
    static let connectors: WordSet = Language.english.words("connectors")

    /// Mentions starting at each token (end, alias), learning definitions and institution names into `learned`.
    /// `out` is emptied first; its storage is reused sentence after sentence.
    static func mentions(in tokens: [Token], _ b: UnsafeBufferPointer<UInt8>, builtIn: Gazetteer, known: Gazetteer, learned: inout Gazetteer, dateAt: [Int?], into out: inout Mentions) {
        out.reset(count: tokens.count)
        // 1. "Long Name (ACRONYM)" definitions.
        var i = 0
        while i + 2 < tokens.count {
            if tokens[i].isWord(.openParen), tokens[i + 1].isAcronym, tokens[i + 2].isWord(.closeParen), i > 0 {
                let s = nameStart(tokens, endingBefore: i, dateAt: dateAt)
                if s < i - 0, i - s >= 1 {
                    let name = text(tokens, b, s..<i)
                    let acr = tokens[i + 1].text(in: b)
                    // The acronym should echo the name's initials, or the name be several words long.
                    // A definition the document has given before changes nothing: documents repeat them often.
                    if learned.holds(name) && learned.holds(acr) { i += 3; continue }
                    if i - s >= 2 || name.count > acr.count + 2 {
                        let head = headWord(tokens, b, s..<i)
                        let e = Entity(id: acr, name: name, kind: head == nil ? .organisation : .institution, head: head)
                        let acrKey = acr.lowercased()
                        if known.lookup(acrKey) == nil && builtIn.lookup(acrKey) == nil {
                            learned.add(e, names: [name, acr])
                        } else if learned.lookup(name.lowercased()) == nil {
                            let target = known.lookup(acrKey) ?? builtIn.lookup(acrKey)!
                            learned.add(target.entity, names: [name])
                        }
                    }
                }
                i += 3
                continue
            }
            i += 1
        }
        // 2. Capitalised runs with an institution head word.
        i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, tokens[i].kind == .word, dateAt[i] == nil else { i += 1; continue }
            var e = i
            var last = i
            while e < tokens.count {
                if tokens[e].kind == .word && tokens[e].isCapitalized && dateAt[e] == nil { last = e; e += 1; continue }
                // "the NACC and the EAPC", "Council and Commission": "and" after a head word or before "the" joins two names.
                let joinsTwo = (tokens[e].isWord(.and) || tokens[e].isWord(.or))
                    && (e + 1 < tokens.count && tokens[e + 1].isWord(.the) || e > i && tokens[e - 1].isA(.nameHead))
                if !joinsTwo, tokens[e].isA(.connector), e + 1 < tokens.count, tokens[e + 1].isCapitalized || tokens[e + 1].isWord(.the) && e + 2 < tokens.count && tokens[e + 2].isCapitalized, !tokens[e].isWord(.and) || e + 1 < tokens.count && tokens[e + 1].isA(.nameHead) == false {
                    e += 1
                    continue
                }
                break
            }
            var s = i
            if tokens[s].isWord(.the) || tokens[s].isWord(.a) || tokens[s].isWord(.an) || tokens[s].isWord(.this) || tokens[s].isWord(.its) { s += 1 }
            // "State of the Conference on Security ...": a run that ends in a name already known is not a new name.
            var endsInKnown = false
            for c in (s + 1)..<max(s + 1, last) where tokens[c].isA(.connector) {
                var f = c + 1
                if tokens[f].isWord(.the) { f += 1 }
                guard f <= last else { continue }
                if known.isName(tokens, b, f...last) || learned.isName(tokens, b, f...last) || builtIn.isName(tokens, b, f...last) { endsInKnown = true; break }
            }
            // A run cut short before "and" + capital is a fragment of a longer name, not a name.
            if last + 2 < tokens.count, tokens[last + 1].isWord(.and), tokens[last + 2].isCapitalized { endsInKnown = true }
            // A name the document has already taught is skipped before its string is made: documents repeat their names.
            if !endsInKnown, last >= s + 1, !learned.isName(tokens, b, s...last), let head = headWord(tokens, b, s..<(last + 1)) {
                let name = text(tokens, b, s..<(last + 1))
                let key = name.lowercased()
                if learned.lookup(key) == nil && known.lookup(key) == nil && builtIn.lookup(key) == nil {
                    learned.add(Entity(id: slug(name), name: name, kind: .institution, head: head), names: [name])
                }
            }
            i = last + 1
        }
        // 3. Look-up, longest first.
        i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalized || t.isWord(.the) && i + 1 < tokens.count && tokens[i + 1].isCapitalized else { i += 1; continue }
            var matched = false
            // The longest name wins; at equal length the history's names come first, then the document's, then the built-in ones.
            var best = known.longestName(in: tokens, b, at: i)
            if let l = learned.longestName(in: tokens, b, at: i), l.0 > (best?.0 ?? 0) { best = l }
            if let m = builtIn.longestName(in: tokens, b, at: i), m.0 > (best?.0 ?? 0) { best = m }
            if let (n, a) = best {
                // A capital after a preposition is a place ("the office in Moscow"), not the government.
                if !(a.metonym && !a.demonym && a.entity.kind == .state && i > 0 && (tokens[i - 1].isWord(.in) || tokens[i - 1].isWord(.to) || tokens[i - 1].isWord(.from) || tokens[i - 1].isWord(.at) || tokens[i - 1].isWord(.of) || tokens[i - 1].isWord(.for) || tokens[i - 1].lowerEquals("near", in: b))) {
                    out.add(start: i, end: i + n, alias: a)
                    i += n
                    matched = true
                }
            }
            if !matched { i += 1 }
        }
    }

    static func nameStart(_ tokens: [Token], endingBefore end: Int, dateAt: [Int?]) -> Int {
        var s = end
        var j = end - 1
        while j >= 0 {
            let t = tokens[j]
            if t.kind == .word, t.isCapitalized, dateAt[j] == nil { s = j; j -= 1; continue }
            if t.isA(.connector), !t.isWord(.the), j > 0, tokens[j - 1].isCapitalized, s < end { j -= 1; continue }
            // "UN Monitoring, Verification and Inspection Commission (UNMOVIC)": commas inside a defined name.
            if t.isWord(.comma), j > 0, tokens[j - 1].isCapitalized, s < end, tokens[s].isCapitalized { j -= 1; continue }
            break
        }
        if s < end, tokens[s].isWord(.the) { s += 1 }
        return s
    }

    /// The institution head word of a name ("council" in "NATO-Russia Council of Ministers"), lower-cased.
    static func headWord(_ tokens: [Token], _ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        var head: String?
        for k in r {
            let t = tokens[k]
            if t.isWord(.of) || t.isWord(.for) || t.isWord(.on) || t.isWord(.in), head != nil { break }
            if t.isA(.nameHead) { head = t.lower(in: b) }
        }
        return head
    }

    /// The head word of a name given as a string.
    static func headWord(_ name: String) -> String? {
        Tokenizer.withTokens(name) { tokens, b in headWord(tokens, b, 0..<tokens.count) }
    }

    /// The words of `tokens[r]` as printed, a possessive joined to the word before it.
    static func text(_ tokens: [Token], _ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        var s = ""
        for k in r {
            if !s.isEmpty && !tokens[k].isWord(.possessive) { s += " " }
            s += tokens[k].text(in: b)
        }
        return s
    }

    static func slug(_ name: String) -> String {
        let initials = name.split(separator: " ").filter { $0.first?.isUppercase == true }.map { String($0.first!) }.joined()
        return initials.count >= 2 ? initials : name.replacingOccurrences(of: " ", with: "-")
    }
}
