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
            let key = Tokenizer.words(name).joined(separator: " ")
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
        var built: [Event] = []
        var undated: [ExtractedEvent] = []
        var docs: [String] = []
        var eventIDs = Set<String>()
        for e in events {
            guard let text = e.date, let date = try? EDTFDate(text) else { undated.append(e); continue }
            if !docs.contains(e.document) { docs.append(e.document) }
            let s = id(for: e.subject, known: e.subjectID)
            let o = id(for: e.object, known: e.objectID)
            let b = id(for: e.by, known: e.byID)
            var eid = slug("\(e.type.rawValue)-\(o ?? s ?? "event")").lowercased()
            var n = 2
            while eventIDs.contains(eid) { eid = slug("\(e.type.rawValue)-\(o ?? s ?? "event")-\(n)").lowercased(); n += 1 }
            eventIDs.insert(eid)
            let note = "Draft from extraction (confidence \(e.confidence)\(e.dateInherited ? ", date carried over" : "")): " + e.quote
            built.append(
                Event(
                    id: eid, type: e.type, date: date, subjects: s.map { [$0] } ?? [], object: o, by: b,
                    sources: [Citation(source: sourceID(e.document), locator: "bytes \(e.start)-\(e.end)")], note: note))
        }
        let history = History(
            title: title, note: "Draft made by dyad extract; review every event before use.",
            actors: actors.map { Actor(id: $0.0, name: $0.1, kind: $0.2 == "state" ? .state : .organisation) },
            institutions: institutions.map { Institution(id: $0.0, name: $0.1, kind: InstitutionKind(rawValue: $0.2) ?? .cooperation) },
            sources: docs.map { Source(id: sourceID($0), title: $0, publisher: "unknown") }, events: built)
        var out = HistoryFile.write(history)
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
        let words = Set(Tokenizer.words(name))
        if !words.isDisjoint(with: ["council", "forum", "commission", "committee", "assembly", "conference", "meetings", "meeting", "dialogue"]) { return "forum" }
        if !words.isDisjoint(with: ["act", "charter", "declaration", "agreement", "treaty", "pact", "accord", "convention", "protocol", "memorandum", "commitments"]) { return "agreement" }
        if !words.isDisjoint(with: ["programme", "program", "partnership", "initiative", "plan"]) { return "programme" }
        if !words.isDisjoint(with: ["office", "mission", "channel", "channels", "bureau", "embassy", "centre", "center"]) { return "channel" }
        if !words.isDisjoint(with: ["force", "operation", "operations", "peacekeepers"]) { return "operation" }
        if !words.isDisjoint(with: ["relations", "relationship", "ties"]) { return "relationship" }
        return "cooperation"
    }

}
