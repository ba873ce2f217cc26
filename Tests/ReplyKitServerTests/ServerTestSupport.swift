import CatalogFiles
import ExactJSON
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import Logging
import ReplyKit
import ReplyKitServer
import Testing

/// The repository, its catalog, and a client that checks every response against the OpenAPI document.
enum Fixture {
    static let repository: String = {
        let here = #filePath
        var path = String(here[..<here.lastIndex(of: "/")!])
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    /// The shipped catalog, loaded once for every test.
    static let catalog: Result<ReplyCatalog, CatalogError> = Result { () throws(CatalogError) in
        try ReplyCatalog(directory: repository)
    }

    static func text(_ relativePath: String) throws -> String {
        try #require(TextFile.read(repository + "/" + relativePath), "cannot read \(relativePath)")
    }

    /// The example case of the German damaged-item reply, as JSON text.
    static var damagedItemCase: String {
        get throws { try text("examples/cases/apology-damaged-item.json") }
    }

    /// A service over the shipped catalog.
    static func server(token: String? = nil, maxBody: Int = 1 << 20) throws -> ReplyKitServer {
        let store = CatalogStore(serving: try catalog.get(), source: .directory(repository))
        return ReplyKitServer(store: store, configuration: .init(token: token, maxBody: maxBody))
    }

    /// Runs `test` against the service's router in process; the log goes to `log`.
    static func withClient(
        _ server: ReplyKitServer, log: InMemoryLogHandler = InMemoryLogHandler(),
        _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = Application(router: server.router(), logger: Logger(label: "replykit.serve.test") { _ in log })
        try await app.test(.router) { client in try await test(client) }
    }
}

/// A response, read once, with its body parsed when it is JSON.
struct Exchange {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let text: String
    let json: JSON?

    var contentType: String { headers[.contentType] ?? "" }

    /// A member of the JSON body at a dotted path (`problems.0.path`).
    subscript(_ path: String) -> JSON? {
        var value = json
        for key in path.split(separator: ".") {
            if let index = Int(key), case .array(let items)? = value {
                value = index < items.count ? items[index] : nil
            } else {
                value = value?[key]
            }
        }
        return value
    }

    func string(_ path: String) -> String? {
        if case .string(let text)? = self[path] { return text }
        return nil
    }
}

extension TestClientProtocol {
    /// Sends a request and checks the response against docs/openapi.json: its status is one the
    /// document lists for the operation, its media type the one it gives, its body the schema.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, body: String? = nil, token: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Exchange {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil { headers[.contentType] = "application/json" }
        let response = try await execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let text = String(buffer: response.body)
        let json = try? JSON.parse(text)
        let exchange = Exchange(status: response.status, headers: response.headers, text: text, json: json)
        let violations = try OpenAPIContract.shared.get().violations(method: method, uri: uri, exchange)
        #expect(violations.isEmpty, "\(method) \(uri) → \(response.status.code): \(violations)", sourceLocation: sourceLocation)
        return exchange
    }
}

/// A render request body.
func renderBody(
    template: String = "apology/damaged-item", locale: String = "de", caseJSON: String, extra: String = ""
) -> String {
    #"{"template": "\#(template)", "locale": "\#(locale)", "case": \#(caseJSON)\#(extra)}"#
}
