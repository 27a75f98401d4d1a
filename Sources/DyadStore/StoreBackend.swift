import DyadEventData

/// What each database backend provides; `EventStore` owns the policy, backends own the SQL dialect.
protocol StoreBackend: Sendable {
    /// Applies the migrations not yet applied, in order.
    func migrate() async throws
    /// The names of applied migrations, in order.
    func appliedMigrations() async throws -> [String]
    /// Inserts one batch in one transaction, ignoring events already stored; returns how many were new.
    /// Called from a plain thread, never from the cooperative pool, so backends may block.
    func insertBlocking(_ batch: [EventRecord]) throws -> Int
    /// Records the start of an import; returns its id.
    func beginImport(file: String, format: EventFormat) async throws -> Int64
    /// Records the end of an import.
    func finishImport(id: Int64, rows: Int, added: Int, malformed: Int) async throws
    /// Rows whose both sides carry one of `keys` as owner or country, within the days.
    func indexRows(keys: [String], from: Int?, to: Int?) async throws -> [IndexRow]
    /// How many events are stored, per dataset.
    func counts() async throws -> [Dataset: Int]
    /// Where a SQLite file lives, for the free-space check; nil for a server.
    var filePath: String? { get }
    /// Releases the connection.
    func close() async throws
}
