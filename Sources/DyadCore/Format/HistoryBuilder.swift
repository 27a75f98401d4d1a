/// Builds a `History` from YAML nodes as they arrive: top-level entries, then list items one by one.
///
/// References from events to entities and sources are checked on the spot when those sections came
/// first (the usual layout); otherwise they are kept and checked at the end.
struct HistoryBuilder {
    let file: String
    static let sections: Set<String> = ["actors", "institutions", "sources", "events"]
    static let topKeys: Set<String> = Set(["dyad", "title", "pair", "note"]).union(sections)
    static let actorKeys: Set<String> = ["id", "name", "kind", "aliases", "codes", "note"]
    static let institutionKeys: Set<String> = ["id", "name", "kind", "aliases", "members", "note"]
    static let sourceKeys: Set<String> = ["id", "title", "publisher", "url", "date"]
    static let eventKeys: Set<String> = ["id", "type", "date", "subject", "object", "by", "place", "sources", "asserted_by", "note"]
    static let citationKeys: Set<String> = ["source", "locator"]

    private var history = History(title: "")
    private var seen: [String: YAMLNode] = [:]
    private var version: YAMLNode?
    private var title: YAMLNode?
    private var pairNodes: [(String, YAMLNode)] = []
    private var entityIDs = Set<String>()
    private var actorIDs = Set<String>()
    private var sourceIDs = Set<String>()
    private var eventIDs = Set<String>()
    /// References that could not be checked when read because their section came later.
    private var deferredEntities: [(String, YAMLNode)] = []
    private var deferredActors: [(String, YAMLNode)] = []
    private var deferredSources: [(String, YAMLNode)] = []

    init(file: String) {
        self.file = file
        history.file = file
    }

    // MARK: - Feeding

    mutating func entry(_ keyNode: YAMLNode, _ value: YAMLNode) throws(DyadError) {
        let key = keyNode.text ?? ""
        guard Self.topKeys.contains(key) else {
            throw unknownKey(key, keyNode, in: "the history", allowed: Self.topKeys)
        }
        guard seen[key] == nil else { throw fail(keyNode, "the key `\(key)` appears twice in the history") }
        seen[key] = keyNode
        switch key {
        case "dyad": version = value
        case "title": title = value
        case "note": history.note = value.isNull ? nil : try string(value, "note")
        case "pair":
            pairNodes = try strings(value, "pair")
            history.dyad = pairNodes.map(\.0)
        default:
            // A section given inline (`events: []` or a flow list) rather than streamed.
            if case .sequence(let items) = value.kind {
                for item in items { try self.item(keyNode, item) }
            } else if !value.isNull {
                throw fail(value, "expected a list under `\(key)`, found \(describe(value))")
            }
        }
    }

    mutating func item(_ keyNode: YAMLNode, _ node: YAMLNode) throws(DyadError) {
        switch keyNode.text ?? "" {
        case "actors": try actor(node)
        case "institutions": try institution(node)
        case "sources": try source(node)
        case "events": try event(node)
        default: throw fail(node, "expected no list under `\(keyNode.text ?? "")`")
        }
    }

    mutating func finish() throws(DyadError) -> History {
        guard let version else {
            throw DyadError(.badData, "expected `dyad: 1` at the top of a history file, found no `dyad` key", file: file, line: 1, column: 1)
        }
        let v = try string(version, "dyad")
        guard v == "1" else { throw fail(version, "expected format version 1, found `\(v)`") }
        guard let title else { throw DyadError(.badData, "expected a `title`, found none", file: file, line: 1, column: 1) }
        history.title = try string(title, "title")
        for (id, node) in deferredActors where !actorIDs.contains(id) {
            throw unknown(id, node, "an actor", among: history.actors.map(\.id))
        }
        for (id, node) in deferredEntities where !entityIDs.contains(id) {
            throw unknown(id, node, "an actor or institution", among: history.actors.map(\.id) + history.institutions.map(\.id))
        }
        for (id, node) in deferredSources where !sourceIDs.contains(id) {
            throw unknown(id, node, "a source", among: history.sources.map(\.id))
        }
        for (id, node) in pairNodes where !actorIDs.contains(id) {
            throw unknown(id, node, "an actor", among: history.actors.map(\.id))
        }
        return history
    }

