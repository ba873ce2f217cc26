import ExactJSON
import Hummingbird
import HummingbirdTesting
import ReplyKitServer
import Testing

/// `GET /v1/templates`, `GET /v1/templates/{id}` and `POST /v1/format`.
@Suite struct CatalogEndpointTests {
    @Test func listsEveryTemplateWithItsInputsAndCoverage() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let list = try await client.send(.get, "/v1/templates")
            #expect(list.status == .ok)
            guard case .array(let templates)? = list["templates"] else {
                Issue.record("no templates")
                return
            }
            #expect(templates.count == 34)
            let damaged = try #require(templates.first { $0["id"] == .string("apology/damaged-item") })
            #expect(damaged["kind"] == .string("apology"))
            #expect(damaged["channels"] == .array([.string("email"), .string("chat"), .string("amazon"), .string("ebay")]))
            guard case .array(let inputs)? = damaged["inputs"], case .array(let coverage)? = damaged["coverage"] else {
                Issue.record("inputs and coverage are lists")
                return
            }
            #expect(
                inputs.first
                    == .object([("path", .string("customer.name")), ("type", .string("string")), ("optional", .bool(true))]))
            #expect(coverage.count == 7)
            #expect(coverage.first?["locale"] == .string("de"))
        }
    }

    /// The skeleton is the one `replykit inputs` prints: null at every required input, money as its shape.
    @Test func oneTemplateComesWithItsSkeletonCase() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let template = try await client.send(.get, "/v1/templates/remedy/full-refund")
            #expect(template.status == .ok)
            #expect(template.string("id") == "remedy/full-refund")
            #expect(
                template["skeleton"]?.serialized
                    == #"{"order":{"id":null},"refund":{"amount":null,"currency":null,"days":null,"method":null}}"#)
        }
    }

    @Test(arguments: ["/v1/templates/apology/damaged", "/v1/templates/../../etc/passwd", "/v1/templates/%2e%2e/replykit.yaml"])
    func anUnknownTemplateIs404(uri: String) async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.get, uri)
            #expect(problem.status == .notFound)
            #expect(problem.contentType == "application/problem+json")
            #expect(problem.text.contains("source-locale") == false)
        }
    }

    @Test func suggestsCloseIds() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.get, "/v1/templates/apology/damaged")
            #expect(problem.string("suggestions.0") == "apology/damaged-item")
        }
    }

    @Test func formatsAMessageAsFormatJSONPrintsIt() async throws {
        let body = #"""
            {"src": ".input {$n :integer} .match $n one {{{$n} paczka}} few {{{$n} paczki}} * {{{$n} paczek}}",
             "locale": "pl", "params": [{"name": "n", "value": 3}]}
            """#
        try await Fixture.withClient(try Fixture.server()) { client in
            let result = try await client.send(.post, "/v1/format", body: body)
            #expect(result.status == .ok)
            #expect(result.json == .object([("output", .string("3 paczki")), ("errors", .array([]))]))
            let object = try await client.send(.post, "/v1/format", body: #"{"src": "Hi {$name}!", "params": {"name": "Ana"}}"#)
            #expect(object.string("output") == "Hi \u{2068}Ana\u{2069}!")
        }
    }

    @Test func messageErrorsArePartOfTheResult() async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let result = try await client.send(.post, "/v1/format", body: #"{"src": "Hello {$name"}"#)
            #expect(result.status == .ok)
            #expect(result["output"] == .null)
            #expect(result.string("errors.0.type") == "syntax-error")
        }
    }

    @Test(arguments: [
        (#"{"locale": "de"}"#, "$.src"),
        (#"{"src": "x", "locale": "???"}"#, "$.locale"),
        (#"{"src": "x", "params": [{"value": 1}]}"#, "$.params"),
        (#"{"src": "x", "bidiIsolation": "auto"}"#, "$.bidiIsolation"),
    ])
    func aBadFormatRequestIs400(body: String, field: String) async throws {
        try await Fixture.withClient(try Fixture.server()) { client in
            let problem = try await client.send(.post, "/v1/format", body: body)
            #expect(problem.status == .badRequest)
            #expect(problem.string("field") == field)
        }
    }
}
