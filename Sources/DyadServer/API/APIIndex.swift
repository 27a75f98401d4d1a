import DyadCore
import DyadRender

/// An event-data index computed once when the server starts, served at `/api/index` and drawn under the timeline.
public struct ServedIndex: Sendable {
    /// The band the chart draws: one cell per period, both directions together.
    public var band: IndexBand
    /// The first actor of the pair, as the index labels it (e.g. `RUS`).
    public var a: String
    /// The second actor of the pair.
    public var b: String
    /// The period: month, quarter or year.
    public var granularity: String
    /// The event file's name; its folder stays on the server.
    public var source: String
    /// Events between the two actors in the file.
    public var events: Int
    /// Rows between the two actors that could not be read and were left out.
    public var malformed: Int

    /// Creates a served index.
    public init(band: IndexBand, a: String, b: String, granularity: String, source: String, events: Int, malformed: Int) {
        self.band = band
        self.a = a
        self.b = b
        self.granularity = granularity
        self.source = source
        self.events = events
        self.malformed = malformed
    }
}

/// `/api/index`: the served index as JSON.
struct APIIndex: Encodable, Sendable {
    /// One period of the index.
    struct Period: Encodable, Sendable {
        var start: String
        var end: String
        var count: Int
        /// Absent when the period has no events.
        var goldsteinMean: Double?
    }

    var title: String
    var a: String
    var b: String
    var by: String
    var source: String
    var events: Int
    var malformed: Int
    var periods: [Period]

    init(_ index: ServedIndex) {
        title = index.band.title
        a = index.a
        b = index.b
        by = index.granularity
        source = index.source
        events = index.events
        malformed = index.malformed
        periods = index.band.cells.map {
            Period(start: $0.start.description, end: $0.end.description, count: $0.count, goldsteinMean: $0.mean)
        }
    }
}
