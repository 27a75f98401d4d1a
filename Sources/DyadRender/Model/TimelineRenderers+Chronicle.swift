import DyadCore

extension TerminalTimeline {
    /// Renders a chronicle's history as lanes of status symbols that fit `options.width` columns.
    public static func render(_ chronicle: Chronicle, options: TerminalTimelineOptions = .init()) -> String {
        render(TimelineModel(chronicle, through: options.through), options: options)
    }
}

extension SVGChart {
    /// Renders a chronicle's history as a standalone SVG document.
    public static func render(_ chronicle: Chronicle, options: ChartOptions = .init()) -> String {
        render(TimelineModel(chronicle, through: options.through), options: options)
    }
}
