import DyadCore

/// The SVG chart: swimlanes of status bars, event markers, successor arrows, a year axis and a legend.
public enum SVGChart {
    static func render(_ model: TimelineModel, options: ChartOptions) -> String {
        let layout = ChartLayout(model: model, options: options)
        var svg = SVGWriter()
        let bandTop = layout.lanesBottom + 8
        let legendTop = layout.lanesBottom + 26 + (options.band == nil ? 0 : IndexBandDrawing.height + 8)
        let legend = ChartLegend.draw(top: legendTop, width: layout.width)
        let height = legendTop + legend.height
        let f = SVGValue.format
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        svg.begin(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "viewBox": .s("0 0 \(f(layout.width)) \(f(height))"),
                "width": .n(layout.width), "height": .n(height), "role": "img", "aria-labelledby": "dy-title",
                "font-family": "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif", "font-size": 12,
                "class": "dyad-chart", "data-start": .s(model.start.description), "data-end": .s(model.end.description),
                "data-plot-x": .n(layout.plotX), "data-plot-width": .n(layout.plotWidth),
                "data-lanes-top": .n(layout.top), "data-lanes-bottom": .n(layout.lanesBottom),
            ])
        svg.element("title", ["id": "dy-title"], text: "\(model.title): status of each institution over time")
        ChartDefs.write(&svg)
        svg.leaf("rect", ["width": .n(layout.width), "height": .n(height), "fill": .s(Palette.background)])
        if options.showsTitle {
            svg.element("text", ["x": 16, "y": 32, "font-size": 20, "font-weight": "600", "fill": .s(Palette.ink)], text: model.title)
            let lanes = model.groups.reduce(0) { $0 + $1.lanes.count }
            svg.element(
                "text", ["x": 16, "y": 54, "fill": .s(Palette.muted)],
                text: "\(model.start.year)–\(model.end.year - 1) · \(lanes) institutions and channels · status by date")
        }
        drawBands(&svg, model: model, layout: layout)
        drawAxis(&svg, layout: layout)
        drawLanes(&svg, model: model, layout: layout, links: options.linksEvents)
        drawLinks(&svg, model: model, layout: layout)
        if let band = options.band { IndexBandDrawing.draw(&svg, band, top: bandTop, layout: layout) }
        svg.raw(legend.markup)
        svg.end()
        return svg.text
    }

    /// Group headings and alternating lane backgrounds, under everything else.
    static func drawBands(_ svg: inout SVGWriter, model: TimelineModel, layout: ChartLayout) {
        var index = 0
        for (group, top) in zip(model.groups.map(\.kind.heading) + ["Other events"], layout.groupTops) {
            svg.element(
                "text", ["x": 16, "y": .n(top + 20), "font-size": 12, "font-weight": "700", "fill": .s(Palette.muted),
                         "letter-spacing": "0.04em"], text: group.uppercased())
            svg.leaf("line", ["x1": 16, "x2": .n(layout.width - ChartLayout.rightMargin), "y1": .n(top + 26.5),
                              "y2": .n(top + 26.5), "stroke": .s(Palette.grid)])
        }
        for lane in model.groups.flatMap(\.lanes) + [Lane(id: "", name: "", bars: [], markers: [])] {
            defer { index += 1 }
            guard index % 2 == 1, let top = layout.laneTops[lane.id] else { continue }
            svg.leaf("rect", ["x": 16, "y": .n(top), "width": .n(layout.width - 16 - ChartLayout.rightMargin),
                              "height": .n(ChartLayout.laneHeight), "fill": .s(Palette.band)])
        }
    }

    /// Year labels along the top and faint grid lines down through the lanes.
    static func drawAxis(_ svg: inout SVGWriter, layout: ChartLayout) {
        svg.begin("g", ["class": "axis", "fill": .s(Palette.muted), "font-size": 11])
        let axisY = layout.top - 10
        for year in layout.scale.yearTicks(labelLength: 40) {
            let x = layout.x(TimeScale.newYear(year))
            svg.leaf("line", ["x1": .n(x), "x2": .n(x), "y1": .n(axisY + 3), "y2": .n(layout.lanesBottom),
                              "stroke": .s(Palette.grid), "stroke-width": 1])
            svg.element("text", ["x": .n(x), "y": .n(axisY), "text-anchor": "middle"], text: String(year))
        }
        svg.end()
    }

    static func drawLanes(_ svg: inout SVGWriter, model: TimelineModel, layout: ChartLayout, links: Bool) {
        let looseLane = Lane(id: "", name: "Events between the actors", bars: [], markers: model.looseMarkers)
        for lane in model.groups.flatMap(\.lanes) + [looseLane] {
            let y = layout.barY(lane.id)
            svg.begin("g", ["class": "lane", "data-entity": .s(lane.id.isEmpty ? nil : lane.id)])
            let label = ChartLayout.fit(lane.name, width: ChartLayout.labelWidth - 36, size: ChartLayout.fontSize)
            svg.begin("text", ["x": 28, "y": .n(y + 4), "fill": .s(Palette.ink)])
            if label != lane.name { svg.element("title", text: lane.name) }
            svg.raw(XMLText.escape(label) + "\n")
            svg.end()
            for bar in lane.bars { LaneDrawing.bar(&svg, bar, y: y, layout: layout) }
            if let ending = lane.ending, ending.kind == .closed { LaneDrawing.closedCap(&svg, ending, y: y, layout: layout) }
            LaneDrawing.markers(&svg, lane.markers, y: y, layout: layout, links: links)
            svg.end()
        }
    }

    /// Curved arrows from the end of a replaced institution to the start of its successor.
    static func drawLinks(_ svg: inout SVGWriter, model: TimelineModel, layout: ChartLayout) {
        svg.begin("g", ["class": "links", "fill": "none", "stroke": .s(Palette.replaced), "stroke-width": 1.6])
        for link in model.links {
            guard layout.laneTops[link.from] != nil, layout.laneTops[link.to] != nil else { continue }
            let x = layout.x(link.at.middle)
            let y1 = layout.barY(link.from), y2 = layout.barY(link.to)
            let dy = y2 > y1 ? ChartLayout.barHeight / 2 : -ChartLayout.barHeight / 2
            let f = SVGValue.format
            let d = "M\(f(x)) \(f(y1 + dy))C\(f(x + 26)) \(f(y1 + dy)) \(f(x - 26)) \(f(y2 - dy * 1.6)) \(f(x)) \(f(y2 - dy * 1.2))"
            svg.begin("path", ["d": .s(d), "marker-end": "url(#dy-arrow)"])
            svg.element("title", text: "replaced by successor (\(link.eventID))")
            svg.end()
        }
        svg.end()
    }
}
