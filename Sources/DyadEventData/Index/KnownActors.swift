import DyadCore

/// The names and codes event datasets use for an actor, taken from the world table, so `--dyad RUS:UKR` finds
/// ICEWS's "Russian Federation" and GDELT's RUS alike. A history's own actors add their aliases on top.
enum KnownActors {
    /// The keys of the actor that `name` stands for (a code, a CAMEO or GDELT code, or any name the world table
    /// knows, in any case), or nil when the table has no such actor.
    static func names(for name: String) -> [String]? {
        let world = World.shared
        let code = name.uppercased()
        guard let found = world.entry(code: code) ?? world.entry(eventCode: code) ?? world.entry(named: name) else {
            return nil
        }
        return keys(of: actor(for: found, in: world), in: world)
    }

    /// The entry whose rows a dataset files `entry`'s under.
    ///
    /// A body stands for its organisation, as ICEWS files the Security Council's rows beside the UN's. A renamed or
    /// re-founded organisation is the same actor under a new name (CAMEO files the EEC's rows under the EU's code), so
    /// its chain is followed; a former state is a different actor from its successor (Soviet rows are not Russia's),
    /// so it is not.
    static func actor(for entry: WorldEntry, in world: World) -> WorldEntry {
        var actor = entry
        while let parent = actor.parent.flatMap(world.entry(code:)) { actor = parent }
        if let last = world.successorChain(of: actor).last, last.kind == .organisation {
            actor = last
        }
        return actor
    }

    /// The strings a dataset may write for `entry`: its code, names and dataset codes, and for an organisation those of
    /// its former selves and its bodies too.
    ///
    /// Demonyms and capitals are left out: a row whose owner is "Washington" may be the US state, and one whose owner
    /// is "Russian" is no more Russia's than its country field already says.
    static func keys(of entry: WorldEntry, in world: World) -> [String] {
        func own(_ e: WorldEntry) -> [String] { [e.code, e.name] + e.formal + e.aliases + e.former + e.eventCodes }
        var keys = own(entry)
        guard entry.kind == .organisation else { return keys }
        var related = world.predecessors(of: entry) + world.bodies(of: entry)
        var next = 0
        while next < related.count {
            keys += own(related[next])
            related += world.bodies(of: related[next])
            next += 1
        }
        return keys
    }
}
