import ArgumentParser
import DyadCore

/// The `dyad` root command: a time-aware, source-cited record of relations between two actors.
public struct DyadCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Trace how the relations between two international actors evolve.",
        discussion: """
            Dyad keeps a time-aware, source-cited record of the relations between two actors: the forums \
            they meet in, the programmes and agreements that bind them, the channels between them, and the \
            dated events that open, suspend, resume, replace or close each of them. Without --history, \
            commands read the built-in history of NATO–Russia relations since 1991.
            """,
        subcommands: [
            TimelineCommand.self, StateCommand.self, DiffCommand.self, ExplainCommand.self, EntitiesCommand.self,
            ValidateCommand.self, DateCommand.self, BenchCommand.self, ChartCommand.self, ReportCommand.self,
            ServeCommand.self, ExtractCommand.self, EvalCommand.self, EventsCommand.self,
            ExportCommand.self,
        ]
    )

    public init() {}
}
