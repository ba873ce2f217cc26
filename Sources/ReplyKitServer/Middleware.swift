import Hummingbird
import Logging

/// One structured log line per request: request id (`hb.request.id`, from the logger, also sent
/// back as `X-Request-Id`), method, path, status, template, locale, problem kind and duration. Never the body: case data is customers' personal data.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        var response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let notes = context.notes.current
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue),
            "path": .string(Self.clean(request.uri.path)), "status": .stringConvertible(response.status.code),
            "duration_ms": .string(Self.milliseconds(elapsed)),
        ]
        if let template = notes.template { metadata["template"] = .string(Self.clean(template)) }
        if let locale = notes.locale { metadata["locale"] = .string(Self.clean(locale)) }
        if let problem = notes.problem { metadata["problem"] = .string(problem) }
        context.logger.info("request", metadata: metadata)
        response.headers[.init("X-Request-Id")!] = context.id
        return response
    }

    /// Request text for a log line: control characters replaced (no forged lines), at most 120 characters.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(120).map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    /// A duration in milliseconds with three decimals.
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

/// Every error becomes an RFC 9457 problem: the service's own problems as they are, Hummingbird's
/// (no such route, a body over the limit) translated, and anything else a 500 that is logged.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    let maxBody: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let problem: Problem
        do {
            return try await next(request, context)
        } catch let error as Problem {
            problem = error
        } catch let error as HTTPError {
            switch error.status {
            case .notFound, .methodNotAllowed:
                problem = .noRoute(error.status, method: request.method, path: RequestLogMiddleware.clean(request.uri.path))
            case .contentTooLarge: problem = .bodyTooLarge(limit: maxBody)
            default:
                problem = Problem(
                    kind: "http-error", status: error.status, title: error.status.reasonPhrase,
                    detail: error.body ?? error.status.reasonPhrase)
            }
        } catch {
            context.logger.error("unexpected error", metadata: ["error.type": .string("\(type(of: error))")])
            problem = .internalError
        }
        context.notes.note(problem: problem.kind)
        return problem.response
    }
}

/// `Authorization: Bearer <token>` on every path but the probes (`/healthz`, `/readyz`: an
/// orchestrator's probes cannot send a secret, and they reveal nothing), compared in constant time.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    let token: [UInt8]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard !Self.openPaths.contains(request.uri.path) else { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            Self.equal(Array(header.utf8.dropFirst(7)), token)
        else { throw Problem.unauthorized }
        return try await next(request, context)
    }

    static let openPaths: Set<String> = ["/healthz", "/readyz"]

    /// Whether `given` is `expected`, in time that depends only on `expected`'s length: every
    /// byte is compared, whatever the first difference.
    static func equal(_ given: [UInt8], _ expected: [UInt8]) -> Bool {
        var difference: UInt8 = given.count == expected.count ? 0 : 1
        for index in expected.indices {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }
}
