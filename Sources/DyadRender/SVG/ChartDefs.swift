/// Reusable paint for the chart: the hatch of suspended bars, the fades of fuzzy ends, the arrow head.
enum ChartDefs {
    static func write(_ svg: inout SVGWriter) {
        svg.begin("defs")
        svg.begin("pattern", ["id": "dy-hatch", "width": 6, "height": 6, "patternUnits": "userSpaceOnUse",
                              "patternTransform": "rotate(45)"])
        svg.leaf("rect", ["width": 6, "height": 6, "fill": .s(Palette.suspendedLight)])
        svg.leaf("rect", ["width": 3, "height": 6, "fill": .s(Palette.suspended)])
        svg.end()
        for status in BarStatus.allCases {
            let color = Palette.bar(status)
            for (direction, from, to) in [("in", 0.0, 1.0), ("out", 1.0, 0.0)] {
                svg.begin("linearGradient", ["id": .s("dy-fade-\(direction)-\(status.rawValue)"), "x1": 0, "x2": 1, "y1": 0, "y2": 0])
                svg.leaf("stop", ["offset": 0, "stop-color": .s(color), "stop-opacity": .n(max(0.06, from))])
                svg.leaf("stop", ["offset": 1, "stop-color": .s(color), "stop-opacity": .n(max(0.06, to))])
                svg.end()
            }
        }
        svg.begin("marker", ["id": "dy-arrow", "viewBox": "0 0 10 10", "refX": 8, "refY": 5, "markerWidth": 7,
                             "markerHeight": 7, "orient": "auto-start-reverse"])
        svg.leaf("path", ["d": "M0 0L10 5L0 10Z", "fill": .s(Palette.replaced)])
        svg.end()
        svg.end()
    }
}
