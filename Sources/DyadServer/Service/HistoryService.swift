import DyadCore
import DyadRender
import Hummingbird
import Synchronization

/// The loaded history and everything derived from it, built once at start and shared by all requests.
///
/// Whole-history answers (the history, the entities, the chart) are encoded once; snapshots are
/// cached by the date text asked for, because a page or a load test asks for the same dates again and again.
public final class HistoryService: Sendable {
    /// The engine's view of the history.
    public let chronicle: Chronicle
    let historyJSON: ByteBuffer
    let entitiesJSON: ByteBuffer
    let openAPIJSON = ByteBuffer(string: OpenAPIDocument.json)
    /// Answers already given, by request target, that the event loops send again without the router.
    public let responses = ResponseCache()
    let timelineSVG: ByteBuffer
    /// The chart without its title, for the page, which prints the title itself.
    let untitledSVG: ByteBuffer
    /// The event-data index given at start, if any; the chart draws it as a band.
    let index: ServedIndex?
    /// `index` as JSON, encoded once.
    let indexJSON: ByteBuffer?
    private let stateCache = Mutex<[String: ByteBuffer]>([:])
    /// Enough for every month of a long history; past it, answers are computed but not kept, so memory stays bounded.
    static let stateCacheLimit = 4096

    /// Derives everything the server answers from a history and, optionally, an event-data index.
    public init(history: History, index: ServedIndex? = nil) {
        chronicle = Chronicle(history)
        self.index = index
        historyJSON = JSONBody.encode(APIHistory(history))
        entitiesJSON = JSONBody.encode(APIEntities(history))
        indexJSON = index.map { JSONBody.encode(APIIndex($0)) }
        timelineSVG = ByteBuffer(string: SVGChart.render(chronicle, options: ChartOptions(band: index?.band)))
        untitledSVG = ByteBuffer(string: SVGChart.render(chronicle, options: ChartOptions(showsTitle: false, band: index?.band)))
    }

    var history: History { chronicle.history }

    /// The snapshot at a date, as JSON.
    func state(at text: String) throws(APIError) -> ByteBuffer {
        if let cached = stateCache.withLock({ $0[text] }) { return cached }
        let date = try Query.date(text, name: "at")
        let bytes = JSONBody.encode(APIState(chronicle.snapshot(at: date), at: date))
        stateCache.withLock { cache in
            if cache.count < Self.stateCacheLimit { cache[text] = bytes }
        }
        return bytes
    }

    /// Finds an entity by id, name or alias; a miss is a 404 that suggests what was meant.
    func entity(_ nameOrID: String) throws(APIError) -> EntityRef {
        do {
            return try history.resolve(nameOrID)
        } catch {
            throw APIError(.notFound, "unknown entity", error.message)
        }
    }
}
