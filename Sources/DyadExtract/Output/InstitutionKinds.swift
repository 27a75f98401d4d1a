import DyadCore

/// Which kind of institution a name stands for, decided by its head word: "liaison office" is a channel,
/// "treaty" an agreement. The one table the draft history reads; add a word here, with a test.
enum InstitutionKinds {
    /// Head words (lower case, singular) and the kind they give.
    static let heads: [String: InstitutionKind] = {
        let groups: [(InstitutionKind, [String])] = [
            (
                .channel,
                [
                    "office", "embassy", "mission", "channel", "hotline", "hot-line", "bureau", "consulate", "legation",
                    "liaison", "section", "representation", "delegation",
                ]
            ),
            (
                .agreement,
                [
                    "treaty", "accord", "agreement", "declaration", "act", "charter", "protocol", "memorandum", "pact", "convention",
                    "communique", "communiqué", "deal", "arrangement", "armistice", "ceasefire", "cease-fire", "truce", "resolution",
                    "commitment", "statute", "understanding",
                ]
            ),
            (
                .forum,
                [
                    "council", "forum", "commission", "assembly", "committee", "dialogue", "conference", "meeting", "summit", "session",
                    "talks", "negotiation", "board", "group", "parliament", "court", "tribunal", "organisation", "organization", "union",
                    "community", "league", "alliance", "bloc", "process", "format",
                ]
            ),
            (.programme, ["programme", "program", "partnership", "initiative", "plan", "project", "scheme", "roadmap", "road-map", "framework"]),
            (
                .operation,
                [
                    "force", "operation", "peacekeeper", "peacekeeping", "troop", "contingent", "deployment", "exercise", "patrol",
                    "intervention", "blockade",
                ]
            ),
            (.relationship, ["relations", "relation", "relationship", "ties"]),
            (.cooperation, ["cooperation", "co-operation", "mechanism", "exchange", "trade"]),
        ]
        var table: [String: InstitutionKind] = [:]
        for (kind, words) in groups { for w in words { table[w] = kind } }
        return table
    }()

    /// A head word whose kind changes when the name holds one of these words: a mission of peacekeepers is an operation,
    /// a liaison mission or a diplomatic mission stays a channel.
    static let qualified: [(head: String, words: Set<String>, kind: InstitutionKind)] = [
        (
            "mission",
            [
                "peacekeeping", "peacekeepers", "peace-keeping", "peacekeeper", "stabilisation", "stabilization", "observer", "observers",
                "monitoring", "verification", "interim", "assistance", "training", "police", "naval", "military", "peace", "protection",
            ], .operation
        )
    ]

    /// Words that keep the head word's own kind even when a qualifier is there ("Military Liaison Mission").
    static let keepers: Set<String> = ["liaison", "diplomatic", "permanent", "information"]

    /// Words that end the head of a name: the head is the last listed word before them.
    static let prepositions: Set<String> = [
        "of", "for", "on", "in", "between", "with", "to", "at", "from", "against", "by", "among", "about", "over", "under", "within",
    ]

    /// The kind of an institution named `name`, or nil when no word of it is in the table.
    static func kind(of name: String) -> InstitutionKind? {
        let (words, start) = split(name)
        guard !words.isEmpty else { return nil }
        // The head is before the first preposition: "the Treaty on Conventional Armed Forces" is a treaty.
        var end = words.count
        for k in start..<words.count where k > start && prepositions.contains(words[k]) {
            end = k
            break
        }
        let all = Set(words)
        func lookup(_ w: String) -> (String, InstitutionKind)? {
            if let k = heads[w] { return (w, k) }
            if w.count > 3, w.hasSuffix("s"), let k = heads[String(w.dropLast())] { return (String(w.dropLast()), k) }
            return nil
        }
        func qualify(_ found: (String, InstitutionKind)) -> InstitutionKind {
            guard all.isDisjoint(with: keepers) else { return found.1 }
            for q in qualified where q.head == found.0 && !all.isDisjoint(with: q.words) { return q.kind }
            return found.1
        }
        // The last word of the head part first, then the words before it ("Partnership for Peace programme" is a
        // programme, "Partnership Council" a forum); what follows the preposition or precedes the possessive is
        // another name's ("voting rights of the delegation" is no channel).
        for w in words[start..<end].reversed() { if let found = lookup(w) { return qualify(found) } }
        return nil
    }

    /// The lower-case words of a name (letters, digits, inner hyphens), and the index of the first word after its
    /// last possessive: "the Council of Europe's Parliamentary Assembly" is an assembly.
    static func split(_ name: String) -> (words: [String], start: Int) {
        var words: [String] = []
        var start = 0
        var word = ""
        func close(possessive: Bool) {
            while word.hasSuffix("-") { word.removeLast() }
            if !word.isEmpty { words.append(word) }
            word = ""
            if possessive { start = words.count }
        }
        var chars = Array(name.lowercased())
        chars.append(" ")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isLetter || c.isNumber || c == "-" && !word.isEmpty {
                word.append(c)
            } else if c == "'" || c == "\u{2019}" {
                // "Europe's", "states'": a possessive ends the words it belongs to.
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                let after = i + 2 < chars.count ? chars[i + 2] : " "
                if next == "s" && !(after.isLetter || after.isNumber) {
                    close(possessive: true)
                    i += 2
                    continue
                }
                close(possessive: !word.isEmpty && !(next.isLetter || next.isNumber))
            } else {
                close(possessive: false)
            }
            i += 1
        }
        if start >= words.count { start = 0 }
        return (words, start)
    }
}
