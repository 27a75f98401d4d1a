import DyadCore

/// One document's share of a draft history: its name, what it says about itself, and its events in document order.
public struct DraftDocument: Sendable {
    /// The document's name, as its events give it (`ExtractedEvent.document`).
    public var name: String
    /// Title, address, publisher and date for the document's `sources:` entry.
    public var metadata: DocumentMetadata
    /// The events found in it.
    public var events: [ExtractedEvent]

    /// Creates a document's share of a draft.
    public init(name: String, metadata: DocumentMetadata = DocumentMetadata(), events: [ExtractedEvent]) {
        self.name = name
        self.metadata = metadata
        self.events = events
    }
}

extension EventWriter {
    /// A draft history in the format of docs/history-format.md, from events of one or more documents.
    ///
    /// Events are grouped by their document's name, and each document's source entry is titled with its name; give
    /// `DraftDocument`s to `yaml(_:title:known:)` for titles, addresses and publishers.
    public static func yaml(_ events: [ExtractedEvent], title: String) -> String {
        var order: [String] = []
        var groups: [String: [ExtractedEvent]] = [:]
        for e in events {
            if groups[e.document] == nil { order.append(e.document) }
            groups[e.document, default: []].append(e)
        }
        return yaml(order.map { DraftDocument(name: $0, events: groups[$0] ?? []) }, title: title)
    }

    /// A draft history that `dyad validate` reads without errors: states and organisations as actors with their
    /// world-table codes, other names as institutions of the kind their head word gives, one source per document that
    /// every event of it cites. Events without a date are left out (the format needs one) and listed in a comment so
    /// that a reviewer can date them by hand.
    ///
    /// `known` are the entities of a history given to the extractor; their ids and names are kept.
    public static func yaml(_ documents: [DraftDocument], title: String, known: [KnownEntity] = []) -> String {
        var draft = DraftBuilder(known: known)
        return draft.write(documents, title: title)
    }

    static func sourceID(_ document: String) -> String { slug(document).lowercased() }

    /// The ASCII letters and digits of `s`, other runs of characters made one `-`, at most `limit` characters.
    ///
    /// Callers that need a unique id append their `-n` after this: cutting after the suffix would cut it away.
    static func slug(_ s: String, limit: Int = 40) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            if ch.isASCII && (ch.properties.isAlphabetic || ("0"..."9").contains(ch)) {
                out.unicodeScalars.append(ch)
                if out.utf8.count >= limit { break }
            } else if !out.hasSuffix("-") && !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// The kind of institution a name is, by its head word (`InstitutionKinds`); `cooperation` when no word tells.
    static func institutionKind(_ name: String) -> InstitutionKind {
        InstitutionKinds.kind(of: name) ?? .cooperation
    }
}

/// Hands out ids unique within one namespace, each in time proportional to its length: a `-n` suffix is counted
/// on from the last one given for the same base, never searched for from 2 again.
struct IDAllocator {
    private var taken = Set<String>()
    private var next: [String: Int] = [:]

    /// Marks an id as used, so that `unique` never hands it out.
    mutating func reserve(_ id: String) { taken.insert(id) }

    /// `base` if it is free, else `base-2`, `base-3`, … (the first free one); the result is marked as used.
    mutating func unique(_ base: String) -> String {
        if taken.insert(base).inserted { return base }
        var n = next[base] ?? 2
        while !taken.insert("\(base)-\(n)").inserted { n += 1 }
        next[base] = n + 1
        return "\(base)-\(n)"
    }
}

/// Turns extracted events into a `History`: who is an actor, what is an institution, which ids they get.
struct DraftBuilder {
    /// What a name in an event stands for.
    enum Ref {
        /// An entry of the world table.
        case world(WorldEntry)
        /// An entity of the history given to the extractor.
        case known(KnownEntity)
        /// Something the document alone names: `key` tells two of them apart, `base` is the id it asks for.
        case learned(key: String, base: String, name: String)

        var key: String {
            switch self {
            case .world(let w): "W:" + w.code
            case .known(let k): "K:" + k.id
            case .learned(let key, _, _): key
            }
        }
    }

    private let knownByID: [String: KnownEntity]
    private var entities = IDAllocator()
    private var idByKey: [String: String] = [:]
    private var resolved: [String: Ref] = [:]
    private var actors: [Actor] = []
    private var institutions: [Institution] = []
    private var institutionIndex: [String: Int] = [:]

