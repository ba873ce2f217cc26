import Intl
import MessageFormatSyntax
import Testing

@testable import ReplyKit

/// The pseudo-locales en-XA (accented, padded, bracketed) and ar-XB (right to left, mirrored):
/// any template renders in them without translation files; only the template's literal text
/// changes, never placeholders, case values or markup.
@Suite struct PseudoLocaleTests {
    static let rlo = "\u{202E}"
    static let pdf = "\u{202C}"
    static let lri = "\u{2066}"
    static let pdi = "\u{2069}"

    static let template = """
        ---
        kind: follow-up
        channels: [email]
        summary: Pseudo-locale test.
        inputs:
          customer.name: string
          n: integer
          status: shipped | held
        ---
        [subject]
        Order update

        [greeting]
        Dear {$customer.name},

        [body]
        .input {$n :integer}
        .match $n
        one {{Your {#b}item{/b} has {$status}.}}
        *   {{Your {$n} items have {$status}.}}
        """

    /// An Arabic translation the catalog has: ar-XB never uses it.
    static var arabic: String {
        """
        [subject] @\(Fixture.stamp("Order update"))
        تحديث الطلب

        [greeting] @\(Fixture.stamp("Dear {$customer.name},"))
        عزيزي {$customer.name}،
        """
    }

    static func catalog() throws -> ReplyCatalog {
        try ReplyCatalog(files: [
            "replykit.yaml": "source-locale: en\ntarget-locales: [ar]\n",
            "templates/test/update.reply": template,
            "locales/ar/test/update.reply": arabic,
        ])
    }

    static func caseJSON(items: Int) -> String {
        #"{"customer": {"name": "Anna"}, "n": \#(items), "status": "shipped"}"#
    }

    @Test(arguments: [
        ("en-XA", PseudoLocale.accented), ("en-Latn-XA", .accented), ("en-XA-u-nu-arab", .accented),
        ("ar-XB", .bidi), ("ar-Arab-XB", .bidi),
    ])
    func recognizesThePseudoLocales(tag: String, expected: PseudoLocale) throws {
        #expect(PseudoLocale(try LocaleID(tag)) == expected)
    }

    @Test(arguments: ["en", "en-US", "ar", "ar-EG", "en-XB", "ar-XA", "de-XA"])
    func otherLocalesAreNotPseudoLocales(tag: String) throws {
        #expect(PseudoLocale(try LocaleID(tag)) == nil)
    }

    /// en-XA: letters accented, the text padded by at least 40% of its length with whole filler
    /// words and bracketed; placeholders and markup as written.
    @Test func accentedTransformKeepsPlaceholdersAndMarkup() throws {
        let message = try Message.parse("Dear {$x}, {#b}thanks{/b} for {$n :number} reviews!")
        #expect(
            PseudoLocale.accented.transform(message).description
                == "[Ðéåŕ {$x}, {#b}ţĥåñķš{/b} ƒöŕ {$n :number} ŕéṽîéŵš! one two three]")
    }

    /// ar-XB: every run of text between placeholders and line breaks is overridden right to left.
    @Test func bidiTransformWrapsTextRunsInAnOverride() throws {
        let message = try Message.parse("Dear {$x},\n{#b}thanks{/b} for {$n :number} reviews!")
        let transformed = PseudoLocale.bidi.transform(message)
        let texts = transformed.patterns[0].parts.compactMap { part -> String? in
            if case .text(let text, _) = part { return text }
            return nil
        }
        let (o, p) = (Self.rlo, Self.pdf)
        #expect(texts == ["\(o)Dear \(p)", "\(o),\(p)\n", "\(o)thanks\(p)", "\(o) for \(p)", "\(o) reviews!\(p)"])
        #expect(transformed.expressions == message.expressions)
        #expect(transformed.markups == message.markups)
    }

    @Test func variantKeysAndDeclarationsAreNotTransformed() throws {
        let message = try Message.parse(".input {$n :number}\n.match $n\none {{one}}\n* {{many}}")
        #expect(
            PseudoLocale.accented.transform(message).description
                == ".input {$n :number}\n.match $n\none {{[öñé one]}}\n* {{[ɱåñý one]}}")
    }

    @Test func rendersInEnXAWithoutTranslations() throws {
        let reply = try Self.catalog().render(
            "test/update", locale: "en-XA", caseJSON: Self.caseJSON(items: 2), options: RenderOptions(strict: true))
        #expect(reply.subject == "[Öŕðéŕ ûþðåţé one two]")
        #expect(reply.body == "[Ðéåŕ Anna, one]\n\n[Ýöûŕ 2 îţéɱš ĥåṽé shipped. one two]")
        #expect(reply.locale.identifier == "en-XA")
        #expect(reply.formattingLocale.identifier == "en-XA")
        #expect(reply.warnings.isEmpty)
        #expect(reply.fallbacks.isEmpty)
    }

    @Test func enXAMarkupMapsToHTML() throws {
        let reply = try Self.catalog().render(
            "test/update", locale: "en-XA", caseJSON: Self.caseJSON(items: 1), options: RenderOptions(format: .html))
        #expect(
            reply.body == """
                <div lang="en-XA" dir="ltr">
                <p>[Ðéåŕ Anna, one]</p>
                <p>[Ýöûŕ <strong>îţéɱ</strong> ĥåš shipped. one two]</p>
                </div>
                """)
    }

    /// ar-XB: the source text (not the catalog's Arabic) overridden right to left, case data
    /// isolated as in any right-to-left reply, numbers and plurals as ICU formats ar-XB (its `ar`
    /// data: Arabic-Indic digits; 3 is `few`, so the catch-all variant).
    @Test func rendersInArXBRightToLeft() throws {
        let reply = try Self.catalog().render(
            "test/update", locale: "ar-XB", caseJSON: Self.caseJSON(items: 3), options: RenderOptions(strict: true))
        let (o, p, i, e) = (Self.rlo, Self.pdf, Self.lri, Self.pdi)
        #expect(reply.subject == "\(o)Order update\(p)")
        #expect(
            reply.body
                == "\(o)Dear \(p)\(i)Anna\(e)\(o),\(p)\n\n\(o)Your \(p)٣\(o) items have \(p)\(i)shipped\(e)\(o).\(p)")
        #expect(reply.locale.identifier == "ar-XB")
        #expect(reply.warnings.isEmpty)
        #expect(reply.fallbacks.isEmpty)
    }

    @Test func arXBDeclaresRightToLeftInHTML() throws {
        let reply = try Self.catalog().render(
            "test/update", locale: "ar-XB", caseJSON: Self.caseJSON(items: 1), options: RenderOptions(format: .html))
        let (o, p) = (Self.rlo, Self.pdf)
        #expect(
            reply.body == """
                <div lang="ar-XB" dir="rtl">
                <p>\(o)Dear \(p)<bdi>Anna</bdi>\(o),\(p)</p>
                <p>\(o)Your \(p)<strong>\(o)item\(p)</strong>\(o) has \(p)<bdi>shipped</bdi>\(o).\(p)</p>
                </div>
                """)
    }
}
