import DyadCore
import Testing

@testable import DyadRender

@Suite struct TerminalTimelineTests {
    static func render(_ chronicle: Chronicle = Fixtures.chronicle, width: Int = 100, color: Bool = false) -> String {
        TerminalTimeline.render(chronicle, options: TerminalTimelineOptions(width: width, color: color, through: Fixtures.through))
    }

    @Test(arguments: [40, 60, 80, 100, 160, 240])
    func fitsTheWidth(width: Int) {
        for line in Self.render(width: width).split(separator: "\n") {
            #expect(line.count <= width, "line longer than \(width): \(line)")
        }
    }

    @Test func noColorMeansNoEscapes() {
        #expect(!Self.render().contains("\u{1B}["))
        #expect(Self.render(color: true).contains("\u{1B}[32m"))
    }

    @Test func groupsLanesByKindWithYearsOnTop() {
        let lines = Self.render().split(separator: "\n").map(String.init)
        #expect(lines[1].contains("1995") && lines[1].contains("2015"))
        for kind in Set(Fixtures.chronicle.history.institutions.map(\.kind)) {
            #expect(lines.contains(kind.heading), "no heading \(kind.heading)")
        }
    }

    @Test func practicalCooperationShowsItsSuspension() throws {
        let name = try #require(Fixtures.chronicle.history.institutions.first { $0.id == "COOP" }?.name)
        let line = try #require(Self.render(width: 160).split(separator: "\n").first { $0.contains(name.prefix(20)) })
        #expect(line.contains("█"))
        #expect(line.contains("▒"))
    }

    @Test func fuzzyDatesAreShaded() throws {
        let out = Self.render(Fixtures.small, width: 120)
        let line = try #require(out.split(separator: "\n").first { $0.contains("Council \"One\"") })
        #expect(line.contains("░"))
        #expect(line.contains("→"))
        #expect(out.contains("░ date uncertain"))
    }

    @Test func longNamesAreCutWithAnEllipsis() {
        #expect(Self.render(Fixtures.small, width: 90).contains("…"))
    }
}
