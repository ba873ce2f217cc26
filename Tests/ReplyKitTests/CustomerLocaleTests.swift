import CatalogFiles
import Intl
import ReplyKit
import Testing

/// The customer's locale drives formatting: region and `-u-` extensions of the requested tag,
/// while the text comes from the best translation. Expected texts are ICU's own output for the
/// locale (checked with `replykit format`, which calls ICU directly).
@Suite struct CustomerLocaleTests {
    static let damagedItem = "examples/cases/apology-damaged-item.json"

    struct Expectation: Sendable, CustomTestStringConvertible {
        let locale: String
        let text: String
        let formatting: String
        let contains: [String]
        var testDescription: String { locale }
    }

    static let expectations: [Expectation] = [
        Expectation(locale: "de-CH", text: "de", formatting: "de-CH", contains: ["Wir haben Ihnen EUR\u{A0}129.90 über"]),
        Expectation(locale: "de-AT", text: "de", formatting: "de-AT", contains: ["Wir haben Ihnen €\u{A0}129,90 über"]),
        Expectation(locale: "en-GB", text: "en", formatting: "en-GB", contains: ["was delivered on 18 November 2026,"]),
        Expectation(locale: "en_US", text: "en", formatting: "en-US", contains: ["was delivered on November 18, 2026,"]),
        // Maghreb Arabic reads Latin digits; Levantine Arabic names the months its own way.
        Expectation(locale: "ar-MA", text: "ar", formatting: "ar-MA", contains: ["في 18 نونبر 2026،", "خلال 5 أيام عمل"]),
        Expectation(locale: "ar-u-nu-latn", text: "ar", formatting: "ar-u-nu-latn", contains: ["في 18 نوفمبر 2026،"]),
        Expectation(locale: "ar-LB", text: "ar", formatting: "ar-LB", contains: ["في ١٨ تشرين الثاني ٢٠٢٦،"]),
        Expectation(locale: "ar", text: "ar", formatting: "ar", contains: ["في ١٨ نوفمبر ٢٠٢٦،"]),
    ]

    @Test(arguments: expectations)
    func formatsInTheRequestedLocale(_ expectation: Expectation) throws {
        let catalog = try #require(GoldenTests.catalog)
        let caseJSON = try #require(TextFile.read("\(GoldenTests.repository)/\(Self.damagedItem)"))
        let reply = try catalog.render("apology/damaged-item", locale: expectation.locale, caseJSON: caseJSON)
        #expect(reply.locale.identifier == expectation.text)
        #expect(reply.formattingLocale.identifier == expectation.formatting)
        #expect(reply.blocks.allSatisfy { $0.formattingLocale.identifier == expectation.formatting })
        for text in expectation.contains { #expect(reply.body.contains(text), "\(text)") }
    }

    @Test func aBlockThatFellBackFormatsInItsOwnLanguageWithTheCustomersRegion() throws {
        // The German translation has no `replacement` block: for a Swiss customer it reads English
        // and formats as en-CH; the German blocks format as de-CH.
        let json = Fixture.caseJSON.replacing("\"remedy\": \"refund\"", with: "\"remedy\": \"replacement\"")
        let reply = try Fixture.catalog().render("test/order", locale: "de-CH", caseJSON: json)
        let replacement = try #require(reply.blocks.first { $0.id == "replacement" })
        #expect(replacement.locale.identifier == "en")
        #expect(replacement.formattingLocale.identifier == "en-CH")
        #expect(reply.blocks.first { $0.id == "items" }?.formattingLocale.identifier == "de-CH")
        // A region ICU has no English for (en-PL) keeps the text's own locale.
        let polish = try Fixture.catalog().render("test/order", locale: "pl-PL", caseJSON: json)
        #expect(polish.blocks.allSatisfy { $0.formattingLocale.identifier == "en" })
    }

    @Test func fallbackBlocksKeepCalendarButNotDigitsOfTheRequest() throws {
        let json = Fixture.caseJSON.replacing("\"remedy\": \"refund\"", with: "\"remedy\": \"replacement\"")
        let reply = try Fixture.catalog().render("test/order", locale: "de-CH-u-nu-arab-ca-buddhist", caseJSON: json)
        let replacement = try #require(reply.blocks.first { $0.id == "replacement" })
        #expect(replacement.formattingLocale.identifier == "en-CH-u-ca-buddhist")
    }
}

/// A list is isolated item by item, and HTML declares the reply's language and direction.
@Suite struct DirectionTests {
    /// The damaged-item example with items given in English only, as when a shop has no
    /// translated titles (the shipped example gives them per language).
    static let latinItems = """
        {"customer": {"name": "Anna Kowalski"},
         "order": {"id": "EU-2026-418837", "items": ["Porcelain teapot (1.2 L)", "Set of 4 espresso cups"]},
         "delivered": "2026-11-18", "remedy": "refund", "refund": {"amount": "129.90", "currency": "EUR", "days": 5}}
        """

