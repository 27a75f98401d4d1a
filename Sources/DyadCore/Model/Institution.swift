/// What sort of institution an `Institution` is.
public enum InstitutionKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A forum or council where the actors meet (NACC, EAPC, PJC, NRC).
    case forum
    /// A programme of cooperation (Partnership for Peace).
    case programme
    /// A body of practical cooperation that can be suspended as a whole.
    case cooperation
    /// An agreement, declaration, act or treaty.
    case agreement
    /// A mission, office or channel of communication.
    case channel
    /// A military or peace-support operation.
    case operation
    /// The relationship itself, as a whole.
    case relationship

    /// The heading used when institutions are grouped by kind.
    public var heading: String {
        switch self {
        case .forum: "Forums and councils"
        case .programme: "Programmes"
        case .cooperation: "Cooperation"
        case .agreement: "Agreements"
        case .channel: "Missions, offices and channels"
        case .operation: "Operations"
        case .relationship: "The relationship"
        }
    }
}

/// Anything with a life cycle that a relation runs through: a forum, programme, agreement, channel or operation.
///
/// Its fields live in one copy-on-write box, since every snapshot entry carries its institution.
public struct Institution: Sendable, Hashable, Identifiable {
    private final class Storage: @unchecked Sendable {
        // Mutated only through `mutate`, which copies a shared box first.
        var id: String
        var name: String
        var kind: InstitutionKind
        var aliases: [String]
        var members: [String]
        var note: String?

        init(id: String, name: String, kind: InstitutionKind, aliases: [String], members: [String], note: String?) {
            self.id = id
            self.name = name
            self.kind = kind
            self.aliases = aliases
            self.members = members
            self.note = note
        }

        func copy() -> Storage { Storage(id: id, name: name, kind: kind, aliases: aliases, members: members, note: note) }
    }

    private var storage: Storage

    private mutating func mutate(_ change: (Storage) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        change(storage)
    }

    /// The short stable identifier used in the history file (`NRC`).
    public var id: String {
        get { storage.id }
        set { mutate { $0.id = newValue } }
    }
    /// The full name (`NATO-Russia Council`).
    public var name: String {
        get { storage.name }
        set { mutate { $0.name = newValue } }
    }
    /// What sort of institution this is.
    public var kind: InstitutionKind {
        get { storage.kind }
        set { mutate { $0.kind = newValue } }
    }
    /// Other names it goes by (`NRC`, `the Council`).
    public var aliases: [String] {
        get { storage.aliases }
        set { mutate { $0.aliases = newValue } }
    }
    /// Actors that take part from the moment it is established.
    public var members: [String] {
        get { storage.members }
        set { mutate { $0.members = newValue } }
    }
    /// A short description in the history author's own words.
    public var note: String? {
        get { storage.note }
        set { mutate { $0.note = newValue } }
    }

    /// Creates an institution.
    public init(id: String, name: String, kind: InstitutionKind, aliases: [String] = [], members: [String] = [], note: String? = nil) {
        storage = Storage(id: id, name: name, kind: kind, aliases: aliases, members: members, note: note)
    }

    public static func == (lhs: Institution, rhs: Institution) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id && lhs.name == rhs.name && lhs.kind == rhs.kind && lhs.aliases == rhs.aliases
            && lhs.members == rhs.members && lhs.note == rhs.note
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(name)
    }
}
