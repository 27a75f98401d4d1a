/// What sort of actor an `Actor` is.
public enum ActorKind: String, Sendable, Hashable, CaseIterable, Codable {
    case state, organisation, group, territory, person
}

/// A state, organisation, group or territory that acts or is acted upon.
public struct Actor: Sendable, Hashable, Identifiable {
    /// The short stable identifier used in the history file (`NATO`, `RUS`).
    public var id: String
    /// The full name (`North Atlantic Treaty Organization`).
    public var name: String
    /// What sort of actor this is.
    public var kind: ActorKind
    /// Other names the actor goes by (`the Alliance`, `Moscow`).
    public var aliases: [String]
    /// Codes the actor has in event datasets (ISO 3166 alpha-3, CAMEO actor codes).
    public var codes: [String]
    /// A short description in the history author's own words.
    public var note: String?

    /// Creates an actor.
    public init(id: String, name: String, kind: ActorKind, aliases: [String] = [], codes: [String] = [], note: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.codes = codes
        self.note = note
    }
}
