import ExactJSON
import Hummingbird
import Logging

/// `/healthz`, `/readyz`, `/metrics`, `/openapi.json` and `POST /v1/admin/reload`.
struct OperationsRoutes {
    let store: CatalogStore
    let metrics: ServerMetrics
    let reloader: CatalogReloader
    /// Whether requests carry a token: reloading over HTTP needs one.
    let hasToken: Bool

    func add(to router: Router<ServerRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(.object([("status", .string("ok"))])) }
        router.get("/readyz") { _, _ in
            guard let catalog = store.catalog else { throw Problem.noCatalog }
            return JSONResponse.make(
                .object([("status", .string("ready")), ("templates", .number(String(catalog.templateIDs.count)))]))
        }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
        }
        router.get("/openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        router.post("/v1/admin/reload") { _, context in
            guard hasToken else {
                throw Problem(
                    kind: "reload-disabled", status: .forbidden, title: "Reloading over HTTP needs a token",
                    detail: "start the service with --token-file to reload over HTTP, or send it SIGHUP")
            }
            switch await reloader.reload(logger: context.logger) {
            case .reloaded(let templates):
                return JSONResponse.make(.object([("status", .string("reloaded")), ("templates", .number(String(templates)))]))
            case .failed(let problems):
                throw Problem.catalogProblems(problems)
            }
        }
    }
}

/// Reloads the catalog, logs what happened and counts it, for SIGHUP and the admin endpoint alike.
struct CatalogReloader: Sendable {
    let store: CatalogStore
    let metrics: ServerMetrics

    /// Reads and compiles the catalog off the event loops (it takes from milliseconds to seconds).
    func reload(logger: Logger) async -> CatalogStore.ReloadOutcome {
        let outcome = await offTheEventLoops { store.reload() }
        switch outcome {
        case .reloaded(let templates):
            metrics.recordReload(success: true)
            logger.info("catalog reloaded", metadata: ["templates": .stringConvertible(templates)])
        case .failed(let problems):
            metrics.recordReload(success: false)
            for problem in problems {
                logger.error(
                    "catalog problem",
                    metadata: [
                        "file": .string(problem.file), "line": .stringConvertible(problem.line),
                        "column": .stringConvertible(problem.column), "code": .string(problem.code.rawValue),
                        "problem": .string(problem.message),
                    ])
            }
            logger.error(
                "catalog not reloaded: it has problems; the previous catalog keeps serving",
                metadata: ["problems": .stringConvertible(problems.count)])
        }
        return outcome
    }
}
