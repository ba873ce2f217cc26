import CatalogFiles
import Testing
import XLIFF

/// Export then import without changes leaves every translation as it is: nothing to write, no problems.
@Suite struct RoundTripTests {
    @Test(arguments: ["de", "fr", "es", "pl", "ja", "zh-Hans", "ar"])
    func starterCatalogImportsUnchanged(locale: String) throws {
        let files = try #require(starterCatalog)
        let xliff = try XLIFFExport.document(files, locale: locale)
        let result = try XLIFFImport(Array(xliff.utf8), catalog: files)
        #expect(result.problems.map(\.description) == [])
        #expect(result.updates.map(\.path) == [])
        #expect(result.locale == locale)
    }

    @Test func everyStarterBlockIsExportedWithItsTranslation() throws {
        let files = try #require(starterCatalog)
        let xliff = try XLIFFExport.document(files, locale: "pl", templates: ["apology/damaged-item"])
        // Every block of the template is translated in Polish: no unit is left without a target.
        #expect(xliff.components(of: "<segment state=\"translated\">").count - 1 == xliff.components(of: "<segment").count - 1)
        #expect(xliff.contains("<unit id=\"apology.few\""))
        #expect(xliff.contains("<file id=\"apology.damaged-item\" original=\"templates/apology/damaged-item.reply\""))
    }
}
