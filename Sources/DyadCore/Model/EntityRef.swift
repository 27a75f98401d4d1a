import Foundation

/// An actor or an institution, as named by a user.
public enum EntityRef: Sendable, Hashable {
    /// An actor.
    case actor(Actor)
    /// An institution.
    case institution(Institution)

    /// The entity's id.
    public var id: String {
        switch self {
        case .actor(let a): a.id
        case .institution(let i): i.id
        }
    }

    /// The entity's full name.
    public var name: String {
        switch self {
        case .actor(let a): a.name
        case .institution(let i): i.name
        }
    }

    /// The entity's aliases.
    public var aliases: [String] {
        switch self {
        case .actor(let a): a.aliases
        case .institution(let i): i.aliases
        }
    }
}

extension History {
    /// Finds an actor or institution by id, name or alias, ignoring case; a miss suggests near names.
    public func resolve(_ name: String) throws(DyadError) -> EntityRef {
        let key = Self.normalise(name)
        let all: [EntityRef] = actors.map(EntityRef.actor) + institutions.map(EntityRef.institution)
        if let hit = all.first(where: { Self.normalise($0.id) == key }) { return hit }
        if let hit = all.first(where: { Self.normalise($0.name) == key }) { return hit }
        if let hit = all.first(where: { $0.aliases.contains { Self.normalise($0) == key } }) { return hit }
        // The world table knows what the history does not spell: "the Kremlin", "Moscow" or "Russian" for the history's RUS.
        if let w = World.shared.entry(named: name) {
            let names = Set(([w.code] + World.shared.allNames(of: w) + w.eventCodes).map(Self.normalise))
            if let hit = all.first(where: { e in names.contains(Self.normalise(e.id)) || names.contains(Self.normalise(e.name)) || e.aliases.contains { names.contains(Self.normalise($0)) } }) {
                return hit
            }
        }
        var candidates: [String] = []
        for e in all { candidates += [e.id, e.name] + e.aliases }
        let near = Suggestions.closest(to: name, among: candidates)
        var message = "no actor or institution is called `\(name)`"
        if !near.isEmpty { message += "; did you mean \(near.map { "`\($0)`" }.joined(separator: " or "))?" }
        message += " (`dyad entities` lists them all)"
        throw DyadError(.notFound, message, suggestions: near)
    }

    /// Lower-cases and folds dashes, apostrophes and a leading "the" so that names match as people type them.
    static func normalise(_ s: String) -> String {
        var t = s.lowercased()
        for (from, to) in [("\u{2013}", "-"), ("\u{2014}", "-"), ("\u{2019}", "'"), ("\u{2010}", "-")] {
            t = t.replacingOccurrences(of: from, with: to)
        }
        t = t.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("the ") { t.removeFirst(4) }
        return t
    }
}
