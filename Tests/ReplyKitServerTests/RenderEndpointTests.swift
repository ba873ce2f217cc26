import ExactJSON
import Hummingbird
import HummingbirdTesting
import ReplyKitServer
import Testing

/// `POST /v1/render` and `POST /v1/render/batch`: replies, and every kind of bad input as its problem.
@Suite struct RenderEndpointTests {
    @Test func rendersTheGermanDamagedItemReply() async throws {
        let body = renderBody(caseJSON: try Fixture.damagedItemCase)
        try await Fixture.withClient(try Fixture.server()) { client in
            let reply = try await client.send(.post, "/v1/render", body: body)
            #expect(reply.status == .ok)
            #expect(reply.contentType == "application/json")
            #expect(reply.string("subject") == "Ihre Bestellung EU-2026-418837 ist beschädigt angekommen – das tut uns leid")
            #expect(reply.string("body")?.hasPrefix("Guten Tag Anna Kowalski,\n\nes tut uns aufrichtig leid") == true)
            #expect(
                reply.string("body")?.contains("Wir haben Ihnen 129,90\u{A0}€ über Ihre ursprüngliche Zahlungsart erstattet.")
                    == true)
            #expect(reply.string("locale") == "de")
            #expect(reply["warnings"] == .array([]))
            #expect(reply["fallbacks"] == .array([]))
            #expect(reply.string("blocks.0.id") == "subject")
            #expect(reply.headers[.init("X-Request-Id")!] != nil)
        }
    }

    @Test func blocksCarryTheirPartsOnlyWhenAsked() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let plain = try await client.send(.post, "/v1/render", body: renderBody(caseJSON: try Fixture.damagedItemCase))
            #expect(plain.status == .ok)
            #expect(plain.string("blocks.2.id") == "apology")
            #expect(plain.string("blocks.2.text")?.hasPrefix("es tut uns aufrichtig leid, dass 2 Artikel") == true)
            #expect(plain["blocks.2.parts"] == nil)

            let withParts = try await client.send(
                .post, "/v1/render", body: renderBody(caseJSON: try Fixture.damagedItemCase, extra: #", "parts": true"#))
            #expect(withParts.status == .ok)
            #expect(
                withParts["blocks.2.parts.0"]
                    == .object([("type", .string("text")), ("value", .string("es tut uns aufrichtig leid, dass "))]))
            #expect(withParts.string("blocks.2.parts.1.type") == "number")
            #expect(withParts.string("blocks.2.parts.1.parts.0.type") == "integer")
            #expect(withParts.string("body") == plain.string("body"))
        }
    }

    @Test(arguments: [
        ("html", #"<p>Guten Tag Anna Kowalski,</p>"#),
        ("markdown", "Guten Tag Anna Kowalski,"),
        ("text", "Guten Tag Anna Kowalski,\n\n"),
    ])
    func rendersEachFormat(format: String, expected: String) async throws {
        let body = renderBody(caseJSON: try Fixture.damagedItemCase, extra: #", "format": "\#(format)""#)
        try await Fixture.withClient(try Fixture.server()) { client in
            let reply = try await client.send(.post, "/v1/render", body: body)
            #expect(reply.status == .ok)
            #expect(reply.string("body")?.contains(expected) == true, "\(reply.string("body") ?? "")")
        }
    }

    @Test func unknownTemplateIs404WithSuggestions() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(
                .post, "/v1/render", body: renderBody(template: "apology/damaged-itme", caseJSON: "{}"))
            #expect(problem.status == .notFound)
            #expect(problem.contentType == "application/problem+json")
            #expect(problem.string("type") == "urn:replykit:problem:unknown-template")
            #expect(problem.string("template") == "apology/damaged-itme")
            #expect(problem.string("suggestions.0") == "apology/damaged-item")
        }
    }

    /// A template id is a name: a path in it is just an unknown id, never a file read.
    @Test(arguments: ["../../../etc/passwd", "/etc/passwd", "templates/apology/damaged-item.reply", ""])
    func aTemplateIdIsNeverAPath(id: String) async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.post, "/v1/render", body: renderBody(template: id, caseJSON: "{}"))
            #expect(problem.status == .notFound)
            #expect(problem.string("type") == "urn:replykit:problem:unknown-template")
            #expect(problem.text.contains("root:") == false)
        }
    }

    @Test func invalidCaseIs422ListingEveryPath() async throws {
        let body = renderBody(caseJSON: #"{"order": {"id": "A-1"}, "remedy": "gift"}"#)
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.post, "/v1/render", body: body)
            #expect(problem.status == .unprocessableContent)
            #expect(problem.string("type") == "urn:replykit:problem:invalid-case")
            guard case .array(let problems)? = problem["problems"] else {
                Issue.record("no problems list")
                return
            }
            let paths = problems.compactMap { item -> String? in if case .string(let path)? = item["path"] { path } else { nil } }
            #expect(paths == ["order.items", "delivered", "remedy"])
        }
    }

    /// Portuguese has no translation: strict mode turns each fallback to English into a typed warning.
    @Test func strictFailureIs422WithTheTypedWarnings() async throws {
        let body = renderBody(locale: "pt", caseJSON: try Fixture.damagedItemCase, extra: #", "strict": true"#)
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.post, "/v1/render", body: body)
            #expect(problem.status == .unprocessableContent)
            #expect(problem.string("type") == "urn:replykit:problem:strict-failure")
            #expect(problem.string("warnings.0.kind") == "fallback")
            #expect(problem.string("warnings.0.template") == "apology/damaged-item")
            #expect(problem.string("warnings.0.used") == "en")
        }
    }

    @Test func malformedJSONIs400WithItsPosition() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(
                .post, "/v1/render", body: "{\"template\": \"apology/damaged-item\",\n  \"locale\": }")
            #expect(problem.status == .badRequest)
            #expect(problem.string("type") == "urn:replykit:problem:malformed-json")
            #expect(problem["line"] == .number("2"))
            #expect(problem["column"] == .number("13"))
        }
    }

    @Test(arguments: [
        (#"{"template": "apology/damaged-item", "locale": "de", "format": "pdf"}"#, "$.format"),
        (#"{"template": "apology/damaged-item", "locale": "de", "strict": "yes"}"#, "$.strict"),
        (#"{"template": "apology/damaged-item", "locale": "de", "parts": 1}"#, "$.parts"),
        (#"{"template": "apology/damaged-item", "locale": "de", "formt": "html"}"#, "$.formt"),
        (#"{"template": 7, "locale": "de"}"#, "$.template"),
        (#"{"template": [], "locale": "de"}"#, "$.template"),
        (#"{"template": "apology/damaged-item"}"#, "$.locale"),
        (#"{"template": "apology/damaged-item", "locale": "not a locale!"}"#, "$.locale"),
        (#"["apology/damaged-item"]"#, "$"),
        ("", "(body)"),
    ])
    func aBadFieldIs400NamingIt(body: String, field: String) async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.post, "/v1/render", body: body)
            #expect(problem.status == .badRequest)
            if field == "(body)" {
                #expect(problem.string("type") == "urn:replykit:problem:malformed-json")
            } else {
                #expect(problem.string("type") == "urn:replykit:problem:invalid-field")
                #expect(problem.string("field") == field)
            }
        }
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        let body = renderBody(caseJSON: try Fixture.damagedItemCase)
        try await Fixture.withClient(try Fixture.server(maxBody: 200)) { client in
            let problem = try await client.send(.post, "/v1/render", body: body)
            #expect(problem.status == .contentTooLarge)
            #expect(problem.string("type") == "urn:replykit:problem:body-too-large")
            #expect(problem["limit"] == .number("200"))
        }
    }

    @Test func batchAnswersEveryRequestInOrder() async throws {
        let good = renderBody(caseJSON: try Fixture.damagedItemCase)
        let body =
            "[\(good), \(renderBody(template: "nope", caseJSON: "{}")), 5, \(renderBody(locale: "fr", caseJSON: try Fixture.damagedItemCase))]"
        try await Fixture.withClient(try Fixture.server()) { client in
            let batch = try await client.send(.post, "/v1/render/batch", body: body)
            #expect(batch.status == .ok)
            #expect(batch["results.0.status"] == .number("200"))
            #expect(batch.string("results.0.reply.locale") == "de")
            #expect(batch["results.1.status"] == .number("404"))
            #expect(batch.string("results.1.problem.type") == "urn:replykit:problem:unknown-template")
            #expect(batch["results.2.status"] == .number("400"))
            #expect(batch.string("results.2.problem.field") == "$[2]")
            #expect(batch.string("results.3.reply.locale") == "fr")
            #expect(batch["results.4"] == nil)
        }
    }

    @Test func batchOfSomethingElseThanAListIs400() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.post, "/v1/render/batch", body: renderBody(caseJSON: "{}"))
            #expect(problem.status == .badRequest)
            #expect(problem.string("field") == "$")
        }
    }
}
