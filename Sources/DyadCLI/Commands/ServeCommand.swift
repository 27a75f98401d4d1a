import ArgumentParser
import DyadCore
import DyadServer
import Logging

/// `dyad serve`: the JSON API and the web page, read-only, on loopback by default.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the history: a web page with the timeline and a date slider, and a read-only JSON API.",
        usage: "dyad serve\n  dyad serve --history my-history.yaml --port 8081\n  dyad serve --index-file events.2018.tab --dyad NATO:RUS --by quarter",
        discussion: """
            Binds to 127.0.0.1 unless --host says otherwise; --port 0 picks a free port. The routes are \
            described at /openapi.json. With --index-file, the cooperation–conflict index of the pair is computed \
            once at start, drawn as a band under the timeline and served at /api/index. Stops cleanly on Ctrl-C \
            (SIGINT) or SIGTERM.
            """
    )

    @Option(name: .long, help: "A history file to read instead of the built-in NATO–Russia history.")
    var history: String?

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @OptionGroup var index: IndexBandOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        // The history loads and the index is computed before the server starts: a broken file stops here with the
        // error `dyad validate` or `dyad chart --index-file` prints, and no request ever waits for the event file.
        var loaded: History?
        var served: ServedIndex?
        try Terminal.run { () throws(DyadError) -> Int32 in
            loaded = try loadHistory(history)
            if let loaded { served = try index.index(for: loaded) }
            return 0
        }
        guard let loaded else { return }
        var logger = Logger(label: "dyad.serve")
        logger.logLevel = .warning
        let service = HistoryService(history: loaded, index: served)
        let title = loaded.title
        let app = buildApplication(service: service, options: ServeOptions(host: host, port: port), logger: logger) { url in
            Terminal.out("Serving \(title) at \(url) (Ctrl-C stops)\n")
        }
        try await app.runService()
    }
}
