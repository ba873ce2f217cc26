import CatalogFiles
import ExactJSON
import Hummingbird
import ReplyKit
import ReplyKitJSON

/// An RFC 9457 problem: what went wrong with a request, as `application/problem+json`.
///
/// Each kind has a stable `type` URI (`urn:replykit:problem:unknown-template`) and carries the
/// typed details the command line reports: the suggestions for an unknown template, every path
/// of invalid case data, the typed warnings of a strict failure, the field of a bad request.
struct Problem: Error, Sendable {
    /// The kind's name, the last part of its `type` URI.
    let kind: String
    let status: HTTPResponse.Status
    let title: String
    let detail: String
    /// Members beyond RFC 9457's, specific to the kind.
    var extensions: [(String, JSON)] = []

    /// The problem as its JSON object, `type`, `title`, `status` and `detail` first.
    var json: JSON {
        .object(
            [
                ("type", .string("urn:replykit:problem:\(kind)")), ("title", .string(title)),
                ("status", .number(String(status.code))), ("detail", .string(detail)),
            ] + extensions)
    }

    /// The response: the JSON object with its media type.
    var response: Response {
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == .unauthorized { headers[.wwwAuthenticate] = #"Bearer realm="replykit""# }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json.serializedUTF8)))
    }
}

extension Problem {
    /// The body is not JSON; the position is the JSON parser's.
    static func malformedJSON(_ error: JSONSyntaxError) -> Problem {
        Problem(
            kind: "malformed-json", status: .badRequest, title: "The request body is not valid JSON",
            detail: "line \(error.line), column \(error.column): \(error.message); send one JSON value, UTF-8 encoded",
            extensions: [("line", .number(String(error.line))), ("column", .number(String(error.column)))])
    }

    /// A field is missing or has the wrong type or value; `field` is its JSON path (`$.format`).
    static func invalidField(_ field: String, _ detail: String) -> Problem {
        Problem(
            kind: "invalid-field", status: .badRequest, title: "A field of the request is missing or invalid",
            detail: "\(field): \(detail)", extensions: [("field", .string(field))])
    }

    /// The body is larger than the service accepts.
    static func bodyTooLarge(limit: Int) -> Problem {
        Problem(
            kind: "body-too-large", status: .contentTooLarge, title: "The request body is too large",
            detail:
                "the body is over the limit of \(limit) bytes; send smaller batches, or start the service with a larger --max-body",
            extensions: [("limit", .number(String(limit)))])
    }

    /// No or the wrong bearer token.
    static let unauthorized = Problem(
        kind: "unauthorized", status: .unauthorized, title: "A bearer token is required",
        detail: "send the service's token as 'Authorization: Bearer <token>' (the token is in the file given to --token-file)")

    /// The service has no catalog loaded yet.
    static let noCatalog = Problem(
        kind: "no-catalog", status: .serviceUnavailable, title: "No catalog is loaded",
        detail:
            "the service has no catalog in service yet; fix the catalog's problems and reload (SIGHUP or POST /v1/admin/reload)")

    /// No route for the path, or not for this method.
    static func noRoute(_ status: HTTPResponse.Status, method: HTTPRequest.Method, path: String) -> Problem {
        Problem(
            kind: status == .methodNotAllowed ? "method-not-allowed" : "not-found", status: status,
            title: status == .methodNotAllowed ? "The method is not allowed here" : "No such endpoint",
            detail: "\(method) \(path) is not an endpoint of this service; GET /openapi.json lists them")
    }

    /// A bug: never for bad input.
    static let internalError = Problem(
        kind: "internal-error", status: .internalServerError, title: "The service failed",
        detail: "the service failed on this request; the log has the request id")

    /// The library's render errors, typed.
    static func render(_ error: RenderError) -> Problem {
        switch error {
        case .unknownTemplate(let id, let suggestions):
            return Problem(
                kind: "unknown-template", status: .notFound, title: "No template has this id",
                detail: error.description + (suggestions.isEmpty ? "; GET /v1/templates lists them" : ""),
                extensions: [("template", .string(id)), ("suggestions", .array(suggestions.map(JSON.string)))])
        case .invalidLocale(let tag):
            return invalidField("$.locale", "'\(tag)' is not a BCP 47 locale tag (examples: de, de-AT, zh-Hant)")
        case .invalidJSON(let detail):
            return invalidField("$.case", "not valid JSON: \(detail)")
        case .invalidCase(let problems):
            return Problem(
                kind: "invalid-case", status: .unprocessableContent, title: "The case data does not fit the template",
                detail: problems.map(\.description).joined(separator: "; "),
                extensions: [
                    (
                        "problems",
                        .array(
                            problems.map {
                                .object([
                                    ("path", .string($0.path)), ("expected", .string($0.expected)),
                                    ("found", .string($0.found)), ("message", .string($0.description)),
                                ])
                            })
                    )
                ])
        case .strict(let warnings):
            return Problem(
                kind: "strict-failure", status: .unprocessableContent,
                title: "Strict mode: the reply would have had warnings",
                detail: RenderWarning.summary(warnings).joined(separator: "; "),
                extensions: [("warnings", .array(warnings.map(ReplyJSON.warning)))])
        }
    }

    /// A catalog on disk that cannot replace the one in service.
    static func catalogProblems(_ problems: [CatalogProblem]) -> Problem {
        Problem(
            kind: "catalog-problems", status: .conflict,
            title: "The catalog on disk has problems; the previous one keeps serving",
            detail: "\(problems.count) problem\(problems.count == 1 ? "" : "s"); fix them and reload again",
            extensions: [
                (
                    "problems",
                    .array(
                        problems.map {
                            .object([
                                ("file", .string($0.file)), ("line", .number(String($0.line))),
                                ("column", .number(String($0.column))), ("code", .string($0.code.rawValue)),
                                ("message", .string($0.message)),
                            ])
                        })
                )
            ])
    }
}
