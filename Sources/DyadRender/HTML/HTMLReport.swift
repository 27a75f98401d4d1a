import DyadCore

/// Options for the HTML report.
public struct ReportOptions: Sendable {
    /// The dates of the snapshot table; empty picks every fifth year of the history.
    public var dates: [EDTFDate]
    /// The last day of the chart.
    public var through: Day?
    /// An event-data index to draw as a band under the chart, if any.
    public var band: IndexBand?

    /// Creates options.
    public init(dates: [EDTFDate] = [], through: Day? = nil, band: IndexBand? = nil) {
        self.band = band
        self.dates = dates
        self.through = through
    }
}

/// The HTML report: one self-contained file with the chart, snapshots at chosen dates, and the cited events.
public enum HTMLReport {
    /// Renders the report; it loads nothing from anywhere, so it opens offline and can be mailed as is.
    public static func render(_ chronicle: Chronicle, options: ReportOptions = .init()) -> String {
        let history = chronicle.history
        let model = TimelineModel(chronicle, through: options.through)
        let dates = options.dates.isEmpty ? defaultDates(model) : options.dates
        let chart = SVGChart.render(model, options: ChartOptions(width: 1200, showsTitle: false, linksEvents: true, band: options.band))
            .replacingXMLDeclaration()
        var html = HTMLWriter()
        html.line("<!doctype html>")
        html.line("<html lang=\"en\">")
        html.line("<head>")
        html.line("<meta charset=\"utf-8\">")
        html.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.line("<title>\(XMLText.escape(history.title)) · Dyad report</title>")
        html.line("<style>\(ReportStyle.css)</style>")
        html.line("</head>")
        html.line("<body>")
        html.line("<header><h1>\(XMLText.escape(history.title))</h1>")
        if let note = history.note { html.line("<p class=\"note\">\(XMLText.escape(note))</p>") }
        html.line(
            "<p class=\"meta\">\(history.institutions.count) institutions and channels · \(history.events.count) events · "
                + "\(history.sources.count) sources · \(model.start.year)–\(model.end.year - 1)</p></header>")
        html.line("<main>")
        html.line("<section><h2>Timeline</h2><div class=\"chart\">\(chart)</div></section>")
        ReportSections.snapshots(&html, chronicle: chronicle, dates: dates)
        ReportSections.events(&html, history: history)
        ReportSections.sources(&html, history: history)
        html.line("</main>")
        html.line("<footer>Made with Dyad. Every status rests on the dated, cited events listed above.</footer>")
        html.line("</body>")
        html.line("</html>")
        return html.text
    }

    /// 1 January of every fifth year of the picture, so the table shows the long run at a glance.
    static func defaultDates(_ model: TimelineModel) -> [EDTFDate] {
        let first = (model.start.year + 4) / 5 * 5
        return stride(from: first, to: model.end.year, by: 5).map { EDTFDate(day: TimeScale.newYear($0)) }
    }
}

/// Collects lines of HTML.
struct HTMLWriter {
    private(set) var text = ""
    mutating func line(_ markup: String) { text += markup + "\n" }
}

extension String {
    /// The SVG without its XML declaration, which has no place inside an HTML document.
    func replacingXMLDeclaration() -> String {
        guard hasPrefix("<?xml"), let end = firstIndex(of: "\n") else { return self }
        return String(self[index(after: end)...])
    }
}