    // MARK: - Items

    private mutating func actor(_ node: YAMLNode) throws(DyadError) {
        let f = try fields(node, of: "an actor", allowed: Self.actorKeys)
        let id = try identifier(f, node, of: "an actor")
        let actor = Actor(
            id: id, name: try required(f, "name", in: node, of: "actor `\(id)`"),
            kind: try choice(try requiredNode(f, "kind", in: node, of: "actor `\(id)`"), ActorKind.self, "kind"),
            aliases: try list(f, "aliases"), codes: try list(f, "codes"), note: try optional(f, "note"))
        try register(id, node, f["id"]!)
        actorIDs.insert(id)
        history.actors.append(actor)
    }

    private mutating func institution(_ node: YAMLNode) throws(DyadError) {
        let f = try fields(node, of: "an institution", allowed: Self.institutionKeys)
        let id = try identifier(f, node, of: "an institution")
        var members: [String] = []
        if let m = f["members"], !m.isNull {
            for (member, memberNode) in try strings(m, "members") {
                try reference(member, memberNode, actorsOnly: true)
                members.append(member)
            }
        }
        let institution = Institution(
            id: id, name: try required(f, "name", in: node, of: "institution `\(id)`"),
            kind: try choice(try requiredNode(f, "kind", in: node, of: "institution `\(id)`"), InstitutionKind.self, "kind"),
            aliases: try list(f, "aliases"), members: members, note: try optional(f, "note"))
        try register(id, node, f["id"]!)
        history.institutions.append(institution)
    }

    private mutating func source(_ node: YAMLNode) throws(DyadError) {
        let f = try fields(node, of: "a source", allowed: Self.sourceKeys)
        let id = try identifier(f, node, of: "a source")
        guard sourceIDs.insert(id).inserted else { throw fail(f["id"]!, "the source id `\(id)` is defined twice") }
        history.locations["source:" + id] = location(node)
        var date: EDTFDate?
        if let d = f["date"], !d.isNull { date = try self.date(d) }
        history.sources.append(
            Source(
                id: id, title: try required(f, "title", in: node, of: "source `\(id)`"),
                publisher: try required(f, "publisher", in: node, of: "source `\(id)`"), url: try optional(f, "url"), date: date))
    }

    private mutating func event(_ node: YAMLNode) throws(DyadError) {
        let f = try fields(node, of: "an event", allowed: Self.eventKeys)
        let id = try identifier(f, node, of: "an event")
        guard eventIDs.insert(id).inserted else { throw fail(f["id"]!, "the event id `\(id)` is defined twice") }
        let type = try choice(try requiredNode(f, "type", in: node, of: "event `\(id)`"), EventType.self, "type")
        let date = try self.date(try requiredNode(f, "date", in: node, of: "event `\(id)`"))
        var subjects: [String] = []
        if let n = f["subject"], !n.isNull {
            for (value, itemNode) in try strings(n, "subject") {
                try reference(value, itemNode, actorsOnly: false)
                subjects.append(value)
            }
        }
        var citations: [Citation] = []
        if let n = f["sources"], !n.isNull {
            let items: [YAMLNode]
            switch n.kind {
            case .sequence(let list): items = list
            case .scalar: items = [n]
            case .mapping: throw fail(n, "expected a list of source ids under `sources`, found a mapping")
            }
            for item in items {
                let citation: Citation
                if case .mapping = item.kind {
                    let c = try fields(item, of: "a citation", allowed: Self.citationKeys)
                    citation = Citation(source: try required(c, "source", in: item, of: "a citation"), locator: try optional(c, "locator"))
                } else {
                    citation = Citation(source: try string(item, "sources"))
                }
                if seen["sources"] != nil && !sourceIDs.contains(citation.source) || seen["sources"] == nil {
                    if seen["sources"] != nil { throw unknown(citation.source, item, "a source", among: history.sources.map(\.id)) }
                    deferredSources.append((citation.source, item))
                }
                citations.append(citation)
            }
        }
        history.eventPositions.append(EventPosition(line: Int32(clamping: node.line), column: Int32(clamping: node.column)))
        history.events.append(
            Event(
                id: id, type: type, date: date, subjects: subjects, object: try entity(f, "object"), by: try entity(f, "by"),
                place: try optional(f, "place"), sources: citations, assertedBy: try optional(f, "asserted_by"),
                note: try optional(f, "note")))
    }

