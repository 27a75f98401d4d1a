import DyadCore
import Testing

@testable import DyadRender

@Suite struct ReportTests {
    static let html = HTMLReport.render(
        Fixtures.chronicle, options: ReportOptions(dates: ["1999-05-01", "2010-01-01", "2015-01-01", "2022-01-01"].map(Fixtures.date)))

    @Test func isSelfContained() {
        for needle in ["<script src", "<link", "src=\"http", "@import", "url(http"] {
            #expect(!Self.html.contains(needle), "report refers outside itself: \(needle)")
        }
        #expect(Self.html.contains("<svg"))
        #expect(Self.html.contains("<style>"))
    }

    @Test func listsEveryEventWithAnAnchorAndItsSources() throws {
        for event in Fixtures.chronicle.history.events {
            #expect(Self.html.contains("id=\"ev-\(event.id)\""))
        }
        let source = try #require(Fixtures.chronicle.history.sources.first { $0.url != nil })
        #expect(Self.html.contains("href=\"\(XMLText.escape(source.url!))\""))
    }

    @Test func snapshotTableHasTheChosenDates() {
        for date in ["1999-05-01", "2010-01-01", "2015-01-01", "2022-01-01"] {
            #expect(Self.html.contains("<th>\(date)</th>"))
        }
        #expect(Self.html.contains("badge suspended"))
    }

    @Test func defaultDatesAreEveryFifthYear() {
        let model = TimelineModel(Fixtures.chronicle, through: Fixtures.through)
        let years = HTMLReport.defaultDates(model).map(\.earliest.year)
        #expect(years.first.map { $0 % 5 == 0 } == true)
        #expect(zip(years, years.dropFirst()).allSatisfy { $1 - $0 == 5 })
    }

    @Test func escapesMarkup() {
        let html = HTMLReport.render(Fixtures.small)
        #expect(!html.contains("<test>"))
        #expect(html.contains("Set up &lt;here&gt;."))
    }
}