    @Test func listItemsAreIsolatedOneByOne() throws {
        let catalog = try #require(GoldenTests.catalog)
        let caseJSON = Self.latinItems
        let text = try catalog.render("apology/damaged-item", locale: "ar", caseJSON: caseJSON)
        // "و" (and) stays outside the isolates, attached to the second item in reading order.
        #expect(text.body.contains(": \u{2066}Porcelain teapot (1.2 L)\u{2069} و\u{2066}Set of 4 espresso cups\u{2069}."))
        let html = try catalog.render(
            "apology/damaged-item", locale: "ar", caseJSON: caseJSON, options: RenderOptions(format: .html))
        #expect(html.body.contains(": <bdi>Porcelain teapot (1.2 L)</bdi> و<bdi>Set of 4 espresso cups</bdi>."))
        // In a left-to-right reply Latin items need nothing.
        let german = try catalog.render("apology/damaged-item", locale: "de", caseJSON: caseJSON)
        #expect(german.body.contains(": Porcelain teapot (1.2 L) und Set of 4 espresso cups."))
    }

    @Test func anArabicItemInAGermanListIsIsolatedAlone() throws {
        let json = Fixture.caseJSON.replacing("[\"a mug\", \"a plate\"]", with: "[\"a mug\", \"إبريق\"]")
        let reply = try Fixture.catalog().render("test/order", locale: "de", caseJSON: json)
        #expect(reply.body.contains("a mug und \u{2067}إبريق\u{2069}"))
    }

    @Test func htmlDeclaresLanguageAndDirection() throws {
        let arabic = try Fixture.catalog().render(
            "test/order", locale: "ar", caseJSON: Fixture.caseJSON, options: RenderOptions(format: .html))
        #expect(arabic.body.hasPrefix("<div lang=\"ar\" dir=\"rtl\">\n<p>"))
        #expect(arabic.body.hasSuffix("</p>\n</div>"))
        #expect(arabic.htmlDocument.contains("<html lang=\"ar\" dir=\"rtl\">"))
        // A block that fell back to English declares its own language and direction.
        let json = Fixture.caseJSON.replacing("\"remedy\": \"refund\"", with: "\"remedy\": \"replacement\"")
        let german = try Fixture.catalog().render(
            "test/order", locale: "de", caseJSON: json, options: RenderOptions(format: .html))
        #expect(german.body.contains("<p lang=\"en\" dir=\"ltr\">A replacement ships soon.</p>"))
        #expect(german.body.hasPrefix("<div lang=\"de\" dir=\"ltr\">"))
    }
}

/// Case mapping for a block's first letter comes from ICU, with the locale's rules.
@Suite struct CapitalizationTests {
    @Test(arguments: [
        ("als Ausgleich", "de", "Als Ausgleich"),
        ("istanbul", "tr", "İstanbul"),
        ("istanbul", "en", "Istanbul"),
        ("ijsland", "nl", "IJsland"),
        ("έλα", "el", "Έλα"),
        ("Schon groß", "de", "Schon groß"),
        ("«merci»", "fr", "«merci»"),
        ("ご注文", "ja", "ご注文"),
        ("eBay hat", "de", "eBay hat"),
        ("iPhone", "en", "iPhone"),
    ])
    func firstLetter(text: String, locale: String, expected: String) throws {
        #expect(CaseMapping.capitalizingFirstLetter(text, locale: try LocaleID(locale)) == expected)
    }

    /// In every locale and composition of the shipped catalog, a block that does not directly
    /// follow the greeting starts with a capital letter; the one that does keeps the translator's case.
    @Test(arguments: ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"])
    func composedRepliesReadAsOneLetter(locale: String) throws {
        let catalog = try #require(GoldenTests.catalog)
        let caseJSON = try #require(
            TextFile.read("\(GoldenTests.repository)/examples/compositions/late-delivery-with-store-credit.json"))
        let reply = try catalog.render(["apology/late-delivery", "remedy/store-credit"], locale: locale, caseJSON: caseJSON)
        for (previous, block) in zip(reply.blocks, reply.blocks.dropFirst()) where !previous.id.hasPrefix("greeting") {
            #expect(block.output.first?.isLowercase != true, "\(block.template) \(block.id): \(block.output.prefix(30))")
        }
        if locale == "de" {
            #expect(reply.body.contains("\n\nAls Ausgleich für den Ärger"))
            #expect(reply.body.contains("Guten Tag Claire Dubois,\n\nes tut uns leid"))
        }
    }
}