    // MARK: - References

    private mutating func entity(_ f: Fields, _ key: String) throws(DyadError) -> String? {
        guard let n = f[key], !n.isNull else { return nil }
        let value = try string(n, key)
        try reference(value, n, actorsOnly: false)
        return value
    }

    /// Checks a reference now if its section is complete, else keeps it for the end.
    private mutating func reference(_ id: String, _ node: YAMLNode, actorsOnly: Bool) throws(DyadError) {
        if actorsOnly {
            if actorIDs.contains(id) { return }
            if seen["actors"] != nil && seen["institutions"] != nil {
                throw unknown(id, node, "an actor", among: history.actors.map(\.id))
            }
            deferredActors.append((id, node))
            return
        }
        if entityIDs.contains(id) { return }
        if seen["actors"] != nil && seen["institutions"] != nil {
            throw unknown(id, node, "an actor or institution", among: history.actors.map(\.id) + history.institutions.map(\.id))
        }
        deferredEntities.append((id, node))
    }

    private mutating func register(_ id: String, _ node: YAMLNode, _ idNode: YAMLNode) throws(DyadError) {
        guard entityIDs.insert(id).inserted else {
            throw fail(idNode, "the id `\(id)` is already used by another actor or institution")
        }
        history.locations["entity:" + id] = location(node)
    }

    // MARK: - Node helpers

    private func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    private func fail(_ node: YAMLNode, _ message: String) -> DyadError {
        DyadError(.badData, message, file: file, line: node.line, column: node.column)
    }

    private func unknown(_ value: String, _ node: YAMLNode, _ what: String, among candidates: [String]) -> DyadError {
        let near = Suggestions.closest(to: value, among: candidates)
        var message = "expected the id of \(what), found `\(value)`, which is not defined"
        if !near.isEmpty { message += "; did you mean \(near.map { "`\($0)`" }.joined(separator: " or "))?" }
        var error = fail(node, message)
        error.suggestions = near
        return error
    }

