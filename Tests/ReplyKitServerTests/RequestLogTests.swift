import ExactJSON
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import Logging
import ReplyKitServer
import Testing

/// One structured log line per request, and never the case data in it.
@Suite struct RequestLogTests {
    @Test func aRenderIsLoggedWithoutItsCase() async throws {
        let log = InMemoryLogHandler()
        let body = renderBody(caseJSON: try Fixture.damagedItemCase)
        try await Fixture.withClient(try Fixture.server(), log: log) { client in
            let reply = try await client.send(.post, "/v1/render", body: body)
            let invalid = try await client.send(.post, "/v1/render", body: renderBody(caseJSON: #"{"order": {"id": 12345678}}"#))
            #expect(invalid.status == .unprocessableContent)
            let lines = log.entries.filter { $0.message == "request" }
            #expect(lines.count == 2)
            let line = try #require(lines.first)
            #expect(line.metadata["template"] == "apology/damaged-item")
            #expect(line.metadata["locale"] == "de")
            #expect(line.metadata["status"]?.description == "200")
            #expect(line.metadata["method"] == "POST")
            #expect(line.metadata["path"] == "/v1/render")
            #expect(line.metadata["duration_ms"] != nil)
            #expect(line.metadata["hb.request.id"]?.description == reply.headers[.init("X-Request-Id")!])
            #expect(lines.last?.metadata["problem"] == "invalid-case")
            let everything = log.entries.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
            for personal in ["Kowalski", "EU-2026-418837", "12345678", "129.90"] {
                #expect(everything.contains(personal) == false, "\(personal) is in the log")
            }
        }
    }

    /// Request text in a log line cannot forge a second line.
    @Test func controlCharactersInRequestTextAreReplaced() async throws {
        let log = InMemoryLogHandler()
        try await Fixture.withClient(try Fixture.server(), log: log) { client in
            _ = try await client.send(.post, "/v1/render", body: #"{"template": "x\nforged line", "locale": "de"}"#)
            let line = try #require(log.entries.first { $0.message == "request" })
            #expect(line.metadata["template"] == "x?forged line")
        }
    }
}

/// The contract check itself: it must catch what it is there to catch.
@Suite struct OpenAPIContractTests {
    func exchange(_ status: HTTPResponse.Status, _ contentType: String, _ body: String) -> Exchange {
        Exchange(status: status, headers: [.contentType: contentType], text: body, json: try? JSON.parse(body))
    }

    @Test func flagsAnUndocumentedStatus() throws {
        let violations = try OpenAPIContract.shared.get().violations(
            method: .get, uri: "/healthz", exchange(.created, "application/json", #"{"status": "ok"}"#))
        #expect(violations == ["status 201 is not documented for GET /healthz"])
    }

    @Test func flagsAWrongMediaType() throws {
        let violations = try OpenAPIContract.shared.get().violations(
            method: .post, uri: "/v1/render", exchange(.notFound, "application/json", "{}"))
        #expect(violations == ["content type application/json, documented application/problem+json"])
    }

    @Test func flagsAMissingPropertyAndAWrongType() throws {
        let violations = try OpenAPIContract.shared.get().violations(
            method: .get, uri: "/v1/templates/apology/damaged-item",
            exchange(
                .ok, "application/json",
                #"{"id": 5, "kind": "apology", "channels": [], "summary": "", "inputs": [], "blocks": [], "coverage": []}"#))
        #expect(violations == ["$.id: expected string, found a number", "$: required property 'skeleton' is missing"])
    }
}
