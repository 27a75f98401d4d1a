import ArgumentParser
import DyadCore
import DyadRender

/// `dyad chart`: the whole history as one SVG picture.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw the history as an SVG chart: one lane per institution, status bars, events and successors.",
        usage: "dyad chart --out nato-russia.svg\n  dyad chart --width 1600 --history my-history.yaml > chart.svg"
    )

    @Option(name: .long, help: ArgumentHelp("The SVG file to write; standard output when left out.", valueName: "file"))
    var out: String?

    @Option(name: .long, help: "The chart's width in pixels (480 to 4000).")
    var width: Int = 1200

    @Option(name: .long, help: "A history file to read instead of the built-in NATO–Russia history.")
    var history: String?

    @OptionGroup var index: IndexBandOptions

    func validate() throws {
        guard (480...4000).contains(width) else { throw ValidationError("--width must be from 480 to 4000 pixels") }
    }

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            let loaded = try loadHistory(history)
            let band = try index.band(for: loaded)
            try OutputFile.write(SVGChart.render(Chronicle(loaded), options: ChartOptions(width: width, band: band)), to: out)
            return 0
        }
    }
}