    private func unknownKey(_ key: String, _ node: YAMLNode, in what: String, allowed: Set<String>) -> DyadError {
        let near = Suggestions.closest(to: key, among: Array(allowed))
        let hint = near.isEmpty ? "" : "; did you mean `\(near[0])`?"
        return fail(node, "unknown key `\(key)` in \(what); expected one of \(allowed.sorted().joined(separator: ", "))\(hint)")
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .scalar(let s, _): return "`\(s.count > 40 ? String(s.prefix(40)) + "…" : s)`"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    private func fields(_ node: YAMLNode, of what: String, allowed: Set<String>) throws(DyadError) -> Fields {
        guard case .mapping(let pairs) = node.kind else {
            throw fail(node, "expected \(what) as a mapping of keys, found \(describe(node))")
        }
        var result = Fields()
        result.pairs.reserveCapacity(pairs.count)
        for (keyNode, value) in pairs {
            guard let key = keyNode.text else { throw fail(keyNode, "expected a plain key, found \(describe(keyNode))") }
            guard allowed.contains(key) else { throw unknownKey(key, keyNode, in: what, allowed: allowed) }
            guard result[key] == nil else { throw fail(keyNode, "the key `\(key)` appears twice in \(what)") }
            result.pairs.append((key, value))
        }
        return result
    }

    private func string(_ node: YAMLNode, _ key: String) throws(DyadError) -> String {
        guard let s = node.text else { throw fail(node, "expected a text value for `\(key)`, found \(describe(node))") }
        return s
    }

    private func strings(_ node: YAMLNode, _ key: String) throws(DyadError) -> [(String, YAMLNode)] {
        switch node.kind {
        case .scalar(let s, _): return node.isNull ? [] : [(s, node)]
        case .sequence(let items):
            var out: [(String, YAMLNode)] = []
            for item in items { out.append((try string(item, key), item)) }
            return out
        case .mapping: throw fail(node, "expected a text or a list of texts for `\(key)`, found a mapping")
        }
    }

    private func list(_ f: Fields, _ key: String) throws(DyadError) -> [String] {
        guard let n = f[key] else { return [] }
        return try strings(n, key).map(\.0)
    }

    private func requiredNode(_ f: Fields, _ key: String, in node: YAMLNode, of what: String) throws(DyadError) -> YAMLNode {
        guard let value = f[key], !value.isNull else { throw fail(node, "expected `\(key)` in \(what), found none") }
        return value
    }

    private func required(_ f: Fields, _ key: String, in node: YAMLNode, of what: String) throws(DyadError) -> String {
        let valueNode = try requiredNode(f, key, in: node, of: what)
        let value = try string(valueNode, key)
        guard value.contains(where: { !$0.isWhitespace }) else { throw fail(valueNode, "expected a non-empty `\(key)` in \(what)") }
        return value
    }

    private func identifier(_ f: Fields, _ node: YAMLNode, of what: String) throws(DyadError) -> String {
        let id = try required(f, "id", in: node, of: what)
        // Most ids are ASCII; only look up Unicode properties when they are not.
        let ascii = id.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E
        }
        if ascii { return id }
        for u in id.unicodeScalars where !(u.properties.isAlphabetic || u.properties.numericType != nil || u == "-" || u == "_" || u == ".") {
            throw fail(f["id"]!, "expected an id of letters, digits, `-`, `_` or `.`, found `\(id)`")
        }
        return id
    }

    private func optional(_ f: Fields, _ key: String) throws(DyadError) -> String? {
        guard let value = f[key], !value.isNull else { return nil }
        return try string(value, key)
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ type: T.Type, _ key: String) throws(DyadError) -> T
    where T.RawValue == String {
        let value = try string(node, key)
        if let v = T(rawValue: value) ?? T(rawValue: value.lowercased()) { return v }
        let all = T.allCases.map(\.rawValue)
        let near = Suggestions.closest(to: value, among: all)
        let hint = near.isEmpty ? "" : "; did you mean `\(near[0])`?"
        throw fail(node, "unknown \(key) `\(value)`; expected one of \(all.joined(separator: ", "))\(hint)")
    }

    private func date(_ node: YAMLNode) throws(DyadError) -> EDTFDate {
        let text = try string(node, "date")
        do {
            return try EDTFDate(text)
        } catch {
            var e = fail(node, "expected an EDTF date (like 1997-05-27, 2008-08, 2009-21, 1995/1999), found `\(text)`: \(error.message)")
            if case .scalar(_, true) = node.kind { e.column = node.column + error.offset }
            throw e
        }
    }
}

/// The keys of one mapping, in file order; a linear scan beats hashing for the handful of keys an item has.
struct Fields {
    var pairs: [(String, YAMLNode)] = []

    subscript(key: String) -> YAMLNode? {
        for (k, v) in pairs where k == key { return v }
        return nil
    }
}
