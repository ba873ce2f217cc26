import ExactJSON
import Hummingbird
import ReplyKit
import ReplyKitJSON

/// `POST /v1/render` and `POST /v1/render/batch`.
struct RenderRoutes {
    let store: CatalogStore
    let metrics: ServerMetrics
    let body: RequestBodyReader

    func add(to router: Router<ServerRequestContext>) {
        router.post("/v1/render") { request, context in try await render(request, context: context) }
        router.post("/v1/render/batch") { request, context in try await batch(request, context: context) }
    }

    /// One reply, or its problem.
    func render(_ request: Request, context: ServerRequestContext) async throws -> Response {
        guard let catalog = store.catalog else { throw Problem.noCatalog }
        let json = try await body.json(request)
        let render = try RenderRequest(json, path: "$")
        context.notes.note(template: render.templates.joined(separator: "+"), locale: render.locale)
        return JSONResponse.make(bytes: ReplyJSON.bytes(try self.render(render, in: catalog).get(), parts: render.parts))
    }

    /// `[request, …]` → `{"results": [{"status": 200, "reply": …} | {"status": 4xx, "problem": …}, …]}`
    /// in order: a bad item gets its problem in its place and never stops the others.
    func batch(_ request: Request, context: ServerRequestContext) async throws -> Response {
        guard let catalog = store.catalog else { throw Problem.noCatalog }
        let json = try await body.json(request)
        guard case .array(let items) = json else {
            throw Problem.invalidField("$", "expected a list of render requests, found \(json.typeName)")
        }
        context.notes.note(template: "(batch of \(items.count))", locale: nil)
        // A batch of a thousand replies takes a tenth of a second: too long to hold up an event loop.
        return JSONResponse.make(bytes: await offTheEventLoops { results(of: items, in: catalog) })
    }

    /// The batch response for `items`, each rendered in turn.
    func results(of items: [JSON], in catalog: ReplyCatalog) -> [UInt8] {
        var writer = JSONWriter(capacity: 2048 * min(items.count, 64))  // a reply without parts is about 2 KB
        writer.object { writer in
            writer.key("results")
            writer.array { writer in
                for (index, item) in items.enumerated() {
                    let outcome: Result<RenderedReply, Problem>
                    var parts = false
                    do throws(Problem) {
                        let request = try RenderRequest(item, path: "$[\(index)]")
                        parts = request.parts
                        outcome = render(request, in: catalog)
                    } catch {
                        metrics.recordRender(template: "unknown", locale: "none", outcome: .invalidRequest, nanoseconds: 0)
                        outcome = .failure(error)
                    }
                    writer.object { writer in
                        switch outcome {
                        case .success(let reply):
                            writer.key("status")
                            writer.number("200")
                            writer.key("reply")
                            ReplyJSON.write(reply, parts: parts, to: &writer)
                        case .failure(let problem):
                            writer.key("status")
                            writer.number(String(problem.status.code))
                            writer.key("problem")
                            writer.value(problem.json)
                        }
                    }
                }
            }
        }
        return writer.bytes
    }

    /// Renders and counts: the metric's labels are catalog ids and locales, never raw request text.
    func render(_ request: RenderRequest, in catalog: ReplyCatalog) -> Result<RenderedReply, Problem> {
        let start = ContinuousClock.now
        // Every id is known unless the render says otherwise: templates are looked up first.
        let template = request.templates.joined(separator: "+")
        do throws(RenderError) {
            let reply = try catalog.render(
                request.templates, locale: request.locale, case: request.caseData, options: request.options)
            metrics.recordRender(
                template: template, locale: reply.locale.identifier, outcome: .success,
                nanoseconds: Self.nanoseconds(since: start))
            return .success(reply)
        } catch {
            let outcome: ServerMetrics.Outcome =
                switch error {
                case .unknownTemplate: .unknownTemplate
                case .invalidCase: .invalidCase
                case .strict: .strictFailure
                case .invalidLocale, .invalidJSON: .invalidRequest
                }
            metrics.recordRender(
                template: outcome == .unknownTemplate ? "unknown" : template, locale: "none", outcome: outcome,
                nanoseconds: Self.nanoseconds(since: start))
            return .failure(.render(error))
        }
    }

    static func nanoseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = ContinuousClock.now - start
        return elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
    }
}

/// JSON responses with their media type.
enum JSONResponse {
    static func make(_ json: JSON, status: HTTPResponse.Status = .ok) -> Response {
        make(bytes: json.serializedUTF8, status: status)
    }

    /// A response of JSON text already written (by a ``JSONWriter``).
    static func make(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// Reads a request body as JSON: at most the configured number of bytes, UTF-8, one JSON value.
struct RequestBodyReader {
    let limit: Int

    func json(_ request: Request) async throws -> JSON {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw Problem.bodyTooLarge(limit: limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw Problem.bodyTooLarge(limit: limit)
        }
        do {
            return try JSON.parse(utf8: Array(buffer.readableBytesView))
        } catch {
            throw Problem.malformedJSON(error)
        }
    }
}
