import ReplyKit
import Testing

/// A catalog loaded for some templates compiles only those, and checks them as fully as a whole one.
@Suite struct PartialCatalogTests {
    /// The fixture catalog with an undeclared variable in `test/follow-up`, at line 16, column 34.
    static var filesWithABrokenFollowUp: [String: String] {
        var files = Fixture.files
        files["templates/test/follow-up.reply"] = Fixture.followUp.replacing(
            "in order now with {$order.id}?", with: "in order now with {$order.di}?")
        return files
    }

    @Test func rendersAsTheWholeCatalogDoes() throws {
        let partial = try ReplyCatalog(files: Fixture.files, templates: ["test/order"])
        for locale in ["en", "de", "ar", "de-AT"] {
            let reply = try partial.render("test/order", locale: locale, caseJSON: Fixture.caseJSON)
            let whole = try Fixture.catalog().render("test/order", locale: locale, caseJSON: Fixture.caseJSON)
            #expect(reply.subject == whole.subject)
            #expect(reply.body == whole.body)
            #expect(reply.fallbacks.map(\.block) == whole.fallbacks.map(\.block))
        }
        #expect(partial.templateIDs == ["test/order"])
        // The same warnings too, including those that look at what a block reads.
        let json = Fixture.caseJSON.replacingName(with: "x").replacing(
            "\"name\": \"x\"", with: "\"name\": {\"en\": \"Anna\", \"fr\": \"Anne\"}")
        let partialWarnings = try partial.render("test/order", locale: "ar", caseJSON: json).warnings
        #expect(partialWarnings == (try Fixture.catalog().render("test/order", locale: "ar", caseJSON: json).warnings))
        #expect(partialWarnings.contains { $0.kind == .localizedTextFallback(path: "customer.name", used: "en") })
        #expect(partial.locales.map(\.identifier) == ["en", "de", "ar", "zh-Hant"])
    }

    /// Messages compile on first use in a partial catalog; what it reports of a template is the same
    /// (German: five of seven blocks, the greeting stale; Arabic: two, both unstamped, so stale).
    @Test func infoAndCoverageAreTheWholeCatalogs() throws {
        let partial = try #require(try ReplyCatalog(files: Fixture.files, templates: ["test/order"]).info("test/order"))
        let whole = try #require(try Fixture.catalog().info("test/order"))
        #expect(partial.blocks == whole.blocks)
        #expect(partial.inputs.map(\.path) == whole.inputs.map(\.path))
        #expect(
            partial.coverage.map { "\($0.locale.identifier) \($0.translated) \($0.stale)" } == [
                "de 5 1", "ar 2 2", "zh-Hant 0 0",
            ])
        #expect(
            whole.coverage.map { "\($0.locale.identifier) \($0.translated) \($0.stale)" } == ["de 5 1", "ar 2 2", "zh-Hant 0 0"])
    }

    @Test func problemsInOtherTemplatesDoNotMatter() throws {
        #expect(throws: CatalogError.self) { try ReplyCatalog(files: Self.filesWithABrokenFollowUp) }
        let partial = try ReplyCatalog(files: Self.filesWithABrokenFollowUp, templates: ["test/order"])
        #expect(
            partial.info("test/order")?.blocks == [
                "subject", "greeting", "greeting-anonymous", "items", "refund", "replacement", "help",
            ])
    }

    @Test func problemsInTheNamedTemplatesAreAllReported() throws {
        do {
            _ = try ReplyCatalog(files: Self.filesWithABrokenFollowUp, templates: ["test/order", "test/follow-up"])
            Issue.record("expected problems")
        } catch {
            #expect(
                error.problems.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } == [
                    "templates/test/follow-up.reply:16:34: $order.di is not a declared input of this template (did you mean $order.id?); declare it under inputs:"
                ])
        }
    }

    @Test func anUnknownTemplateGetsSuggestionsFromEveryFileName() throws {
        let partial = try ReplyCatalog(files: Fixture.files, templates: ["test/folow-up"])
        #expect(partial.templateIDs.isEmpty)
        #expect(partial.info("test/folow-up") == nil)
        #expect(partial.suggestions(for: "test/folow-up") == ["test/follow-up"])
        do {
            _ = try partial.render("test/folow-up", locale: "en", caseJSON: Fixture.caseJSON)
            Issue.record("expected an unknown template")
        } catch {
            guard case .unknownTemplate(let id, let suggestions) = error else {
                Issue.record("expected an unknown template, got \(error)")
                return
            }
            #expect(id == "test/folow-up")
            #expect(suggestions == ["test/follow-up"])
        }
    }

    @Test func composedTemplatesLoadTogether() throws {
        let partial = try ReplyCatalog(files: Fixture.files, templates: ["test/order", "test/follow-up"])
        #expect(partial.templateIDs == ["test/follow-up", "test/order"])
        let reply = try partial.render(["test/order", "test/follow-up"], locale: "en", caseJSON: Fixture.caseJSON)
        let whole = try Fixture.catalog().render(["test/order", "test/follow-up"], locale: "en", caseJSON: Fixture.caseJSON)
        #expect(reply.body == whole.body)
    }
}
