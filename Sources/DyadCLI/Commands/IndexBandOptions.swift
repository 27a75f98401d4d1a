import ArgumentParser
import DyadCore
import DyadEventData
import DyadRender
import DyadServer
import Foundation

/// Options that add an event-data index (GDELT, ICEWS, POLECAT file) as a band under the timeline of a chart, a report or `dyad serve`.
struct IndexBandOptions: ParsableArguments {
    @Option(name: .customLong("index-file"), help: ArgumentHelp("An event-data file (GDELT, ICEWS, POLECAT; .gz/.zip too) to draw as a band under the chart.", valueName: "file"))
    var file: String?

    @Option(name: .customLong("dyad"), help: ArgumentHelp("The pair for the band, as A:B (names, codes or history aliases); default: the history's pair.", valueName: "A:B"))
    var dyad: String?

    @Option(name: .customLong("by"), help: "The band's period: month, quarter or year.")
    var by: String = "month"

    /// Computes the band from the file with the streaming index, or nil when no file was given.
    func band(for history: History) throws(DyadError) -> IndexBand? {
        try index(for: history)?.band
    }

    /// Computes the index from the file with the streaming index, with what the server says about it; nil without a file.
    func index(for history: History) throws(DyadError) -> ServedIndex? {
        guard let file else { return nil }
        guard let granularity = Granularity(rawValue: by) else {
            throw DyadError(.usage, "--by: expected month, quarter or year, found `\(by)`")
        }
        let pair = dyad ?? (history.dyad.count == 2 ? "\(history.dyad[0]):\(history.dyad[1])" : "")
        guard !pair.isEmpty else { throw DyadError(.usage, "--dyad A:B is needed: this history names no pair") }
        do {
            let spec = try DyadSpec.parse(pair, history: history)
            let result = try StreamingIndex.compute(path: file, dyad: spec, by: granularity)
            if result.malformedCount > 0 {
                // Left out, but never silently: the same note `dyad events index --file` gives.
                Terminal.err(leftOutNote(file: file, count: result.malformedCount, of: "band"))
            }
            let cells = result.series.points(.both).compactMap { p -> IndexBand.Cell? in
                guard let start = Self.day(p.start) else { return nil }
                return IndexBand.Cell(start: start, end: Self.end(of: start, granularity), count: p.count, mean: p.goldsteinMean)
            }
            let band = IndexBand(title: "\(spec.a.label)–\(spec.b.label): \(result.series.eventCount) events, mean Goldstein", cells: cells)
            return ServedIndex(
                band: band, a: spec.a.label, b: spec.b.label, granularity: granularity.rawValue,
                source: (file as NSString).lastPathComponent, events: result.series.eventCount, malformed: result.malformedCount)
        } catch let error as DyadError {
            throw error
        } catch let error as EventDataError {
            throw Self.translate(error)
        } catch {
            throw DyadError(.badData, "\(error)", file: file)
        }
    }

    /// The event-data error in DyadCore's terms, keeping its place and the exit code's meaning: a bad --dyad stays a
    /// usage error (64), a file that is not there is "not found" (65, as a missing --history is).
    static func translate(_ error: EventDataError) -> DyadError {
        let code: DyadError.Code =
            switch error.kind {
            case .usage: .usage
            case .badData: .badData
            case .noInput: .notFound
            case .unavailable: .io
            }
        return DyadError(code, error.message, file: error.file, line: error.line)
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
