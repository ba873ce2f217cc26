import CatalogFiles
import Intl
import ReplyKit
import Testing

/// A catalog loaded for one render (`replykit render`) reads only the translations that can serve
/// the requested locale, and renders exactly what the whole catalog renders.
@Suite struct OneLocaleCatalogTests {
    static let whole: ReplyCatalog? = try? ReplyCatalog.starter()

    /// Each target, regional variants served by a parent (de-AT) or by no one (zh-TW is
    /// Traditional Chinese, which the catalog lacks), locales the catalog does not have, the source,
    /// and both pseudo-locales.
    static let requested = [
        "en", "en-GB", "de", "de-AT", "de-CH", "fr", "fr-CA", "es", "es-MX", "pl", "ja", "zh", "zh-Hans", "zh-CN",
        "zh-TW", "zh-Hant", "ar", "ar-EG", "ar-u-nu-latn", "pt-BR", "sw", "en-XA", "ar-XB",
    ]

    static let templateIDs = CatalogFiles.templateIDs(files: ReplyCatalog.starterFiles)

    @Test(arguments: templateIDs)
    func rendersWhatTheWholeCatalogRenders(template: String) throws {
        let whole = try #require(Self.whole)
        let example = "examples/cases/\(template.replacing("/", with: "-")).json"
        let caseJSON = try #require(ReplyCatalog.starterFiles[example])
        for tag in Self.requested {
            let one = try ReplyCatalog.starter(templates: [template], locale: LocaleID(tag))
            let reply = try one.render(template, locale: tag, caseJSON: caseJSON)
            let expected = try whole.render(template, locale: tag, caseJSON: caseJSON)
            #expect(reply.locale == expected.locale, "\(tag)")
            #expect(reply.formattingLocale == expected.formattingLocale, "\(tag)")
            #expect(reply.subject == expected.subject, "\(tag)")
            #expect(reply.body == expected.body, "\(tag)")
            #expect(reply.fallbacks == expected.fallbacks, "\(tag)")
            #expect(reply.warnings == expected.warnings, "\(tag)")
            #expect(reply.blocks.map(\.locale) == expected.blocks.map(\.locale), "\(tag)")
        }
    }

    /// What was read shows in a template's coverage: German and nothing else for de-AT, nothing
    /// for a pseudo-locale.
    @Test func readsOnlyTheTranslationsOnTheChain() throws {
        func translated(_ tag: String) throws -> [String] {
            let one = try ReplyCatalog.starter(templates: ["apology/damaged-item"], locale: LocaleID(tag))
            let info = try #require(one.info("apology/damaged-item"))
            return info.coverage.filter { $0.translated > 0 }.map(\.locale.identifier)
        }
        #expect(try translated("de-AT") == ["de"])
        #expect(try translated("zh") == ["zh-Hans"])
        #expect(try translated("zh-TW") == [])
        #expect(try translated("ar-XB") == [])
        #expect(try translated("en") == [])
    }

    /// A problem in a translation the render does not use does not stop it; one in a translation
    /// it uses does.
    @Test func problemsOnlyInTheTranslationsItReads() throws {
        var files = Fixture.files
        files["locales/ar/test/order.reply"] = Fixture.arabic + "\n\n[greting]\nx\n"
        #expect(throws: CatalogError.self) { try ReplyCatalog(files: files, templates: ["test/order"]) }
        let german = try ReplyCatalog(files: files, templates: ["test/order"], locale: LocaleID("de-AT"))
        #expect(try german.render("test/order", locale: "de-AT", caseJSON: Fixture.caseJSON).subject == "Bestellung A-17")
        let arabic = try LocaleID("ar-EG")
        let error = #expect(throws: CatalogError.self) {
            try ReplyCatalog(files: files, templates: ["test/order"], locale: arabic)
        }
        #expect(error?.problems.map(\.file) == ["locales/ar/test/order.reply"])
    }

    /// Asked for a locale whose translations it did not read, the catalog stops the program rather
    /// than reply in the source language.
    @Test func anotherLocaleStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            let german = try ReplyCatalog(files: Fixture.files, templates: ["test/order"], locale: LocaleID("de"))
            _ = try german.render("test/order", locale: "ar", caseJSON: Fixture.caseJSON)
        }
    }
}
