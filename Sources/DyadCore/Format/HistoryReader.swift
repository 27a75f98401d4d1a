import Foundation
import Yams

/// Turns YAML text into a `History`, checking shape, keys, dates and references as it goes.
struct HistoryReader {
    let file: String

    static let topKeys: Set<String> = ["dyad", "title", "pair", "note", "actors", "institutions", "sources", "events"]
    static let actorKeys: Set<String> = ["id", "name", "kind", "aliases", "codes", "note"]
    static let institutionKeys: Set<String> = ["id", "name", "kind", "aliases", "members", "note"]
    static let sourceKeys: Set<String> = ["id", "title", "publisher", "url", "date"]
    static let eventKeys: Set<String> = [
        "id", "type", "date", "subject", "object", "by", "place", "sources", "asserted_by", "note",
    ]
    static let citationKeys: Set<String> = ["source", "locator"]

    func read(_ text: String) throws(DyadError) -> History {
        if text.allSatisfy({ $0.isWhitespace }) {
            throw DyadError(.badData, "the file is empty; expected a history starting with `dyad: 1`", file: file, line: 1, column: 1)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DyadError(.badData, "expected a history, found no YAML document", file: file, line: 1, column: 1)
            }
            root = node
        } catch let error as DyadError {
            throw error
        } catch let error as YamlError {
            throw translate(error, text: text)
        } catch {
            throw DyadError(.badData, "cannot read YAML: \(error)", file: file, line: 1, column: 1)
        }
        return try history(from: root)
    }

    // MARK: - The parts

    private func history(from root: Node) throws(DyadError) -> History {
        let top = try fields(root, of: "the history", allowed: Self.topKeys)
        guard let versionNode = top["dyad"] else {
            throw fail(root, "expected `dyad: 1` at the top of a history file, found no `dyad` key")
        }
        let version = try string(versionNode, "dyad")
        guard version == "1" else { throw fail(versionNode, "expected format version 1, found `\(version)`") }
        guard let titleNode = top["title"] else { throw fail(root, "expected a `title`, found none") }
        var history = History(title: try string(titleNode, "title"))
        history.note = try top["note"].map { node throws(DyadError) in try string(node, "note") }
        if let pair = top["pair"] { history.dyad = try strings(pair, "pair").map(\.0) }

        for node in try list(top["actors"], "actors") {
            let f = try fields(node, of: "an actor", allowed: Self.actorKeys)
            let id = try required(f, "id", in: node, of: "an actor")
            let kindNode = try requiredNode(f, "kind", in: node, of: "actor `\(id)`")
            let kind = try choice(kindNode, ActorKind.self, "kind")
            let actor = Actor(
                id: id, name: try required(f, "name", in: node, of: "actor `\(id)`"), kind: kind,
                aliases: try f["aliases"].map { n throws(DyadError) in try strings(n, "aliases").map(\.0) } ?? [],
                codes: try f["codes"].map { n throws(DyadError) in try strings(n, "codes").map(\.0) } ?? [],
                note: try optional(f, "note"))
            try register(id, node, &history)
            history.actors.append(actor)
        }
        var memberNodes: [(String, Node)] = []
        for node in try list(top["institutions"], "institutions") {
            let f = try fields(node, of: "an institution", allowed: Self.institutionKeys)
            let id = try required(f, "id", in: node, of: "an institution")
            let kindNode = try requiredNode(f, "kind", in: node, of: "institution `\(id)`")
            let members = try f["members"].map { n throws(DyadError) in try strings(n, "members") } ?? []
            memberNodes += members
            let institution = Institution(
                id: id, name: try required(f, "name", in: node, of: "institution `\(id)`"),
                kind: try choice(kindNode, InstitutionKind.self, "kind"),
                aliases: try f["aliases"].map { n throws(DyadError) in try strings(n, "aliases").map(\.0) } ?? [],
                members: members.map(\.0), note: try optional(f, "note"))
            try register(id, node, &history)
            history.institutions.append(institution)
        }
        let actorIDs = Set(history.actors.map(\.id))
        for (member, node) in memberNodes where !actorIDs.contains(member) {
            throw unknown(member, node, "an actor", among: history.actors.map(\.id))
        }
        var sourceIDs = Set<String>()
        for node in try list(top["sources"], "sources") {
            let f = try fields(node, of: "a source", allowed: Self.sourceKeys)
            let id = try required(f, "id", in: node, of: "a source")
            guard sourceIDs.insert(id).inserted else { throw fail(f["id"] ?? node, "the source id `\(id)` is defined twice") }
            history.locations["source:" + id] = location(node)
            history.sources.append(
                Source(
                    id: id, title: try required(f, "title", in: node, of: "source `\(id)`"),
                    publisher: try required(f, "publisher", in: node, of: "source `\(id)`"),
                    url: try optional(f, "url"), date: try f["date"].map { n throws(DyadError) in try date(n) }))
        }
        let entityIDs = Set(history.actors.map(\.id)).union(history.institutions.map(\.id))
        let entityList = history.actors.map(\.id) + history.institutions.map(\.id)
        var eventIDs = Set<String>()
        for node in try list(top["events"], "events") {
            let f = try fields(node, of: "an event", allowed: Self.eventKeys)
            let id = try required(f, "id", in: node, of: "an event")
            guard eventIDs.insert(id).inserted else { throw fail(f["id"] ?? node, "the event id `\(id)` is defined twice") }
            let typeNode = try requiredNode(f, "type", in: node, of: "event `\(id)`")
            let dateNode = try requiredNode(f, "date", in: node, of: "event `\(id)`")
            func entity(_ key: String) throws(DyadError) -> String? {
                guard let n = f[key], !isNull(n) else { return nil }
                let value = try string(n, key)
                guard entityIDs.contains(value) else { throw unknown(value, n, "an actor or institution", among: entityList) }
                return value
            }
            var subjects: [String] = []
            if let n = f["subject"], !isNull(n) {
                for (value, itemNode) in try strings(n, "subject") {
                    guard entityIDs.contains(value) else { throw unknown(value, itemNode, "an actor or institution", among: entityList) }
                    subjects.append(value)
                }
            }
            var citations: [Citation] = []
            if let n = f["sources"] {
                guard case .sequence(let seq) = n else { throw fail(n, "expected a list of source ids under `sources`") }
                for item in seq {
                    let citation: Citation
                    if case .mapping = item {
                        let c = try fields(item, of: "a citation", allowed: Self.citationKeys)
                        citation = Citation(source: try required(c, "source", in: item, of: "a citation"), locator: try optional(c, "locator"))
                    } else {
                        citation = Citation(source: try string(item, "sources"))
                    }
                    guard sourceIDs.contains(citation.source) else {
                        throw unknown(citation.source, item, "a source", among: history.sources.map(\.id))
                    }
                    citations.append(citation)
                }
            }
            history.locations["event:" + id] = location(node)
            history.events.append(
                Event(
                    id: id, type: try choice(typeNode, EventType.self, "type"), date: try date(dateNode),
                    subjects: subjects, object: try entity("object"), by: try entity("by"), place: try optional(f, "place"),
                    sources: citations, assertedBy: try optional(f, "asserted_by"), note: try optional(f, "note")))
        }
        for (id, node) in zip(history.dyad, (try? strings(top["pair"]!, "pair").map(\.1)) ?? []) where !actorIDs.contains(id) {
            throw unknown(id, node, "an actor", among: history.actors.map(\.id))
        }
        return history
    }

    // MARK: - Node helpers

    private func register(_ id: String, _ node: Node, _ history: inout History) throws(DyadError) {
        let key = "entity:" + id
        if history.locations[key] != nil { throw fail(node, "the id `\(id)` is already used by another actor or institution") }
        history.locations[key] = location(node)
    }

    private func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private func fail(_ node: Node, _ message: String) -> DyadError {
        DyadError(.badData, message, file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private func unknown(_ value: String, _ node: Node, _ what: String, among candidates: [String]) -> DyadError {
        let near = Suggestions.closest(to: value, among: candidates)
        var message = "expected the id of \(what), found `\(value)`, which is not defined"
        if !near.isEmpty { message += "; did you mean \(near.map { "`\($0)`" }.joined(separator: " or "))?" }
        var error = fail(node, message)
        error.suggestions = near
        return error
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "`\(s.string)`"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    private func fields(_ node: Node, of what: String, allowed: Set<String>) throws(DyadError) -> [String: Node] {
        guard case .mapping(let mapping) = node else { throw fail(node, "expected \(what) as a mapping of keys, found \(describe(node))") }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else { throw fail(keyNode, "expected a plain key, found \(describe(keyNode))") }
            guard allowed.contains(key.string) else {
                let near = Suggestions.closest(to: key.string, among: Array(allowed))
                let hint = near.isEmpty ? "" : "; did you mean `\(near[0])`?"
                throw fail(keyNode, "unknown key `\(key.string)` in \(what); expected one of \(allowed.sorted().joined(separator: ", "))\(hint)")
            }
            guard result[key.string] == nil else { throw fail(keyNode, "the key `\(key.string)` appears twice in \(what)") }
            result[key.string] = value
        }
        return result
    }

    private func list(_ node: Node?, _ key: String) throws(DyadError) -> [Node] {
        guard let node, !isNull(node) else { return [] }
        guard case .sequence(let seq) = node else { throw fail(node, "expected a list under `\(key)`, found \(describe(node))") }
        return Array(seq)
    }

    private func string(_ node: Node, _ key: String) throws(DyadError) -> String {
        guard case .scalar(let s) = node else { throw fail(node, "expected a text value for `\(key)`, found \(describe(node))") }
        return s.string
    }

    private func strings(_ node: Node, _ key: String) throws(DyadError) -> [(String, Node)] {
        switch node {
        case .scalar(let s): return isNull(node) ? [] : [(s.string, node)]
        case .sequence(let seq):
            var out: [(String, Node)] = []
            for item in seq { out.append((try string(item, key), item)) }
            return out
        default: throw fail(node, "expected a text or a list of texts for `\(key)`, found \(describe(node))")
        }
    }

    private func requiredNode(_ f: [String: Node], _ key: String, in node: Node, of what: String) throws(DyadError) -> Node {
        guard let value = f[key], !isNull(value) else { throw fail(node, "expected `\(key)` in \(what), found none") }
        return value
    }

    private func required(_ f: [String: Node], _ key: String, in node: Node, of what: String) throws(DyadError) -> String {
        let value = try string(try requiredNode(f, key, in: node, of: what), key)
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(f[key]!, "expected a non-empty `\(key)` in \(what)") }
        return value
    }

    private func optional(_ f: [String: Node], _ key: String) throws(DyadError) -> String? {
        guard let value = f[key], !isNull(value) else { return nil }
        return try string(value, key)
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ type: T.Type, _ key: String) throws(DyadError) -> T
    where T.RawValue == String {
        let value = try string(node, key)
        if let v = T(rawValue: value) ?? T(rawValue: value.lowercased()) { return v }
        let all = T.allCases.map(\.rawValue)
        let near = Suggestions.closest(to: value, among: all)
        let hint = near.isEmpty ? "" : "; did you mean `\(near[0])`?"
        throw fail(node, "unknown \(key) `\(value)`; expected one of \(all.joined(separator: ", "))\(hint)")
    }

    private func date(_ node: Node) throws(DyadError) -> EDTFDate {
        let text = try string(node, "date")
        do {
            return try EDTFDate(text)
        } catch {
            var e = fail(node, "expected an EDTF date (like 1997-05-27, 2008-08, 2009-21, 1995/1999), found `\(text)`: \(error.message)")
            if let c = e.column, case .scalar(let s) = node, s.style == .plain || s.style == .any { e.column = c + error.offset }
            throw e
        }
    }

    // MARK: - YAML errors

    private func translate(_ error: YamlError, text: String) -> DyadError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "expected well-formed YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            return DyadError(.badData, message, file: file, line: mark.line, column: mark.column)
        case .reader(let problem, let offset, _, _):
            let (line, column) = offset.map { HistoryFile.lineAndColumn(ofByte: $0, in: Data(text.utf8)) } ?? (1, 1)
            return DyadError(.badData, "expected UTF-8 text: \(problem)", file: file, line: line, column: column)
        default:
            return DyadError(.badData, "cannot read YAML: \(error)", file: file, line: 1, column: 1)
        }
    }
}