    init(known: [KnownEntity]) {
        var byID: [String: KnownEntity] = [:]
        for k in known where byID[k.id] == nil { byID[k.id] = k }
        knownByID = byID
    }

    mutating func write(_ documents: [DraftDocument], title: String) -> String {
        // Ids the world table or the given history fix come first, so that no name of the document's own can take one.
        for d in documents {
            for e in d.events where e.date.flatMap({ try? EDTFDate($0) }) != nil {
                for (name, id) in [(e.subject, e.subjectID), (e.object, e.objectID), (e.by, e.byID)] {
                    guard let name else { continue }
                    switch ref(name, id) {
                    case .world(let w): entities.reserve(w.code)
                    case .known(let k): entities.reserve(k.id)
                    case .learned: break
                    }
                }
            }
        }
        var sources = IDAllocator()
        var eventIDs = IDAllocator()
        var built: [Event] = []
        var historySources: [Source] = []
        var undated: [ExtractedEvent] = []
        for d in documents {
            let source = Self.source(for: d, id: sources.unique(Self.sourceBase(d.name)))
            historySources.append(source)
            for e in d.events {
                guard let text = e.date, let date = try? EDTFDate(text) else {
                    undated.append(e)
                    continue
                }
                let s = id(e.subject, e.subjectID)
                let o = id(e.object, e.objectID)
                let b = id(e.by, e.byID)
                var base = EventWriter.slug("\(e.type.rawValue)-\(o ?? s ?? "event")").lowercased()
                if base.isEmpty { base = "event" }
                let note = "Draft from extraction (confidence \(e.confidence)\(e.dateInherited ? ", date carried over" : "")): " + e.quote
                built.append(
                    Event(
                        id: eventIDs.unique(base), type: e.type, date: date, subjects: s.map { [$0] } ?? [], object: o, by: b,
                        sources: [Citation(source: source.id, locator: "bytes \(e.start)-\(e.end)")], note: note))
            }
        }
        let history = History(
            title: title.contains(where: { !$0.isWhitespace }) ? title : "Draft history",
            note: "Draft made by dyad extract; review every event before use.", actors: actors, institutions: institutions,
            sources: historySources, events: built)
        var out = HistoryFile.write(history)
        if !undated.isEmpty {
            out += "\n# Undated, left out (add a date to keep them):\n"
            for e in undated {
                let line = "\(e.type.rawValue): \(e.subject ?? "-") -> \(e.object ?? "-"): \(e.quote)"
                out += "#   " + String(line.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" ? " " : Character($0) }) + "\n"
            }
        }
        return out
    }

    // MARK: - Entities

    /// What `name` (with the id the extractor gave it) stands for; the answer is remembered.
    mutating func ref(_ name: String, _ id: String?) -> Ref {
        let memo = (id ?? "") + "\u{0}" + name
        if let r = resolved[memo] { return r }
        let r = Self.resolve(name, id, knownByID)
        resolved[memo] = r
        return r
    }

    static func resolve(_ name: String, _ id: String?, _ known: [String: KnownEntity]) -> Ref {
        let world = World.shared
        if let id {
            if let k = known[id], Self.names(k).contains(Self.fold(name)) || world.entry(code: id) == nil { return .known(k) }
            if let w = world.entry(code: id), Self.isName(name, of: w) { return .world(w) }
            if let k = known[id] { return .known(k) }
        } else {
            let key = Tokenizer.words(name).joined(separator: " ")
            if let alias = Gazetteer.builtIn.lookup(key), let w = world.entry(code: alias.entity.id) { return .world(w) }
            if let w = world.entry(named: name) { return .world(w) }
        }
        let base = id.map(idBase) ?? idBase(name)
        return .learned(key: id.map { "L:" + $0 } ?? "N:" + fold(name), base: base.isEmpty ? "entity" : base, name: name)
    }

    /// Whether the world table or the extractor's built-in names give `name` to `w`.
    static func isName(_ name: String, of w: WorldEntry) -> Bool {
        if name == w.name { return true }
        if World.shared.entries(named: name).contains(where: { $0.code == w.code }) { return true }
        let key = Tokenizer.words(name).joined(separator: " ")
        return Gazetteer.builtIn.lookup(key)?.entity.id == w.code
    }

    static func names(_ k: KnownEntity) -> Set<String> { Set(([k.id, k.name] + k.aliases).map(fold)) }

    static func fold(_ s: String) -> String {
        var t = s.lowercased().trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("the ") { t.removeFirst(4) }
        return t
    }

    /// An id as the extractor made it, if the history format takes it and it is short, else its slug.
    static func idBase(_ s: String) -> String {
        let valid = !s.isEmpty && s.utf8.count <= 40 && s.unicodeScalars.allSatisfy { u in
            u.isASCII ? (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "-" || u == "_" || u == ".") : u.properties.isAlphabetic
        }
        return valid ? s : EventWriter.slug(s)
    }

    /// The history id for a name in an event, adding its actor or institution the first time; nil for no name.
    mutating func id(_ name: String?, _ extractorID: String?) -> String? {
        guard let name else { return nil }
        let r = ref(name, extractorID)
        if let id = idByKey[r.key] {
            if let i = institutionIndex[id], case .learned = r {
                let printed = institutions[i].name
                if printed != name && !institutions[i].aliases.contains(name) && name.contains(where: { !$0.isWhitespace }) {
                    institutions[i].aliases.append(name)
                }
            }
            return id
        }
        let id: String
        switch r {
        case .world(let w):
            id = w.code
            if let kind = Self.actorKind(w) {
                var codes = [w.code]
                for c in w.eventCodes where !codes.contains(c) { codes.append(c) }
                actors.append(Actor(id: id, name: w.name, kind: kind, codes: codes))
            } else {
                addInstitution(Institution(id: id, name: w.name, kind: InstitutionKinds.kind(of: w.name) ?? .forum))
            }
        case .known(let k):
            id = k.id
            if k.isActor {
                let w = World.shared.entry(code: k.id) ?? World.shared.entry(named: k.name)
                actors.append(Actor(id: id, name: k.name, kind: w.flatMap(Self.actorKind) ?? .organisation, aliases: k.aliases))
            } else {
                addInstitution(Institution(id: id, name: k.name, kind: EventWriter.institutionKind(k.name), aliases: k.aliases))
            }
        case .learned(_, let base, let printed):
            id = entities.unique(base)
            let shown = printed.contains(where: { !$0.isWhitespace }) ? printed : id
            addInstitution(Institution(id: id, name: shown, kind: EventWriter.institutionKind(shown)))
        }
        idByKey[r.key] = id
        return id
    }

    private mutating func addInstitution(_ i: Institution) {
        institutionIndex[i.id] = institutions.count
        institutions.append(i)
    }

    /// The kind of actor a world entry is, or nil for a body of an organisation (a council, an assembly), which the
    /// history keeps as an institution so that it can be established, suspended and replaced.
    static func actorKind(_ w: WorldEntry) -> ActorKind? {
        switch w.kind {
        case .state, .observer: return .state
        case .territory: return .territory
        case .organisation: return .organisation
        case .body: return nil
        case .former:
            if w.parent != nil { return nil }
            for next in World.shared.successorChain(of: w) where next.kind != .former {
                return actorKind(next)
            }
            return w.demonyms.isEmpty && w.capitals.isEmpty ? .organisation : .state
        }
    }

    // MARK: - Sources

    static func sourceBase(_ name: String) -> String {
        if name == "-" { return "standard-input" }
        let s = EventWriter.sourceID(name)
        return s.isEmpty ? "document" : s
    }

    /// The source entry of a document: its own title, else its name; its publisher, else the address's host.
    static func source(for d: DraftDocument, id: String) -> Source {
        let m = d.metadata
        let title = m.title.flatMap(DocumentMetadata.clean) ?? (d.name == "-" ? "standard input" : DocumentMetadata.clean(d.name) ?? "document")
        let url = m.url.flatMap(DocumentMetadata.clean)
        let publisher = m.publisher.flatMap(DocumentMetadata.clean) ?? url.flatMap(host) ?? "unknown"
        return Source(id: id, title: title, publisher: publisher, url: url, date: m.date.flatMap { try? EDTFDate($0) })
    }

    /// The host of an http(s) address (`www.state.gov`).
    static func host(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }
}
