import Foundation

/// The world table: states, observers, territories, former states, international organisations and their bodies,
/// with their names, codes, demonyms and capitals, read once from the `world.json` shipped inside the binary.
///
/// Every part of the product that needs to know that "the Kremlin" is Russia or that IGOWSTNAT is NATO asks here.
public struct World: Sendable {
    /// The table shipped with Dyad.
    ///
    /// The data file is part of the binary, so a failure to read it is a build defect, not a user's error: it stops
    /// the process with the reason, and `WorldTests` makes sure no build that fails it passes its tests.
    public static let shared: World = {
        do {
            return try World(json: PackageResources.world_json)
        } catch {
            fatalError("The built-in world table does not load: \(error)")
        }
    }()

    /// Every entry, organisations followed by their bodies, in the data file's order.
    public let entries: [WorldEntry]
    /// Names deliberately carried by more than one entry (`Congolese`, `Brussels`), each with the codes it can mean.
    public let ambiguous: [String: [String]]
    /// The works the facts come from.
    public let sources: [WorldSource]

    private let byCode: [String: Int]
    private let byEventCode: [String: Int]
    /// Names written in capitals (`US`, `WHO`, `CAR`), kept case-sensitive so the words "us", "who" and "car" do not match.
    private let byAcronym: [String: [Int]]
    /// Every other name, folded (case, accents, apostrophes, dashes, a leading "the").
    private let byFoldedName: [String: [Int]]
    private let bodiesByParent: [String: [Int]]
    private let predecessorsBySuccessor: [String: [Int]]

