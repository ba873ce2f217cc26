import Intl
import Testing

@testable import ReplyKit

/// Which translations serve a requested locale, most specific first, ending with the source:
/// CLDR's likely subtags and parents, not string prefixes.
@Suite struct LocaleNegotiationTests {
    static let available = ["en", "de", "zh-Hans", "zh-Hant", "pt", "pt-PT", "fr"]

    @Test(arguments: [
        ("de-AT", ["de", "en"]),
        ("de", ["de", "en"]),
        // Traditional Chinese never falls to Simplified: zh-TW is zh-Hant-TW.
        ("zh-TW", ["zh-Hant", "en"]),
        ("zh-HK", ["zh-Hant", "en"]),
        ("zh-CN", ["zh-Hans", "en"]),
        ("zh", ["zh-Hans", "en"]),
        // Brazilian Portuguese is not Portuguese for Portugal, nor the other way round.
        ("pt-BR", ["pt", "en"]),
        ("pt-PT", ["pt-PT", "pt", "en"]),
        ("fr-CA", ["fr", "en"]),
        ("en-GB", ["en"]),
        ("ja", ["en"]),
    ])
    func chains(requested: String, expected: [String]) throws {
        let chain = LocaleNegotiation.chain(
            for: try LocaleID(requested), available: try Self.available.map { try LocaleID($0) }, source: try LocaleID("en"))
        #expect(chain.map(\.identifier) == expected)
    }

    /// Text in the customer's language formats as asked; a fallback formats in its own language
    /// with the customer's region where ICU has data for the pair, and the customer's keywords but `nu`.
    @Test(arguments: [
        ("de", "de-CH", "de-CH"),
        ("ar", "ar-MA", "ar-MA"),
        ("en", "de-CH", "en-CH"),
        ("en", "pl-PL", "en"),
        ("en", "ar-u-nu-arab-ca-islamic", "en-u-ca-islamic"),
        ("zh-Hant", "zh-TW", "zh-TW"),
    ])
    func formattingLocales(text: String, requested: String, expected: String) throws {
        let locale = LocaleNegotiation.formattingLocale(text: try LocaleID(text), requested: try LocaleID(requested))
        #expect(locale.identifier == expected)
    }
}
