import ArgumentParser
import DyadCore
import DyadRender

/// `dyad report`: one self-contained HTML file with the chart, snapshots and cited events.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report that opens offline: the chart, the status at chosen dates, the events and sources.",
        usage: "dyad report --out nato-russia.html\n  dyad report --out report.html --at 1999-05-01 --at 2010 --at 2015 --at 2022"
    )

    @Option(name: .long, help: ArgumentHelp("The HTML file to write; standard output when left out.", valueName: "file"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("A date for the status table (repeatable); default every fifth year.", valueName: "date"))
    var at: [String] = []

    @Option(name: .long, help: "A history file to read instead of the built-in NATO–Russia history.")
    var history: String?

    @OptionGroup var index: IndexBandOptions

    func run() throws {
        try Terminal.run { () throws(DyadError) -> Int32 in
            var dates: [EDTFDate] = []
            for text in at { dates.append(try parseDate(text, option: "--at")) }
            let loaded = try loadHistory(history)
            let band = try index.band(for: loaded)
            try OutputFile.write(HTMLReport.render(Chronicle(loaded), options: ReportOptions(dates: dates, band: band)), to: out)
            return 0
        }
    }
}
