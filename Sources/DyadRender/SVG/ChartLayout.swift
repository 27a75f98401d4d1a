import DyadCore

/// Where everything goes in the SVG chart: computed once, before anything is drawn.
struct ChartLayout {
    static let labelWidth = 280.0
    static let rightMargin = 28.0
    static let groupHeight = 30.0
    static let laneHeight = 34.0
    static let barHeight = 14.0
    static let fontSize = 12.0

    let width: Double
    let top: Double
    let scale: TimeScale
    /// The top of each lane's row, by lane id ("" for the lane of other events).
    private(set) var laneTops: [String: Double] = [:]
    /// The top of each group heading, in drawing order.
    private(set) var groupTops: [Double] = []
    private(set) var lanesBottom: Double = 0

    var plotX: Double { Self.labelWidth }
    var plotWidth: Double { scale.length }

    init(model: TimelineModel, options: ChartOptions) {
        width = Double(max(480, options.width))
        top = options.showsTitle ? 92 : 40
        scale = TimeScale(start: model.start, end: model.end, length: width - Self.labelWidth - Self.rightMargin)
        var y = top
        for group in model.groups {
            groupTops.append(y)
            y += Self.groupHeight
            for lane in group.lanes {
                laneTops[lane.id] = y
                y += Self.laneHeight
            }
        }
        groupTops.append(y)
        y += Self.groupHeight
        laneTops[""] = y
        y += Self.laneHeight
        lanesBottom = y
    }

    func x(_ day: Day) -> Double { plotX + scale.position(day) }

    /// The vertical centre of a lane's bar.
    func barY(_ laneID: String) -> Double { (laneTops[laneID] ?? top) + 13 }

    /// An estimate of a label's width; SVG cannot measure text, and a generous estimate keeps labels apart.
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.55 }

    /// Cuts a label to fit `width` pixels at `size`.
    static func fit(_ text: String, width: Double, size: Double) -> String {
        TerminalText.fit(text, Int(width / (size * 0.55)))
    }
}
