/// The schema, as named migrations applied in order and never edited once released: add a new one instead.
/// Both backends run the same names; the SQL differs only where the dialects do (types, auto-increment).
enum Schema {
    struct Migration {
        var name: String
        var sqlite: String
        var postgres: String
    }

    static let datasets = "'gdelt1', 'gdelt2', 'icews', 'polecat'"
    static let formats = "'gdelt1', 'gdelt2', 'icews', 'polecat', 'csv'"

    static func eventsTable(real: String) -> String {
        """
        CREATE TABLE events (
            dataset TEXT NOT NULL CHECK (dataset IN (\(datasets))),
            event_id TEXT NOT NULL CHECK (length(event_id) > 0),
            day INTEGER NOT NULL CHECK (day BETWEEN 10000101 AND 99991231),
            src_name TEXT, src_code TEXT, src_country TEXT, src_owner TEXT,
            tgt_name TEXT, tgt_code TEXT, tgt_country TEXT, tgt_owner TEXT,
            cameo TEXT CHECK (cameo IS NULL OR length(cameo) BETWEEN 2 AND 4),
            plover TEXT,
            goldstein \(real) NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
            quad INTEGER NOT NULL CHECK (quad BETWEEN 1 AND 4),
            CHECK (cameo IS NOT NULL OR plover IS NOT NULL),
            PRIMARY KEY (dataset, event_id)
        )
        """
    }

    // The index query asks for rows whose source is one of the two actors (by owner or by country) and
    // whose target is too; indexing the source side by owner and by country lets either OR branch seek,
    // with day second so a --from/--to range narrows within each.
    static let actorIndexes = """
        CREATE INDEX events_by_src_owner ON events (src_owner, day);
        CREATE INDEX events_by_src_country ON events (src_country, day)
        """

    static let migrations: [Migration] = [
        Migration(name: "001-create-events", sqlite: eventsTable(real: "REAL"), postgres: eventsTable(real: "DOUBLE PRECISION")),
        Migration(name: "002-index-events-by-actor", sqlite: actorIndexes, postgres: actorIndexes),
        Migration(
            name: "003-create-imports",
            sqlite: """
                CREATE TABLE imports (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    file TEXT NOT NULL,
                    format TEXT NOT NULL CHECK (format IN (\(formats))),
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    rows_read INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
                    rows_added INTEGER NOT NULL DEFAULT 0 CHECK (rows_added >= 0),
                    rows_malformed INTEGER NOT NULL DEFAULT 0 CHECK (rows_malformed >= 0)
                )
                """,
            postgres: """
                CREATE TABLE imports (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    file TEXT NOT NULL,
                    format TEXT NOT NULL CHECK (format IN (\(formats))),
                    started_at TIMESTAMPTZ NOT NULL,
                    finished_at TIMESTAMPTZ,
                    rows_read BIGINT NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
                    rows_added BIGINT NOT NULL DEFAULT 0 CHECK (rows_added >= 0),
                    rows_malformed BIGINT NOT NULL DEFAULT 0 CHECK (rows_malformed >= 0)
                )
                """),
    ]

    static let insertColumns =
        "dataset, event_id, day, src_name, src_code, src_country, src_owner, tgt_name, tgt_code, tgt_country, tgt_owner, cameo, plover, goldstein, quad"
}

/// A row the index query returns: enough to tell the direction and aggregate.
struct IndexRow: Sendable {
    var day: Int
    var sides: EventActorSides
    var goldstein: Double
    var quad: Int
}

/// Owner and country of both sides of a stored event.
struct EventActorSides: Sendable {
    var srcOwner: String?
    var srcCountry: String?
    var tgtOwner: String?
    var tgtCountry: String?
}
