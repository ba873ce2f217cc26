import ArgumentParser
import Logging
import ReplyKit
import ReplyKitServer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve replies over HTTP: render, batch, templates, format, health, metrics.",
        discussion: """
            Examples:
              replykit serve --catalog path/to/catalog
              replykit serve --host 0.0.0.0 --port 8080 --token-file /run/secrets/replykit-token
              curl -s localhost:8080/v1/render -d '{"template": "apology/damaged-item", "locale": "de", "case": {…}}'

            Endpoints: POST /v1/render, POST /v1/render/batch, GET /v1/templates, GET /v1/templates/{id}, \
            POST /v1/format, POST /v1/admin/reload, GET /healthz, /readyz, /metrics, /openapi.json (the full \
            description). Errors are RFC 9457 problems (application/problem+json).

            It listens on 127.0.0.1 unless --host says otherwise. With --token-file, every endpoint but the \
            probes (/healthz, /readyz) needs 'Authorization: Bearer <token>' (the file's first line). SIGHUP \
            (or POST /v1/admin/reload) reloads the catalog: one with problems never replaces the one in service. \
            SIGTERM finishes the requests in flight and exits 0. One log line per request on standard error; case data is never logged.
            """
    )

    @OptionGroup var catalogOptions: CatalogOptions

    @ArgumentParser.Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @ArgumentParser.Option(help: "The port to listen on (0: any free port; the log says which).")
    var port = 8080

    @ArgumentParser.Option(help: "A file whose first line is the bearer token every endpoint but /healthz and /readyz requires.")
    var tokenFile: String?

    @ArgumentParser.Option(help: "The largest request body accepted, in bytes.")
    var maxBody = 1 << 20

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535, not \(port).") }
        guard maxBody > 0 else { throw ValidationError("--max-body must be a positive number of bytes.") }
    }

    func run() async throws {
        let token = try tokenFile.map(readToken)
        let store = CatalogStore(source: try catalogSource())
        // The catalog loads before the service starts; its problems are reported as every command reports them.
        if case .failed(let problems) = store.reload() {
            for problem in problems {
                Terminal.err(
                    "\(problem.file):\(problem.line):\(problem.column): error: \(problem.message) [\(problem.code.rawValue)]")
            }
            Terminal.err("The catalog has \(problems.count) problem\(problems.count == 1 ? "" : "s"); fix them and try again.")
            throw ExitCode(1)
        }
        // Log lines carry local time. With TZ unset, glibc checks /etc/localtime again for every
        // line (a stat per request); naming that file keeps the same zone and reads it once. Set
        // before the service starts any thread.
        if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "replykit.serve")
        logger.logLevel = .info
        if token == nil && !["127.0.0.1", "::1", "localhost"].contains(host) {
            logger.warning("listening beyond loopback without --token-file: anyone who can reach the port can render")
        }
        let server = ReplyKitServer(store: store, configuration: .init(host: host, port: port, token: token, maxBody: maxBody))
        do {
            try await server.run(logger: logger)
        } catch {
            throw UsageError("cannot serve on \(host):\(port): \(error)")
        }
    }

    /// The catalog to serve, chosen as every command chooses it (`CatalogOptions.location()`);
    /// the built-in starter catalog then never changes.
    private func catalogSource() throws -> CatalogStore.Source {
        switch try catalogOptions.location() {
        case .starter: .files(ReplyCatalog.starterFiles)
        case .directory(let directory): .directory(directory)
        }
    }

    /// The token: the file's first line, which must not be empty.
    private func readToken(_ path: String) throws -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.bytes(path, limit: 64 * 1024)
        } catch {
            throw UsageError("the token file: \(error.description)")
        }
        let line = bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        guard !line.isEmpty, let token = String(validating: line, as: UTF8.self) else {
            throw UsageError("the token file '\(path)' must hold the token on its first line (UTF-8, not empty)")
        }
        return token
    }
}
