import DyadCore
import Foundation
import Testing
@testable import DyadRender

/// The event-data band under the chart: well-formed, one cell per non-empty period, coloured by tone.
@Suite struct IndexBandTests {
    static let band = IndexBand(
        title: "NATO–RUS: 12 events, mean Goldstein",
        cells: [
            IndexBand.Cell(start: Day(year: 2008, month: 8, day: 1)!, end: Day(year: 2008, month: 8, day: 31)!, count: 9, mean: -7.2),
            IndexBand.Cell(start: Day(year: 2009, month: 6, day: 1)!, end: Day(year: 2009, month: 6, day: 30)!, count: 3, mean: 3.4),
            IndexBand.Cell(start: Day(year: 2010, month: 1, day: 1)!, end: Day(year: 2010, month: 1, day: 31)!, count: 0, mean: nil),
        ])

    @Test func theBandIsDrawnUnderTheLanes() throws {
        let svg = SVGChart.render(Fixtures.chronicle, options: ChartOptions(through: Fixtures.through, band: Self.band))
        let probe = try #require(SVGProbe.parse(svg))
        let group = probe.all("g", class: "index-band")
        #expect(group.count == 1)
        let cells = probe.elements.filter { $0.name == "title" && $0.text.contains("events, mean Goldstein") }
        #expect(cells.count == 2, "empty periods draw nothing")
        #expect(svg.contains(IndexBandDrawing.colour(-7.2)) && svg.contains(IndexBandDrawing.colour(3.4)))
        let without = SVGChart.render(Fixtures.chronicle, options: ChartOptions(through: Fixtures.through))
        #expect(!without.contains("index-band"))
    }

    @Test func coloursRunFromConflictToCooperation() {
        #expect(IndexBandDrawing.colour(-8) != IndexBandDrawing.colour(8))
        #expect(IndexBandDrawing.colour(0) == IndexBandDrawing.colour(1))
        #expect(IndexBandDrawing.colour(nil) == Palette.grid)
    }
}
