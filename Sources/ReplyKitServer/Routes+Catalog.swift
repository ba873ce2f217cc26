import CatalogFiles
import ExactJSON
import Hummingbird
import Intl
import MessageFormat
import ReplyKit
import ReplyKitJSON

/// `GET /v1/templates`, `GET /v1/templates/{id}` and `POST /v1/format`.
struct CatalogRoutes {
    let store: CatalogStore
    let body: RequestBodyReader

    func add(to router: Router<ServerRequestContext>) {
        router.get("/v1/templates") { _, _ in
            guard let catalog = store.catalog else { throw Problem.noCatalog }
            let templates = catalog.templateIDs.compactMap { catalog.info($0) }.map { Self.json($0, catalog: catalog) }
            return JSONResponse.make(.object([("templates", .array(templates))]))
        }
        // Ids have slashes (`apology/damaged-item`): the rest of the path is the id, looked up
        // by name in the catalog (so `../x` is just an unknown id).
        router.get("/v1/templates/**") { _, context in
            guard let catalog = store.catalog else { throw Problem.noCatalog }
            let id = context.parameters.getCatchAll().joined(separator: "/")
            context.notes.note(template: id, locale: nil)
            guard let info = catalog.info(id) else {
                throw Problem.render(.unknownTemplate(id, suggestions: catalog.suggestions(for: id)))
            }
            guard case .object(var members) = Self.json(info, catalog: catalog) else { return JSONResponse.make(.null) }
            members.append(("skeleton", CaseSkeleton.json(for: info.inputs)))
            return JSONResponse.make(.object(members))
        }
        router.post("/v1/format") { request, context in try await format(request, context: context) }
    }

    /// A template as the listing gives it: id, kind, channels, summary, inputs, blocks, coverage.
    static func json(_ info: TemplateInfo, catalog: ReplyCatalog) -> JSON {
        .object([
            ("id", .string(info.id)), ("kind", .string(info.kind.rawValue)),
            ("channels", .array(info.channels.map(JSON.string))), ("summary", .string(info.summary)),
            (
                "inputs",
                .array(
                    info.inputs.map {
                        .object([
                            ("path", .string($0.path)), ("type", .string($0.declaredType)), ("optional", .bool($0.isOptional)),
                        ])
                    })
            ),
            ("blocks", .array(info.blocks.map(JSON.string))),
            (
                "coverage",
                .array(
                    info.coverage.map {
                        .object([
                            ("locale", .string($0.locale.identifier)), ("translated", .number(String($0.translated))),
                            ("stale", .number(String($0.stale))),
                        ])
                    })
            ),
        ])
    }

    /// `{"src", "locale"?, "params"?, "bidiIsolation"?}` → `{"output", "errors"}`, as
    /// `replykit format --json` prints it. `params` is a list of `{"name", "value"}` (as in the
    /// MF2 conformance suite and `format --batch`) or an object (as `--args`). Errors in the
    /// message are part of the result (200); a bad request is a problem (400).
    func format(_ request: Request, context: ServerRequestContext) async throws -> Response {
        let json = try await body.json(request)
        guard case .object = json else { throw Problem.invalidField("$", "expected an object, found \(json.typeName)") }
        guard case .string(let source)? = json["src"] else {
            throw Problem.invalidField("$.src", "expected the message as a string, found \(json["src"]?.typeName ?? "nothing")")
        }
        var message = FormatService.Request(source: source, locale: "en")
        if let locale = json["locale"] {
            guard case .string(let tag) = locale else {
                throw Problem.invalidField("$.locale", "expected a BCP 47 tag, found \(locale.typeName)")
            }
            message.locale = tag
        }
        context.notes.note(template: nil, locale: message.locale)
        if let bidi = json["bidiIsolation"] {
            guard case .string(let name) = bidi, let strategy = BidiIsolation(rawValue: name) else {
                throw Problem.invalidField("$.bidiIsolation", "expected \"default\" or \"none\"")
            }
            message.bidi = strategy
        }
        do throws(ArgumentError) {
            switch json["params"] {
            case nil: break
            case .array(let params)?:
                message.arguments = try ArgumentDecoding.arguments(fromParams: .array(params), path: "$.params")
            case let params?: message.arguments = try ArgumentDecoding.arguments(fromObject: params, path: "$.params")
            }
        } catch {
            throw Problem.invalidField("$.params", error.description)
        }
        do throws(FormatService.LocaleError) {
            return JSONResponse.make(try FormatService.run(message).json)
        } catch {
            throw Problem.invalidField("$.locale", error.description)
        }
    }
}
