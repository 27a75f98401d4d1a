import ArgumentParser
import DyadCore
import DyadEventData
import DyadRender
import Foundation

/// Options that add an event-data index (GDELT, ICEWS, POLECAT file) as a band under a chart or report.
struct IndexBandOptions: ParsableArguments {
    @Option(name: .customLong("index-file"), help: ArgumentHelp("An event-data file (GDELT, ICEWS, POLECAT; .gz/.zip too) to draw as a band under the chart.", valueName: "file"))
    var file: String?

    @Option(name: .customLong("dyad"), help: ArgumentHelp("The pair for the band, as A:B (names, codes or history aliases); default: the history's pair.", valueName: "A:B"))
    var dyad: String?

    @Option(name: .customLong("by"), help: "The band's period: month, quarter or year.")
    var by: String = "month"

    /// Computes the band from the file with the streaming index, or nil when no file was given.
    func band(for history: History) throws(DyadError) -> IndexBand? {
        guard let file else { return nil }
        guard let granularity = Granularity(rawValue: by) else {
            throw DyadError(.usage, "--by: expected month, quarter or year, found `\(by)`")
        }
        let pair = dyad ?? (history.dyad.count == 2 ? "\(history.dyad[0]):\(history.dyad[1])" : "")
        guard !pair.isEmpty else { throw DyadError(.usage, "--dyad A:B is needed: this history names no pair") }
        do {
            let spec = try DyadSpec.parse(pair, history: history)
            let result = try StreamingIndex.compute(path: file, dyad: spec, by: granularity)
            let cells = result.series.points(.both).compactMap { p -> IndexBand.Cell? in
                guard let start = Self.day(p.start) else { return nil }
                return IndexBand.Cell(start: start, end: Self.end(of: start, granularity), count: p.count, mean: p.goldsteinMean)
            }
            return IndexBand(title: "\(spec.a.label)–\(spec.b.label): \(result.series.eventCount) events, mean Goldstein", cells: cells)
        } catch let error as DyadError {
            throw error
        } catch {
            throw DyadError(.badData, "\(error)", file: file)
        }
    }

    private static func day(_ text: String) -> Day? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }

    private static func end(of start: Day, _ granularity: Granularity) -> Day {
        let (y, m, _) = start.civil
        let months = granularity == .month ? 1 : granularity == .quarter ? 3 : 12
        let next = m + months > 12 ? Day(year: y + 1, month: m + months - 12, day: 1)! : Day(year: y, month: m + months, day: 1)!
        return next.previous
    }
}
