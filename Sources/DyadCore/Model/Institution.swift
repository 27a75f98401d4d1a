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
public struct Institution: Sendable, Hashable, Identifiable {
    /// The short stable identifier used in the history file (`NRC`).
    public var id: String
    /// The full name (`NATO-Russia Council`).
    public var name: String
    /// What sort of institution this is.
    public var kind: InstitutionKind
    /// Other names it goes by (`NRC`, `the Council`).
    public var aliases: [String]
    /// Actors that take part from the moment it is established.
    public var members: [String]
    /// A short description in the history author's own words.
    public var note: String?

    /// Creates an institution.
    public init(id: String, name: String, kind: InstitutionKind, aliases: [String] = [], members: [String] = [], note: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.members = members
        self.note = note
    }
}
