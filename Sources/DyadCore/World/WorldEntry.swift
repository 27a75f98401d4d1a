/// One state, observer, territory, former state or organisation, or one body of an organisation, in the world table.
public struct WorldEntry: Sendable, Hashable, Codable {
    /// What sort of thing an entry is.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// A sovereign state: the UN members, and Kosovo and Taiwan with `limitedRecognition`.
        case state
        /// A UN observer state (the Holy See, Palestine).
        case observer
        /// A disputed, breakaway or special territory (Crimea, Western Sahara, Hong Kong).
        case territory
        /// A state, organisation or body that no longer exists under this name (the USSR, the EEC, the NACC).
        case former
        /// An international organisation (the UN, NATO, the EU).
        case organisation
        /// An organ of an organisation (the Security Council, the North Atlantic Council).
        case body
    }

    /// The stable code: ISO 3166-1 alpha-3 for states, else the code event datasets or the organisation use (`RUS`, `NATO`, `UNSC`).
    public var code: String
    /// The short name English prose uses (`Russia`, `South Korea`, `NATO`).
    public var name: String
    /// What sort of thing this is.
    public var kind: Kind
    /// Formal names (`Russian Federation`, `North Atlantic Treaty Organization`).
    public var formal: [String]
    /// Other current names, spellings and abbreviations (`US`, `Britain`, `DPRK`), including the forms datasets write.
    public var aliases: [String]
    /// Names it went by before (`Burma`, `Zaire`, `FYROM`).
    public var former: [String]
    /// Adjectives and nouns of nationality (`American`, `Soviet`).
    public var demonyms: [String]
    /// The capital and the places whose names stand for the government (`Moscow`, `the Kremlin`, `Quai d'Orsay`).
    public var capitals: [String]
    /// Names that stand for it only in running prose about it, by figure of speech (`the Allies` for NATO, `the Union` for
    /// the EU): the extractor reads them, the look-up by name does not, since out of context they name no one.
    public var figurative: [String]
    /// Codes that event datasets give it besides `code` (CAMEO's `IGOWSTNAT`, GDELT's known group `NAT`).
    ///
    /// Kept apart from the names because one may be another entry's code: CAMEO writes `EEC` for the EU.
    public var eventCodes: [String]
    /// The code of the entry that continues this one, for a former entry (`EEC` → `EURC` → `EUU`).
    public var successor: String?
    /// The code of the organisation a body belongs to, set from the nesting in the data file.
    public var parent: String?
    /// The code of the state a territory is recognised as part of, where there is one.
    public var partOf: String?
    /// Whether a state is recognised by only some others and is not a UN member (Kosovo, Taiwan, Palestine).
    public var limitedRecognition: Bool
    /// A short remark in the table's own words: a date of renaming, a decision taken on a name.
    public var note: String?

    /// Whether this is one of the UN's member states.
    public var isUNMember: Bool { kind == .state && !limitedRecognition }

    /// Creates an entry.
    public init(
        code: String, name: String, kind: Kind, formal: [String] = [], aliases: [String] = [], former: [String] = [],
        demonyms: [String] = [], capitals: [String] = [], figurative: [String] = [], eventCodes: [String] = [], successor: String? = nil,
        parent: String? = nil, partOf: String? = nil, limitedRecognition: Bool = false, note: String? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.formal = formal
        self.aliases = aliases
        self.former = former
        self.demonyms = demonyms
        self.capitals = capitals
        self.figurative = figurative
        self.eventCodes = eventCodes
        self.successor = successor
        self.parent = parent
        self.partOf = partOf
        self.limitedRecognition = limitedRecognition
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, kind, formal, aliases, former, demonyms, capitals, figurative, eventCodes, successor, parent, partOf, note
        case limitedRecognition = "limited"
    }

    // Empty lists and false flags are left out of the file to keep one entry to a line, so they decode as defaults.
    /// Decodes an entry, taking absent lists as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(Kind.self, forKey: .kind)
        formal = try c.decodeIfPresent([String].self, forKey: .formal) ?? []
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        former = try c.decodeIfPresent([String].self, forKey: .former) ?? []
        demonyms = try c.decodeIfPresent([String].self, forKey: .demonyms) ?? []
        capitals = try c.decodeIfPresent([String].self, forKey: .capitals) ?? []
        figurative = try c.decodeIfPresent([String].self, forKey: .figurative) ?? []
        eventCodes = try c.decodeIfPresent([String].self, forKey: .eventCodes) ?? []
        successor = try c.decodeIfPresent(String.self, forKey: .successor)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        partOf = try c.decodeIfPresent(String.self, forKey: .partOf)
        limitedRecognition = try c.decodeIfPresent(Bool.self, forKey: .limitedRecognition) ?? false
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }

    /// Encodes an entry in the data file's shape, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        for (list, key) in [
            (formal, CodingKeys.formal), (aliases, .aliases), (former, .former), (demonyms, .demonyms),
            (capitals, .capitals), (figurative, .figurative), (eventCodes, .eventCodes),
        ] where !list.isEmpty {
            try c.encode(list, forKey: key)
        }
        try c.encodeIfPresent(successor, forKey: .successor)
        try c.encodeIfPresent(parent, forKey: .parent)
        try c.encodeIfPresent(partOf, forKey: .partOf)
        if limitedRecognition { try c.encode(true, forKey: .limitedRecognition) }
        try c.encodeIfPresent(note, forKey: .note)
    }
}

/// A work the world table's facts were taken from.
public struct WorldSource: Sendable, Hashable, Codable {
    /// The title of the work or page.
    public var title: String
    /// Who publishes it.
    public var publisher: String
    /// Where it is.
    public var url: String
    /// Which facts were taken from it.
    public var usedFor: String?
}
