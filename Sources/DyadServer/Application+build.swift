import DyadCore
import Hummingbird
import Logging

/// Where and how the server listens.
public struct ServeOptions: Sendable {
    /// The address to bind; loopback unless the user asks otherwise.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int

    /// Creates options.
    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}

/// Builds the router: the error middleware first, so it also answers for routes that do not exist.
public func buildRouter(_ service: HistoryService) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self, options: [.autoGenerateHeadEndpoints])
    router.add(middleware: APIErrorMiddleware())
    Routes.add(to: router, service: service)
    return router
}

/// Builds the application that `dyad serve` runs and the tests drive; `onReady` gets the URL once it listens.
public func buildApplication(
    service: HistoryService, options: ServeOptions, logger: Logger, onReady: @escaping @Sendable (String) -> Void = { _ in }
) -> some ApplicationProtocol {
    let responses = service.responses
    return Application(
        router: buildRouter(service),
        server: .http1(configuration: .init(additionalChannelHandlers: [FastPathHandler(cache: responses, serverName: "dyad")])),
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "dyad"),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? options.port
            let host = options.host.contains(":") ? "[\(options.host)]" : options.host
            onReady("http://\(host):\(port)/")
        },
        logger: logger
    )
}
