import DyadCore

/// A quantitative series from event data, drawn as a band under the timeline: one cell per period,
/// its height the number of events, its colour the mean Goldstein value (green cooperation, red conflict).
public struct IndexBand: Sendable, Hashable {
    /// One period of the series.
    public struct Cell: Sendable, Hashable {
        /// First day of the period.
        public var start: Day
        /// Last day of the period.
        public var end: Day
        /// Events in the period.
        public var count: Int
        /// Mean Goldstein value of those events, from −10 (conflict) to +10 (cooperation).
        public var mean: Double?

        /// Creates a cell.
        public init(start: Day, end: Day, count: Int, mean: Double?) {
            self.start = start
            self.end = end
            self.count = count
            self.mean = mean
        }
    }

    /// What the band shows, e.g. `RUS–UKR events (ICEWS), mean Goldstein`.
    public var title: String
    /// The periods, in order.
    public var cells: [Cell]

    /// Creates a band.
    public init(title: String, cells: [Cell]) {
        self.title = title
        self.cells = cells
    }
}

/// Draws an `IndexBand` across the chart's plot area.
enum IndexBandDrawing {
    static let height = 64.0

    static func draw(_ svg: inout SVGWriter, _ band: IndexBand, top: Double, layout: ChartLayout) {
        let f = SVGValue.format
        svg.begin("g", ["class": "index-band"])
        svg.element(
            "text", ["x": 16, "y": .n(top + 20), "font-size": 12, "font-weight": "700", "fill": .s(Palette.muted), "letter-spacing": "0.04em"],
            text: "EVENT DATA")
        svg.element("text", ["x": 28, "y": .n(top + 40), "fill": .s(Palette.ink)], text: ChartLayout.fit(band.title, width: ChartLayout.labelWidth - 36, size: 12))
        let baseline = top + height - 6
        let maxCount = max(1, band.cells.map(\.count).max() ?? 1)
        svg.leaf("line", ["x1": .n(layout.plotX), "x2": .n(layout.plotX + layout.plotWidth), "y1": .n(baseline), "y2": .n(baseline), "stroke": .s(Palette.grid)])
        for cell in band.cells where cell.count > 0 {
            let x1 = layout.x(cell.start)
            let x2 = max(x1 + 1, layout.x(cell.end.next))
            // Square-root heights keep quiet months visible beside busy ones.
            let h = max(2, (height - 14) * (Double(cell.count) / Double(maxCount)).squareRoot())
            let colour = Self.colour(cell.mean)
            svg.begin("rect", ["x": .n(x1), "y": .n(baseline - h), "width": .n(x2 - x1), "height": .n(h), "fill": .s(colour)])
            let mean = cell.mean.map { "mean Goldstein \(f($0))" } ?? "no Goldstein value"
            svg.element("title", text: "\(cell.start)–\(cell.end): \(cell.count) events, \(mean)")
            svg.end()
        }
        svg.end()
    }

    /// Red for conflict, grey for neutral, green for cooperation, in steps a reader can tell apart.
    static func colour(_ mean: Double?) -> String {
        guard let m = mean else { return Palette.grid }
        switch m {
        case ..<(-5): return "#8e2c2c"
        case ..<(-1.5): return "#c96a5a"
        case ..<1.5: return "#9aa5b1"
        case ..<5: return "#6fae8c"
        default: return Palette.active
        }
    }
}
