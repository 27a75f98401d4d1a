import ArgumentParser
import DyadCore

/// The `dyad` root command: a time-aware, source-cited record of relations between two actors.
public struct DyadCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Trace how the relations between two international actors evolve.",
        subcommands: []
    )

    public init() {}
}
