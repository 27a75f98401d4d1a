import DyadCore

/// The strings that identify one actor in event data: names, aliases and codes, as given and in upper case.
///
/// A row's side matches when its owner (bracketed principal or GDELT known-group code, else the name) or its
/// country equals one of the keys exactly; the same rule runs in SQL and on raw bytes, so both paths agree.
public struct ActorKeys: Sendable, Hashable {
    /// How the actor is shown in output (`NATO`).
    public var label: String
    /// The exact strings that count as this actor.
    public var keys: [String]
    let byteKeys: [[UInt8]]

    /// Creates keys from names, adding each name's upper-case form (GDELT writes `RUSSIA`).
    public init(label: String, names: [String]) {
        var seen = Set<String>()
        var keys: [String] = []
        for name in names where !name.isEmpty {
            for variant in [name, name.uppercased()] where seen.insert(variant).inserted { keys.append(variant) }
        }
        self.label = label
        self.keys = keys
        self.byteKeys = keys.map { Array($0.utf8) }
    }

    /// Resolves a token from `--dyad` through the history's actors (id, name, alias, code) and the built-in table.
    public static func resolve(_ token: String, history: History?) -> ActorKeys {
        var names = [token]
        let folded = token.lowercased()
        if let actor = history?.actors.first(where: { actor in
            ([actor.id, actor.name] + actor.aliases + actor.codes).contains { $0.lowercased() == folded }
        }) {
            names += [actor.id, actor.name] + actor.aliases + actor.codes
        }
        for name in names {
            if let known = KnownActors.names(for: name) {
                names += known
                break
            }
        }
        return ActorKeys(label: token, names: names)
    }

    /// Whether a side with this owner and country is this actor.
    @inline(__always)
    func matches(owner: UnsafeBufferPointer<UInt8>, country: UnsafeBufferPointer<UInt8>) -> Bool {
        for key in byteKeys {
            if Self.equal(key, owner) || Self.equal(key, country) { return true }
        }
        return false
    }

    /// Whether a side with this owner and country is this actor (string form, for rows read from a database).
    func matches(owner: String?, country: String?) -> Bool {
        keys.contains { $0 == owner || $0 == country }
    }

    @inline(__always)
    private static func equal(_ key: [UInt8], _ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count == field.count else { return false }
        return key.withUnsafeBufferPointer { k in memcmp(k.baseAddress!, field.baseAddress!, k.count) == 0 }
    }
}

/// The two actors of an index, A and B, from `A:B`.
public struct DyadSpec: Sendable, Hashable {
    /// The first actor.
    public var a: ActorKeys
    /// The second actor.
    public var b: ActorKeys

    /// Creates a dyad from two actors.
    public init(a: ActorKeys, b: ActorKeys) {
        self.a = a
        self.b = b
    }

    /// Parses `NATO:RUS`, resolving each side through the history and the built-in table.
    public static func parse(_ text: String, history: History?) throws -> DyadSpec {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw EventDataError(.usage, "--dyad expects two actors as A:B (e.g. NATO:RUS), found \"\(text)\"")
        }
        return DyadSpec(a: .resolve(parts[0], history: history), b: .resolve(parts[1], history: history))
    }

    /// Every key of both actors, for a database query that narrows the rows before `direction` decides.
    public var allKeys: [String] { Array(Set(a.keys + b.keys)).sorted() }

    /// A→B, B→A, or nil when the row is not between the two.
    @inline(__always)
    func direction(
        sourceOwner: UnsafeBufferPointer<UInt8>, sourceCountry: UnsafeBufferPointer<UInt8>,
        targetOwner: UnsafeBufferPointer<UInt8>, targetCountry: UnsafeBufferPointer<UInt8>
    ) -> IndexDirection? {
        if a.matches(owner: sourceOwner, country: sourceCountry), b.matches(owner: targetOwner, country: targetCountry) {
            return .aToB
        }
        if b.matches(owner: sourceOwner, country: sourceCountry), a.matches(owner: targetOwner, country: targetCountry) {
            return .bToA
        }
        return nil
    }

    /// A→B, B→A, or nil, for string fields.
    public func direction(source: EventActor, target: EventActor) -> IndexDirection? {
        if a.matches(owner: source.owner, country: source.country), b.matches(owner: target.owner, country: target.country) {
            return .aToB
        }
        if b.matches(owner: source.owner, country: source.country), a.matches(owner: target.owner, country: target.country) {
            return .bToA
        }
        return nil
    }
}

#if canImport(Glibc)
    import Glibc
#endif
