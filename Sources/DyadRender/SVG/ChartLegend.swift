/// The legend under the chart: what the bars, caps, arrows and marker shapes mean.
enum ChartLegend {
    /// Draws the legend from `top`, wrapping to `width`; returns the markup and the height it takes.
    static func draw(top: Double, width: Double) -> (markup: String, height: Double) {
        var svg = SVGWriter()
        svg.begin("g", ["class": "legend", "font-size": 11, "fill": .s(Palette.ink)])
        var x = 16.0
        var y = top + 12
        func advance(_ label: String, swatch: Double) {
            x += swatch + 6 + ChartLayout.textWidth(label, size: 11) + 22
        }
        func fitLine(_ needed: Double) {
            if x + needed > width - 16 { x = 16; y += 24 }
        }
        let bars: [(String, String)] = [
            ("active", Palette.active), ("suspended", "url(#dy-hatch)"),
            ("date uncertain", "url(#dy-fade-in-active)"),
        ]
        for (label, fill) in bars {
            fitLine(40 + ChartLayout.textWidth(label, size: 11))
            svg.leaf("rect", ["x": .n(x), "y": .n(y - 9), "width": 28, "height": 12, "fill": .s(fill),
                              "stroke": .s(label == "suspended" ? Palette.suspended : nil), "stroke-width": 0.8])
            svg.element("text", ["x": .n(x + 34), "y": .n(y + 1)], text: label)
            advance(label, swatch: 28)
        }
        fitLine(60)
        svg.leaf("rect", ["x": .n(x + 4), "y": .n(y - 11), "width": 3, "height": 16, "fill": .s(Palette.closed)])
        svg.element("text", ["x": .n(x + 16), "y": .n(y + 1)], text: "closed")
        advance("closed", swatch: 10)
        fitLine(140)
        let f = SVGValue.format
        svg.leaf("path", ["d": .s("M\(f(x)) \(f(y - 3))H\(f(x + 24))"), "stroke": .s(Palette.replaced), "stroke-width": 1.6,
                          "marker-end": "url(#dy-arrow)", "fill": "none"])
        svg.element("text", ["x": .n(x + 34), "y": .n(y + 1)], text: "replaced by its successor")
        advance("replaced by its successor", swatch: 28)

        x = 16
        y += 28
        for glyph in EventGlyph.allCases {
            fitLine(24 + ChartLayout.textWidth(glyph.legend, size: 11))
            svg.leaf("path", ["d": .s(glyph.path(x: x + 6, y: y - 4, r: 6)), "fill": .s(glyph.color)])
            svg.element("text", ["x": .n(x + 18), "y": .n(y + 1)], text: glyph.legend)
            advance(glyph.legend, swatch: 12)
        }
        svg.end()
        return (svg.text, y - top + 16)
    }
}
