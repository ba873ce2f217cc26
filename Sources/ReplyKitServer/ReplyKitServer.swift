public import Hummingbird
public import Logging
import NIOPosix
import ServiceLifecycle
import UnixSignals

/// `replykit serve`: the HTTP render service over a ``CatalogStore``.
///
/// ```swift
/// let store = CatalogStore(source: .directory("path/to/catalog"))
/// _ = store.reload()
/// try await ReplyKitServer(store: store, configuration: .init(port: 8080)).run(logger: logger)
/// ```
public struct ReplyKitServer: Sendable {
    /// Where the service listens and what it accepts.
    public struct Configuration: Sendable {
        /// The address to bind: loopback unless told otherwise.
        public var host: String
        /// The TCP port, 1…65535; 0 lets the system pick a free one (see ``application(logger:onRunning:)``).
        public var port: Int
        /// The bearer token every endpoint but the probes (`/healthz`, `/readyz`) requires; nil: none required.
        public var token: String?
        /// The largest request body accepted, in bytes (413 above it).
        public var maxBody: Int

        /// A configuration; the defaults are loopback, port 8080, no token, 1 MiB bodies.
        public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBody: Int = 1 << 20) {
            self.host = host
            self.port = port
            self.token = token
            self.maxBody = maxBody
        }
    }

    /// The catalog in service, which renders read and reloads replace.
    public let store: CatalogStore
    /// Where the service listens and what it accepts.
    public let configuration: Configuration
    /// The counters and histogram `GET /metrics` prints.
    public let metrics: ServerMetrics

    /// A service over `store`, counting into `metrics`.
    public init(store: CatalogStore, configuration: Configuration = Configuration(), metrics: ServerMetrics = ServerMetrics()) {
        self.store = store
        self.configuration = configuration
        self.metrics = metrics
    }

    /// The router: every endpoint behind the log, problem and token middlewares.
    public func router() -> Router<ServerRequestContext> {
        let router = Router(context: ServerRequestContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ProblemMiddleware(maxBody: configuration.maxBody))
        if let token = configuration.token { router.add(middleware: BearerTokenMiddleware(token: Array(token.utf8))) }
        let body = RequestBodyReader(limit: configuration.maxBody)
        RenderRoutes(store: store, metrics: metrics, body: body).add(to: router)
        CatalogRoutes(store: store, body: body).add(to: router)
        OperationsRoutes(
            store: store, metrics: metrics, reloader: CatalogReloader(store: store, metrics: metrics),
            hasToken: configuration.token != nil
        ).add(to: router)
        return router
    }

    /// The Hummingbird application; `onRunning` is told the port it listens on (useful with port 0).
    public func application(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            // The loops ``run(logger:)`` runs the handlers on (``EventLoopTaskExecutor``), on every platform.
            eventLoopGroupProvider: .shared(Self.eventLoops),
            logger: logger)
    }

    /// The event loops that serve connections: NIO's shared group, one loop per core.
    static var eventLoops: MultiThreadedEventLoopGroup { .singleton }

    /// Runs until SIGTERM or SIGINT, then drains the requests in flight and returns; SIGHUP
    /// reloads the catalog. Requests are handled on the event loops that read them
    /// (``EventLoopTaskExecutor``).
    public func run(logger: Logger) async throws {
        let host = configuration.host
        let application = application(logger: logger) { port in
            logger.notice("listening", metadata: ["address": .string("\(host):\(port)")])
        }
        let reloads = ReloadOnHangup(reloader: CatalogReloader(store: store, metrics: metrics), logger: logger)
        let group = ServiceGroup(
            configuration: .init(services: [application, reloads], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        let executor = EventLoopTaskExecutor(group: Self.eventLoops)
        try await withTaskExecutorPreference(executor) { try await group.run() }
    }
}

/// Reloads the catalog on every SIGHUP, until the service shuts down.
struct ReloadOnHangup: Service {
    let reloader: CatalogReloader
    let logger: Logger

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            logger.notice("SIGHUP: reloading the catalog")
            _ = await reloader.reload(logger: logger)
        }
    }
}