    /// Reads a table in the `world.json` format.
    public init(json: [UInt8]) throws(DyadError) {
        let file: WorldFile
        do {
            file = try JSONDecoder().decode(WorldFile.self, from: Data(json))
        } catch {
            throw DyadError(.badData, "world.json does not decode: \(error)")
        }
        var entries: [WorldEntry] = []
        func flatten(_ node: WorldFile.Node, parent: String?) {
            var entry = node.entry
            entry.parent = parent
            entries.append(entry)
            for body in node.bodies { flatten(body, parent: entry.code) }
        }
        for node in file.entries { flatten(node, parent: nil) }
        self.entries = entries
        self.sources = file.sources
        self.ambiguous = Dictionary(file.ambiguous.map { ($0.name, $0.codes) }, uniquingKeysWith: { a, _ in a })

        var byCode: [String: Int] = [:]
        var byEventCode: [String: Int] = [:]
        var byAcronym: [String: [Int]] = [:]
        var byFoldedName: [String: [Int]] = [:]
        var bodiesByParent: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            if byCode.updateValue(i, forKey: entry.code) != nil {
                throw DyadError(.badData, "world.json: the code \(entry.code) is given to two entries")
            }
            for code in entry.eventCodes where byEventCode.updateValue(i, forKey: code) != nil {
                throw DyadError(.badData, "world.json: the event code \(code) is given to two entries")
            }
            if let parent = entry.parent { bodiesByParent[parent, default: []].append(i) }
            for name in Self.names(of: entry) {
                if Self.isAcronym(name) {
                    let key = Self.withoutArticle(name)
                    if byAcronym[key]?.last != i { byAcronym[key, default: []].append(i) }
                } else {
                    let key = Self.fold(name)
                    if byFoldedName[key]?.last != i { byFoldedName[key, default: []].append(i) }
                }
            }
        }
        var predecessorsBySuccessor: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            for (field, code) in [("successor", entry.successor), ("partOf", entry.partOf)] {
                if let code, byCode[code] == nil {
                    throw DyadError(.badData, "world.json: \(entry.code)'s \(field) \(code) is not an entry")
                }
            }
            if let successor = entry.successor { predecessorsBySuccessor[successor, default: []].append(i) }
        }
        for (name, codes) in ambiguous {
            for code in codes where byCode[code] == nil {
                throw DyadError(.badData, "world.json: the ambiguous name \(name) names \(code), which is not an entry")
            }
        }
        self.byCode = byCode
        self.byEventCode = byEventCode
        self.byAcronym = byAcronym
        self.byFoldedName = byFoldedName
        self.bodiesByParent = bodiesByParent
        self.predecessorsBySuccessor = predecessorsBySuccessor
    }

    /// The entry with this code (`RUS`, `NATO`, `UNSC`), exactly as written.
    public func entry(code: String) -> WorldEntry? {
        byCode[code].map { entries[$0] }
    }

    /// The entry an event dataset means by this code: its CAMEO or GDELT codes first, then its own code.
    ///
    /// The order matters because CAMEO writes `EEC` for the EU, while `EEC` is also the code of the former EEC.
    public func entry(eventCode: String) -> WorldEntry? {
        (byEventCode[eventCode] ?? byCode[eventCode]).map { entries[$0] }
    }

    /// The one entry that goes by `name` (any of its names, demonyms or capitals; any case; with or without "the"),
    /// or nil when none does or the name is ambiguous.
    ///
    /// Names written in capitals (`US`, `WHO`) match only in capitals; everything else ignores case and accents.
    public func entry(named name: String) -> WorldEntry? {
        let found = indices(named: name)
        return found.count == 1 ? entries[found[0]] : nil
    }

    /// Every entry that goes by `name`: one for most names, several for an ambiguous one (`Korean`), none if unknown.
    public func entries(named name: String) -> [WorldEntry] {
        indices(named: name).map { entries[$0] }
    }

    /// The names that lead to `entry`: its name, formal names, aliases, former names, demonyms and capitals.
    public func allNames(of entry: WorldEntry) -> [String] {
        Self.names(of: entry)
    }

    /// The bodies of an organisation, former ones included, in the data file's order.
    public func bodies(of entry: WorldEntry) -> [WorldEntry] {
        (bodiesByParent[entry.code] ?? []).map { entries[$0] }
    }

    /// The entries that continued `entry`, nearest first (`EEC` → European Communities, European Union).
    public func successorChain(of entry: WorldEntry) -> [WorldEntry] {
        var chain: [WorldEntry] = []
        var seen: Set<String> = [entry.code]
        var next = entry.successor
        // The table is checked for dangling codes, not for cycles; stop at the first repeat rather than loop.
        while let code = next, seen.insert(code).inserted, let found = self.entry(code: code) {
            chain.append(found)
            next = found.successor
        }
        return chain
    }

    /// The entries whose successor chain reaches `entry`, nearest first (the EU → European Communities, EEC).
    public func predecessors(of entry: WorldEntry) -> [WorldEntry] {
        var found: [WorldEntry] = []
        var seen: Set<String> = [entry.code]
        var queue = [entry.code]
        while !queue.isEmpty {
            let code = queue.removeFirst()
            for i in predecessorsBySuccessor[code] ?? [] where seen.insert(entries[i].code).inserted {
                found.append(entries[i])
                queue.append(entries[i].code)
            }
        }
        return found
    }

    private func indices(named name: String) -> [Int] {
        let bare = Self.withoutArticle(name.trimmingCharacters(in: .whitespaces))
        if let found = byAcronym[bare] { return found }
        return byFoldedName[Self.fold(bare)] ?? []
    }

    private static func names(of entry: WorldEntry) -> [String] {
        var seen = Set<String>()
        return ([entry.name] + entry.formal + entry.aliases + entry.former + entry.demonyms + entry.capitals)
            .filter { seen.insert($0).inserted }
    }

    /// Whether a name is written in capitals, with at least two letters (`US`, `U.S.`, `NATO PA`, not `G7`).
    static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for c in name where c.isLetter {
            if c.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The name without a leading "the " (`the Kremlin` → `Kremlin`), in any case.
    static func withoutArticle(_ name: String) -> String {
        let head = name.prefix(4)
        return head.count == 4 && head.lowercased() == "the " ? String(name.dropFirst(4)) : name
    }

    /// The form names are compared in: lower case, no accents, one kind of apostrophe and hyphen, single spaces.
    static func fold(_ name: String) -> String {
        let folded = withoutArticle(name).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var space = false
        for c in folded {
            switch c {
            case "\u{2019}", "\u{2018}", "\u{02BB}", "\u{02BC}", "`": out.append("'")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": out.append("-")
            case _ where c.isWhitespace:
                if !space && !out.isEmpty { out.append(" ") }
                space = true
                continue
            default: out.append(c)
            }
            space = false
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}

/// The shape of `world.json`: bodies nested in their organisation, the ambiguous names and the sources beside them.
private struct WorldFile: Decodable {
    struct Node: Decodable {
        var entry: WorldEntry
        var bodies: [Node]

        enum Keys: String, CodingKey { case bodies }

        init(from decoder: any Decoder) throws {
            entry = try WorldEntry(from: decoder)
            bodies = try decoder.container(keyedBy: Keys.self).decodeIfPresent([Node].self, forKey: .bodies) ?? []
        }
    }

    struct Ambiguity: Decodable {
        var name: String
        var codes: [String]
    }

    var sources: [WorldSource]
    var ambiguous: [Ambiguity]
    var entries: [Node]
}
