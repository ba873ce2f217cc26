import CatalogFiles
import ReplyKit
import Testing

/// `ReplyCatalog(parsed:)`: a catalog compiled from files already parsed, as the linter holds them.
@Suite struct ParsedCatalogTests {
    @Test func rendersAsACatalogLoadedFromText() throws {
        let (files, problems) = CatalogFiles.load(files: Fixture.files)
        #expect(problems.isEmpty)
        let catalog = try ReplyCatalog(parsed: try #require(files))
        #expect(catalog.templateIDs == ["test/follow-up", "test/order"])
        #expect(catalog.locales.map(\.identifier) == ["en", "de", "ar", "zh-Hant"])
        let reply = try catalog.render("test/order", locale: "de", caseJSON: Fixture.caseJSON)
        #expect(reply.subject == "Bestellung A-17")
        let loaded = try Fixture.catalog().render("test/order", locale: "de", caseJSON: Fixture.caseJSON)
        #expect(reply.body == loaded.body)
    }

    /// A block whose message does not parse keeps its problem, so the catalog refuses it
    /// instead of rendering the block as nothing.
    @Test func refusesABlockWithASyntaxError() throws {
        var texts = Fixture.files
        texts["templates/test/follow-up.reply"] = Fixture.followUp.replacing(
            "in order now with {$order.id}?", with: "in order now with {$order.id?")
        let (files, problems) = CatalogFiles.load(files: texts)
        let error = #expect(throws: CatalogError.self) { try ReplyCatalog(parsed: try #require(files)) }
        #expect(error?.problems.map(\.file) == ["templates/test/follow-up.reply"])
        #expect(error?.problems.map(\.line) == [16])
        #expect(error?.problems.map(\.mf2) == [.syntaxError])
        #expect(error?.problems == problems)
    }

    /// What the compiler checks it reports as a catalog loaded from text does.
    @Test func reportsAnUndeclaredVariable() throws {
        let (files, _) = CatalogFiles.load(files: PartialCatalogTests.filesWithABrokenFollowUp)
        let error = #expect(throws: CatalogError.self) { try ReplyCatalog(parsed: try #require(files)) }
        #expect(
            error?.problems.map(\.description) == [
                "templates/test/follow-up.reply:16:34: $order.di is not a declared input of this template (did you mean $order.id?); declare it under inputs:"
            ])
    }
}
