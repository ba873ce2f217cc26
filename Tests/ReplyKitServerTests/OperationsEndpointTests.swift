import CatalogFiles
import ExactJSON
import Hummingbird
import HummingbirdTesting
import ReplyKit
import Testing

@testable import ReplyKitServer

#if canImport(Glibc)
    import Glibc
#endif

/// Health, readiness, metrics, the OpenAPI document, the token and catalog reloads.
@Suite struct OperationsEndpointTests {
    @Test func healthAndReadiness() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let health = try await client.send(.get, "/healthz")
            #expect(health.json == .object([("status", .string("ok"))]))
            let ready = try await client.send(.get, "/readyz")
            #expect(ready.json == .object([("status", .string("ready")), ("templates", .number("34"))]))
        }
    }

    /// With no catalog in service, the service is alive but not ready, and renders nothing.
    @Test func withoutACatalogItIsNotReady() async throws {
        let server = ReplyKitServer(store: CatalogStore(source: .directory("/nonexistent")))
        try await Fixture.withClient(server) { client in
            #expect(try await client.send(.get, "/healthz").status == .ok)
            let ready = try await client.send(.get, "/readyz")
            #expect(ready.status == .serviceUnavailable)
            #expect(ready.string("type") == "urn:replykit:problem:no-catalog")
            #expect(try await client.send(.post, "/v1/render", body: "{}").status == .serviceUnavailable)
        }
    }

    @Test func metricsCountRendersByTemplateLocaleAndOutcome() async throws {
        let body = renderBody(caseJSON: try Fixture.damagedItemCase)
        try await Fixture.withClient(try Fixture.server()) { client in
            _ = try await client.send(.post, "/v1/render", body: body)
            _ = try await client.send(.post, "/v1/render", body: body)
            _ = try await client.send(.post, "/v1/render", body: renderBody(template: "../secret", caseJSON: "{}"))
            let metrics = try await client.send(.get, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.contentType == "text/plain; version=0.0.4; charset=utf-8")
            #expect(
                metrics.text.contains(#"replykit_renders_total{template="apology/damaged-item",locale="de",outcome="success"} 2"#)
            )
            #expect(
                metrics.text.contains(#"replykit_renders_total{template="unknown",locale="none",outcome="unknown-template"} 1"#))
            #expect(metrics.text.contains("replykit_render_duration_seconds_count 3"))
            #expect(metrics.text.contains(#"replykit_catalog_reloads_total{outcome="failure"} 0"#))
            #expect(metrics.text.contains("secret") == false)
        }
    }

    @Test func theOpenAPIDocumentIsTheOneInDocs() async throws {
        let document = try JSON.parse(try Fixture.text("docs/openapi.json"))
        try await Fixture.withClient(try Fixture.server()) { client in
            let served = try await client.send(.get, "/openapi.json")
            #expect(served.contentType == "application/json")
            #expect(served.json == document, "run scripts/embed-openapi.py after editing docs/openapi.json")
            #expect(served.string("openapi") == "3.1.0")
        }
    }

    @Test func unknownEndpointsAreProblems() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let missing = try await client.send(.get, "/v2/render")
            #expect(missing.status == .notFound)
            #expect(missing.contentType == "application/problem+json")
        }
    }

    /// The probes are open (a Kubernetes probe cannot send a secret); everything else needs the token.
    @Test func everyEndpointButTheProbesNeedsTheToken() async throws {
        try await Fixture.withClient(try Fixture.server(token: "s3cret-token")) { client in
            #expect(try await client.send(.get, "/healthz").status == .ok)
            #expect(try await client.send(.get, "/readyz").status == .ok)
            for (method, path) in [
                (HTTPRequest.Method.get, "/v1/templates"), (.post, "/v1/render"), (.get, "/metrics"),
                (.get, "/openapi.json"), (.post, "/v1/admin/reload"),
            ] {
                for token in [nil, "wrong", "s3cret-toke", "s3cret-token2"] {
                    let refused = try await client.send(method, path, token: token)
                    #expect(refused.status == .unauthorized, "\(path) with \(token ?? "no token")")
                    #expect(refused.headers[.wwwAuthenticate] == #"Bearer realm="replykit""#)
                    #expect(refused.string("type") == "urn:replykit:problem:unauthorized")
                }
            }
            #expect(try await client.send(.get, "/readyz", token: "s3cret-token").status == .ok)
        }
    }

    @Test(arguments: [
        ("token", "token", true), ("token", "toke", false), ("token", "tokens", false), ("token", "", false),
        ("token", "tokeN", false),
    ])
    func tokensCompareWhole(expected: String, given: String, equal: Bool) {
        #expect(BearerTokenMiddleware.equal(Array(given.utf8), Array(expected.utf8)) == equal)
    }

    @Test func reloadingOverHTTPNeedsAToken() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let refused = try await client.send(.post, "/v1/admin/reload")
            #expect(refused.status == .forbidden)
            #expect(refused.string("type") == "urn:replykit:problem:reload-disabled")
        }
    }

    /// A reload puts a good catalog in service; one with problems is refused with its problems,
    /// and the catalog in service keeps serving.
    @Test func reloadSwapsOnlyAGoodCatalog() async throws {
        let catalog = try ScratchCatalog()
        catalog.write("templates/t/hello.reply", ScratchCatalog.template(greeting: "Hello"))
        let store = CatalogStore(source: .directory(catalog.root))
        guard case .reloaded(templates: 1) = store.reload() else {
            Issue.record("the scratch catalog does not load")
            return
        }
        let server = ReplyKitServer(store: store, configuration: .init(token: "t"))
        let body = #"{"template": "t/hello", "locale": "en", "case": {"name": "Ana"}}"#
        try await Fixture.withClient(server) { client in
            #expect(try await client.send(.post, "/v1/render", body: body, token: "t").string("body") == "Hello Ana!")

            catalog.write("templates/t/hello.reply", ScratchCatalog.template(greeting: "Hello {$missing"))
            let refused = try await client.send(.post, "/v1/admin/reload", token: "t")
            #expect(refused.status == .conflict)
            #expect(refused.string("type") == "urn:replykit:problem:catalog-problems")
            #expect(refused.string("problems.0.file") == "templates/t/hello.reply")
            #expect(try await client.send(.post, "/v1/render", body: body, token: "t").string("body") == "Hello Ana!")

            catalog.write("templates/t/hello.reply", ScratchCatalog.template(greeting: "Welcome"))
            let reloaded = try await client.send(.post, "/v1/admin/reload", token: "t")
            #expect(reloaded.json == .object([("status", .string("reloaded")), ("templates", .number("1"))]))
            #expect(try await client.send(.post, "/v1/render", body: body, token: "t").string("body") == "Welcome Ana!")
            let metrics = try await client.send(.get, "/metrics", token: "t")
            #expect(metrics.text.contains(#"replykit_catalog_reloads_total{outcome="failure"} 1"#))
            #expect(metrics.text.contains(#"replykit_catalog_reloads_total{outcome="success"} 1"#))
        }
    }
}

/// A one-template catalog in a temporary directory (`templates/t/hello.reply`), to change under
/// a running service.
final class ScratchCatalog: Sendable {
    let root: String

    init() throws {
        struct CannotCreate: Error {}
        var template = Array("/tmp/replykit-serve-test-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw CannotCreate() }
        root = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        mkdir(root + "/templates", 0o755)
        mkdir(root + "/templates/t", 0o755)
        write("replykit.yaml", "source-locale: en\n")
    }

    static func template(greeting: String) -> String {
        """
        ---
        kind: apology
        channels: [chat]
        summary: A greeting.
        inputs:
          name: string
        ---
        [body]
        \(greeting) {$name}!

        """
    }

    func write(_ relative: String, _ text: String) {
        let file = fopen(root + "/" + relative, "w")
        fputs(text, file)
        fclose(file)
    }

    deinit {
        for file in ["replykit.yaml", "templates/t/hello.reply"] { unlink(root + "/" + file) }
        rmdir(root + "/templates/t")
        rmdir(root + "/templates")
        rmdir(root)
    }
}
