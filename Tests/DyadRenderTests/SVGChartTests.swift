import DyadCore
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import DyadRender

/// Collects what the tests look at while an XMLParser reads a chart.
final class SVGProbe: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }
    var elements: [Element] = []
    private var stack: [Int] = []
    var error: Error?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let top = stack.last { elements[top].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }

    /// Parses the SVG; nil when it is not well-formed XML.
    static func parse(_ svg: String) -> SVGProbe? {
        let probe = SVGProbe()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = probe
        return parser.parse() && probe.error == nil ? probe : nil
    }

    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (className == nil || $0.attributes["class"] == className) }
    }
}

@Suite struct SVGChartTests {
    static let builtIn = SVGChart.render(Fixtures.chronicle, options: ChartOptions(through: Fixtures.through))
    static let small = SVGChart.render(Fixtures.small, options: ChartOptions(width: 900, through: Fixtures.through))

    @Test(arguments: [builtIn, small])
    func isWellFormedSVG(_ svg: String) throws {
        let probe = try #require(SVGProbe.parse(svg))
        let root = try #require(probe.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"] != nil)
    }

    @Test func hasALaneForEveryInstitution() throws {
        let probe = try #require(SVGProbe.parse(Self.builtIn))
        let lanes = Set(probe.all("g", class: "lane").compactMap { $0.attributes["data-entity"] })
        #expect(lanes == Set(Fixtures.chronicle.history.institutions.map(\.id)))
    }

    @Test func marksEveryEventOnce() throws {
        let probe = try #require(SVGProbe.parse(Self.builtIn))
        let marked = probe.all("g", class: "ev").compactMap { $0.attributes["data-event"] }
        #expect(marked.sorted() == Fixtures.chronicle.history.events.map(\.id).sorted())
    }

    @Test func drawsSuspendedBarsForPracticalCooperation() {
        // COOP's lane holds a suspended bar (2014 on); the hatch pattern fills it.
        #expect(Self.builtIn.contains("class=\"bar suspended\""))
        #expect(Self.builtIn.contains("url(#dy-hatch)"))
    }

    @Test func fuzzyDatesFade() throws {
        // The resumption dated spring 2009 starts the second active bar with a fade, not a sharp edge.
        #expect(Self.small.contains("url(#dy-fade-in-active)"))
        #expect(Self.small.contains("between 2009-03-01 and 2009-05-31"))
    }

    @Test func replacementDrawsAnArrowToTheSuccessor() throws {
        let probe = try #require(SVGProbe.parse(Self.small))
        let arrows = probe.all("path").filter { $0.attributes["marker-end"] == "url(#dy-arrow)" }
        #expect(arrows.count >= 2)  // one link, one in the legend
    }

    @Test func escapesMarkupInNames() throws {
        #expect(!Self.small.contains("Beta <State>"))
        #expect(!Self.small.contains("<test>"))
        #expect(Self.small.contains("Alpha &amp; Beta &lt;test&gt;"))
    }

    @Test func hasALegend() throws {
        let probe = try #require(SVGProbe.parse(Self.builtIn))
        let legend = probe.all("text").map(\.text)
        for word in ["active", "suspended", "date uncertain", "closed", "replaced by its successor", "meet"] {
            #expect(legend.contains(word), "legend lacks \(word)")
        }
    }

    /// Year labels, lane labels and marker labels each keep clear of their neighbours.
    @Test(arguments: [400.0, 900.0, 1200.0, 2400.0])
    func labelsDoNotOverlap(width: Double) throws {
        let svg = SVGChart.render(Fixtures.chronicle, options: ChartOptions(width: Int(width), through: Fixtures.through))
        let probe = try #require(SVGProbe.parse(svg))
        func boxes(_ texts: [SVGProbe.Element], size: Double) -> [(y: Double, x0: Double, x1: Double)] {
            texts.compactMap { text in
                guard let x = Double(text.attributes["x"] ?? ""), let y = Double(text.attributes["y"] ?? "") else { return nil }
                let w = ChartLayout.textWidth(text.text.trimmingCharacters(in: .whitespacesAndNewlines), size: size)
                let anchored = text.attributes["text-anchor"] == "middle" ? x - w / 2 : x
                return (y, anchored, anchored + w)
            }
        }
        let small = boxes(probe.all("text").filter { $0.attributes["font-size"] == "9" }, size: 9)
        let axis = boxes(probe.all("text").filter { $0.attributes["text-anchor"] == "middle" && $0.attributes["font-size"] == nil }, size: 11)
        for group in [small, axis] {
            let rows = Dictionary(grouping: group, by: \.y)
            for (_, row) in rows {
                let sorted = row.sorted { $0.x0 < $1.x0 }
                for (a, b) in zip(sorted, sorted.dropFirst()) {
                    #expect(a.x1 <= b.x0, "labels overlap at width \(width): \(a) and \(b)")
                }
            }
        }
        // Lane labels sit on rows of their own, and stay inside the label column.
        let laneLabels = probe.all("text").filter { $0.attributes["x"] == "28" }
        let ys = laneLabels.compactMap { Double($0.attributes["y"] ?? "") }.sorted()
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(b - a >= ChartLayout.laneHeight - 0.5) }
        for label in laneLabels {
            let text = label.text.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(28 + ChartLayout.textWidth(text, size: 12) <= ChartLayout.labelWidth)
        }
    }
}
