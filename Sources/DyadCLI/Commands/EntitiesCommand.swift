import ArgumentParser
import DyadCore

/// `dyad entities`: every actor and institution a history knows, with ids and aliases.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the actors and institutions of a history, with their ids and aliases.",
        usage: "dyad entities\n  dyad entities --format json"
    )

    @OptionGroup var options: HistoryOptions

    struct Listing: Encodable {
        var actors: [Actor]
        var institutions: [Institution]
    }

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let history = try options.load()
            if options.format == .json {
                Terminal.out(DyadJSON.encode(Listing(actors: history.actors, institutions: history.institutions)) + "\n")
                return 0
            }
            var out = "Actors\n"
            var a = Table("ID", "KIND", "NAME", "ALIASES")
            for x in history.actors { a.add(x.id, x.kind.rawValue, x.name, x.aliases.joined(separator: ", ")) }
            out += a.render(indent: "  ")
            out += "\nInstitutions\n"
            var i = Table("ID", "KIND", "NAME", "ALIASES")
            for x in history.institutions { i.add(x.id, x.kind.rawValue, x.name, x.aliases.joined(separator: ", ")) }
            out += i.render(indent: "  ")
            Terminal.out(out)
            return 0
        }
    }
}
