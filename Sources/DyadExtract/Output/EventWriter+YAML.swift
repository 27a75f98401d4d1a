import DyadCore

extension EventWriter {
    /// A draft history in the format of docs/history-format.md: every name becomes an actor or an institution,
    /// every dated event an event citing its document. Events without a date are left out (the format needs one)
    /// and listed in a comment so that a reviewer can date them by hand.
    public static func yaml(_ events: [ExtractedEvent], title: String) -> String {
        var ids: [String: String] = [:]  // printed name -> id
        var actors: [(String, String, String)] = []  // id, name, kind
        var institutions: [(String, String, String)] = []
        var taken = Set<String>()
        func id(for name: String?, known: String?) -> String? {
            guard let name else { return nil }
            if let existing = ids[name] { return existing }
            let key = Tokenizer.tokenize(name).map(\.lower).joined(separator: " ")
            let builtIn = Gazetteer.builtIn.lookup(key)
            var base = known ?? builtIn?.entity.id ?? slug(name)
            if base.isEmpty { base = "entity" }
            var candidate = base
            var n = 2
            // Two different names never share an id unless they resolve to the same entity.
            while taken.contains(candidate) && !(ids.first { $0.value == candidate }.map { _ in known != nil || builtIn != nil } ?? false) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            ids[name] = candidate
            if !taken.contains(candidate) {
                taken.insert(candidate)
                if let b = builtIn {
                    actors.append((candidate, b.entity.name, b.entity.kind == .state ? "state" : "organisation"))
                } else {
                    institutions.append((candidate, name, institutionKind(name)))
                }
            }
            return candidate
        }
        var lines: [String] = []
        var undated: [ExtractedEvent] = []
        var docs: [String] = []
        var eventIDs = Set<String>()
        for e in events {
            guard let date = e.date, (try? EDTFDate(date)) != nil else { undated.append(e); continue }
            if !docs.contains(e.document) { docs.append(e.document) }
            let s = id(for: e.subject, known: e.subjectID)
            let o = id(for: e.object, known: e.objectID)
            let b = id(for: e.by, known: e.byID)
            var eid = "\(e.type.rawValue)-\(o ?? s ?? "event")".lowercased()
            var n = 2
            while eventIDs.contains(eid) { eid = "\(e.type.rawValue)-\(o ?? s ?? "event")-\(n)".lowercased(); n += 1 }
            eventIDs.insert(eid)
            lines.append("  - id: \(eid)")
            lines.append("    type: \(e.type.rawValue)")
            lines.append("    date: \(quoted(date))")
            if let s { lines.append("    subject: \(quoted(s))") }
            if let o { lines.append("    object: \(quoted(o))") }
            if let b { lines.append("    by: \(quoted(b))") }
            lines.append("    sources: [{source: \(quoted(sourceID(e.document))), locator: \(quoted("bytes \(e.start)-\(e.end)"))}]")
            lines.append("    note: \(quoted("Draft from extraction (confidence \(e.confidence)\(e.dateInherited ? ", date carried over" : "")): " + e.quote))")
        }
        var out = "dyad: 1\ntitle: \(quoted(title))\n"
        out += "note: \(quoted("Draft made by dyad extract; review every event before use."))\n"
        out += "\nactors:\n"
        if actors.isEmpty { out = out.replacingOccurrences(of: "\nactors:\n", with: "\nactors: []\n") }
        for (i, n, k) in actors { out += "  - id: \(quoted(i))\n    name: \(quoted(n))\n    kind: \(k)\n" }
        out += institutions.isEmpty ? "\ninstitutions: []\n" : "\ninstitutions:\n"
        for (i, n, k) in institutions { out += "  - id: \(quoted(i))\n    name: \(quoted(n))\n    kind: \(k)\n" }
        out += docs.isEmpty ? "\nsources: []\n" : "\nsources:\n"
        for d in docs { out += "  - id: \(quoted(sourceID(d)))\n    title: \(quoted(d))\n" }
        out += lines.isEmpty ? "\nevents: []\n" : "\nevents:\n" + lines.joined(separator: "\n") + "\n"
        if !undated.isEmpty {
            out += "\n# Undated, left out (add a date to keep them):\n"
            for e in undated { out += "#   \(e.type.rawValue): \(e.subject ?? "-") -> \(e.object ?? "-"): \(e.quote.replacingOccurrences(of: "\n", with: " "))\n" }
        }
        return out
    }

    static func sourceID(_ document: String) -> String { slug(document).lowercased() }

    static func slug(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            if ch.properties.isAlphabetic && ch.isASCII || ("0"..."9").contains(ch) { out.unicodeScalars.append(ch) } else if !out.hasSuffix("-") && !out.isEmpty { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(40))
    }

    static func institutionKind(_ name: String) -> String {
        let words = Set(Tokenizer.tokenize(name).map(\.lower))
        if !words.isDisjoint(with: ["council", "forum", "commission", "committee", "assembly", "conference", "meetings", "meeting", "dialogue"]) { return "forum" }
        if !words.isDisjoint(with: ["act", "charter", "declaration", "agreement", "treaty", "pact", "accord", "convention", "protocol", "memorandum", "commitments"]) { return "agreement" }
        if !words.isDisjoint(with: ["programme", "program", "partnership", "initiative", "plan"]) { return "programme" }
        if !words.isDisjoint(with: ["office", "mission", "channel", "channels", "bureau", "embassy", "centre", "center"]) { return "channel" }
        if !words.isDisjoint(with: ["force", "operation", "operations", "peacekeepers"]) { return "operation" }
        if !words.isDisjoint(with: ["relations", "relationship", "ties"]) { return "relationship" }
        return "cooperation"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ s: String) -> String { json(s) }
}
