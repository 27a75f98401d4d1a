import DyadCore
import Foundation
import Testing

@testable import DyadEventData

@Suite("The dyad index")
struct IndexTests {
    let sample = SharedData.path("icews.events.2018.sample.tab")

    @Test("Russia–Ukraine in the ICEWS sample: 35 events, by code, name or the history's id")
    func russiaUkraine() throws {
        let history = try History.builtIn()
        for text in ["RUS:UKR", "Russia:Ukraine", "Russian Federation:UKR"] {
            let dyad = try DyadSpec.parse(text, history: history)
            let result = try StreamingIndex.compute(path: sample, dyad: dyad, by: .month)
            #expect(result.series.eventCount == 35, "\(text)")
            #expect(result.rows == 3705)
            #expect(result.malformedCount == 0)
        }
    }

    @Test("NATO matches ICEWS's full name: the 2 NATO rows pair with the USA and Norway")
    func nato() throws {
        let history = try History.builtIn()
        let usa = try StreamingIndex.compute(path: sample, dyad: DyadSpec.parse("NATO:USA", history: history), by: .year)
        #expect(usa.series.points(.bToA).map(\.count) == [1])
        #expect(usa.series.points(.bToA)[0].goldsteinSum == -2)
        #expect(usa.series.points(.bToA)[0].quadShares == [0, 0, 1, 0])
    }

    @Test("the streaming path agrees with aggregating parsed records, and one thread with two")
    func pathsAgree() throws {
        let dyad = try DyadSpec.parse("RUS:UKR", history: nil)
        let one = try StreamingIndex.compute(path: sample, dyad: dyad, by: .month, threads: 1)
        let two = try StreamingIndex.compute(path: sample, dyad: dyad, by: .month, threads: 2)
        #expect(one.series == two.series)
        let (records, _) = try readAll(sample)
        let scored = records.map { ScoredEvent(day: $0.day, source: $0.source, target: $0.target, goldstein: $0.goldstein, quad: $0.quad) }
        #expect(IndexSeries.aggregate(scored, dyad: dyad, by: .month) == one.series)
        let both = one.series.points(.both)[0]
        #expect(both.period == "2018-06")
        #expect(both.count == one.series.points(.aToB)[0].count + one.series.points(.bToA)[0].count)
        #expect(abs(both.quadShares.reduce(0, +) - 1) < 1e-9)
    }

    @Test("periods fill the gaps between --from and --to; CSV and JSON carry every point")
    func outputs() throws {
        let dyad = try DyadSpec.parse("RUS:UKR", history: nil)
        let result = try StreamingIndex.compute(path: sample, dyad: dyad, by: .quarter, from: 20_180_101, to: 20_181_231)
        #expect(result.series.points(.both).map(\.period) == ["2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4"])
        #expect(result.series.points(.both).map(\.count) == [0, 35, 0, 0])
        let csv = result.series.csv().split(separator: "\n")
        #expect(csv.count == 1 + 12)
        #expect(csv[0].hasPrefix("period,start,direction,count,goldstein_sum,goldstein_mean"))
        let decoded = try JSONDecoder().decode(IndexSeries.self, from: Data(result.series.json().utf8))
        #expect(decoded == result.series)
        #expect(result.series.table().contains("2018-Q2"))
    }

    @Test("the GDELT CSV streams too: Russia–Georgia in August 2012")
    func gdeltCSV() throws {
        let dyad = try DyadSpec.parse("RUS:GEO", history: nil)
        let result = try StreamingIndex.compute(path: SharedData.path("gdelt1.georgia.aug2012.csv"), format: .csv, dyad: dyad, by: .month)
        let (records, _) = try readAll(SharedData.path("gdelt1.georgia.aug2012.csv"), format: .csv)
        let expected = records.filter { dyad.direction(source: $0.source, target: $0.target) != nil }.count
        #expect(result.series.eventCount == expected)
        #expect(expected > 0)
    }
}

@Suite("Export")
struct ExportTests {
    @Test("the built-in history exports as ICEWS rows that Dyad's own importer reads back without error")
    func cameoRoundTrip() throws {
        let history = try History.builtIn()
        let tsv = EventExport.cameoTSV(history)
        let path = try SharedData.temporary("export.tab", Data(tsv.utf8))
        let (records, summary) = try readAll(path)
        #expect(summary.format == .icews)
        #expect(summary.malformedCount == 0)
        #expect(records.count == tsv.split(separator: "\n").count - 1)
        #expect(records.count >= history.events.count)
    }

    @Test("PLOVER JSON Lines: one record per event with the mapped type")
    func plover() throws {
        let history = try History.builtIn()
        let lines = EventExport.ploverJSONLines(history).split(separator: "\n")
        #expect(lines.count == history.events.count)
        for (line, event) in zip(lines, history.events) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["event_type"] as? String == event.type.codes.plover)
            #expect(object["date_edtf"] as? String == event.date.text)
        }
    }
}
