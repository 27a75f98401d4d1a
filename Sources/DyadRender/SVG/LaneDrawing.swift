import DyadCore

/// Drawing of one lane's parts: bars with fuzzy ends, closing caps, event markers and their labels.
enum LaneDrawing {
    static func bar(_ svg: inout SVGWriter, _ bar: Bar, y: Double, layout: ChartLayout) {
        let h = ChartLayout.barHeight
        let outerStart = layout.x(bar.start?.earliest ?? layout.scale.start)
        let innerStart = layout.x(bar.start?.latest ?? layout.scale.start)
        let innerEnd = layout.x(bar.end?.earliest ?? layout.scale.end)
        let outerEnd = layout.x(bar.end?.latest ?? layout.scale.end)
        let fill = bar.status == .active ? Palette.active : "url(#dy-hatch)"
        let solidWidth = max(innerEnd - innerStart, bar.start == nil && bar.end == nil ? 0 : 1.5)
        let top = y - h / 2
        svg.begin("g", ["class": .s("bar \(bar.status.rawValue)")])
        svg.element("title", text: barTitle(bar))
        svg.leaf("rect", ["x": .n(innerStart), "y": .n(top), "width": .n(solidWidth), "height": .n(h), "fill": .s(fill),
                          "stroke": .s(bar.status == .suspended ? Palette.suspended : nil), "stroke-width": 0.8])
        // Days on which the change may have happened fade in or out, so a fuzzy date never looks precise.
        if innerStart - outerStart >= 1 {
            svg.leaf("rect", ["x": .n(outerStart), "y": .n(top), "width": .n(innerStart - outerStart), "height": .n(h),
                              "fill": .s("url(#dy-fade-in-\(bar.status.rawValue))")])
        }
        if outerEnd - innerEnd >= 1 {
            svg.leaf("rect", ["x": .n(innerEnd), "y": .n(top), "width": .n(outerEnd - innerEnd), "height": .n(h),
                              "fill": .s("url(#dy-fade-out-\(bar.status.rawValue))")])
        }
        svg.end()
    }

    static func barTitle(_ bar: Bar) -> String {
        let from = bar.start.map { describe($0) } ?? "the start"
        let to = bar.end.map { describe($0) } ?? "the end of the record"
        return "\(bar.status.rawValue) from \(from) to \(to)"
    }

    static func describe(_ span: Span) -> String {
        span.isFuzzy ? "between \(span.earliest) and \(span.latest)" : span.earliest.description
    }

    static func closedCap(_ svg: inout SVGWriter, _ ending: Ending, y: Double, layout: ChartLayout) {
        let x = layout.x(ending.at.middle)
        svg.begin("g", ["class": "closed"])
        svg.element("title", text: "closed \(describe(ending.at))")
        svg.leaf("rect", ["x": .n(x - 1), "y": .n(y - 10), "width": 3, "height": 20, "fill": .s(Palette.closed)])
        svg.end()
    }

    /// Markers on the bar line; type labels under them wherever one fits without touching the last.
    static func markers(_ svg: inout SVGWriter, _ markers: [Marker], y: Double, layout: ChartLayout, links: Bool) {
        var labelEnd = -Double.infinity
        for marker in markers.sorted(by: { $0.date.earliest < $1.date.earliest }) {
            let span = Span(marker.date)
            let x = layout.x(span.middle)
            let glyph = EventGlyph(marker.type.rawValue)
            if links { svg.begin("a", ["href": .s("#ev-\(marker.eventID)")]) }
            svg.begin("g", ["class": "ev", "data-event": .s(marker.eventID), "tabindex": .s(links ? nil : "0")])
            svg.element("title", text: marker.title)
            if span.isFuzzy {
                let x0 = layout.x(span.earliest), x1 = layout.x(span.latest)
                let f = SVGValue.format
                svg.leaf("path", ["d": .s("M\(f(x0)) \(f(y - 3))v6M\(f(x0)) \(f(y))H\(f(x1))M\(f(x1)) \(f(y - 3))v6"),
                                  "stroke": .s(glyph.color), "stroke-width": 1.2, "fill": "none", "opacity": 0.8])
            }
            svg.leaf("path", ["d": .s(glyph.path(x: x, y: y, r: 6)), "fill": .s(glyph.color), "stroke": "#ffffff",
                              "stroke-width": 1.2])
            let label = marker.type.rawValue
            let w = ChartLayout.textWidth(label, size: 9)
            if x - w / 2 > labelEnd + 4, x + w / 2 < layout.width - 4 {
                svg.element("text", ["x": .n(x), "y": .n(y + 17), "font-size": 9, "text-anchor": "middle",
                                     "fill": .s(Palette.muted)], text: label)
                labelEnd = x + w / 2
            }
            svg.end()
            if links { svg.end() }
        }
    }
}
