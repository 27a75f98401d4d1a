import DyadCore

/// Options for the SVG chart.
public struct ChartOptions: Sendable {
    /// The drawing's width in pixels; the height follows from the number of lanes.
    public var width: Int
    /// The last day to draw; defaults to the end of the later of the last event's year and the current year.
    public var through: Day?
    /// Whether to draw the title above the chart (the HTML views print their own).
    public var showsTitle: Bool

    /// Whether each event marker links to `#ev-ID`, for a page that lists the events below the chart.
    public var linksEvents: Bool

    /// An event-data index to draw as a band under the lanes, if any.
    public var band: IndexBand?

    /// Creates options.
    public init(width: Int = 1200, through: Day? = nil, showsTitle: Bool = true, linksEvents: Bool = false, band: IndexBand? = nil) {
        self.band = band
        self.width = width
        self.through = through
        self.showsTitle = showsTitle
        self.linksEvents = linksEvents
    }
}
