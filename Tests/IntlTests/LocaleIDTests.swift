import Testing

@testable import Intl

@Suite struct LocaleIDTests {
    @Test(arguments: [
        ("en-US", "en-US"), ("en_US", "en-US"), ("EN-us", "en-US"), ("de-AT", "de-AT"), ("zh-TW", "zh-TW"),
        ("zh_Hant_TW", "zh-Hant-TW"), ("und", "und"), ("i-klingon", "tlh"), ("iw", "he"),
        ("en-US-u-nu-arab", "en-US-u-nu-arab"), ("es-419", "es-419"),
    ])
    func canonicalizes(tag: String, expected: String) throws {
        #expect(try LocaleID(tag).identifier == expected)
        #expect(try LocaleID(tag).description == expected)
    }

    @Test(arguments: ["", "en-", "-en", "en--US", "en US", "de_DE@collation=phonebook", "toolonglanguage", "e", "ünïcode"])
    func rejectsIllFormedTags(tag: String) {
        #expect(throws: IntlError.self) { try LocaleID(tag) }
    }

    @Test func errorNamesTheTag() {
        do {
            _ = try LocaleID("en-")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == "INVALID_LOCALE")
            #expect(error.message.contains("'en-'"))
        }
    }

    @Test func equalityUsesCanonicalTag() throws {
        #expect(try LocaleID("en_us") == LocaleID("en-US"))
        #expect(try LocaleID("de") != LocaleID("de-AT"))
        #expect(Set([try LocaleID("en_US"), try LocaleID("en-US")]).count == 1)
    }

    @Test func root() throws {
        #expect(LocaleID.root.identifier == "und")
        #expect(try LocaleID("und") == .root)
        #expect(LocaleID.root.language == "und")
    }

    @Test(arguments: [("de-AT", "de"), ("zh-Hant-TW", "zh"), ("tlh", "tlh"), ("en_US", "en")])
    func language(tag: String, expected: String) throws {
        #expect(try LocaleID(tag).language == expected)
    }

    @Test(arguments: [
        ("zh-TW", "zh-Hant-TW", "zh-TW"), ("en", "en-Latn-US", "en"), ("ar", "ar-Arab-EG", "ar"),
        ("de-AT", "de-Latn-AT", "de-AT"), ("sr-Latn", "sr-Latn-RS", "sr-Latn"), ("und", "en-Latn-US", "en"),
    ])
    func likelySubtags(tag: String, maximized: String, minimized: String) throws {
        let locale = try LocaleID(tag)
        #expect(locale.maximized.identifier == maximized)
        #expect(locale.minimized.identifier == minimized)
    }

    // uloc_isRightToLeft: by script, explicit or likely (Thaana, Syriac and Arabic-script Azerbaijani
    // have no layout data in ICU 72 but are RTL scripts).
    @Test(arguments: [
        ("ar", true), ("he", true), ("fa-IR", true), ("ar-EG", true), ("dv", true), ("syr", true),
        ("az-Arab", true), ("und-Arab", true), ("en", false), ("ja", false), ("und", false),
        ("ar-Latn", false), ("en-u-nu-arab", false),
    ])
    func rightToLeft(tag: String, expected: Bool) throws {
        #expect(try LocaleID(tag).isRightToLeft == expected)
    }

    @Test(arguments: [
        ("en-US", "en-US", true), ("de-AT", "de-AT", true), ("de-XX", "de", true), ("zh-TW", "zh-Hant-TW", true),
        ("ar", "ar", true), ("en-US-u-nu-arab", "en-US", true), ("xx", "und", false), ("xx-YY", "und", false),
        ("tlh", "und", false), ("und", "und", false),
    ])
    func dataLocale(tag: String, expected: String, hasData: Bool) throws {
        let locale = try LocaleID(tag)
        #expect(locale.dataLocale.identifier == expected)
        #expect(locale.hasData == hasData)
    }
}
