import CatalogFiles
import Testing

@Suite struct ManyProblemsTests {
    static let text = """
        ---
        kind: apologie
        channels: [email, fax]
        summry: x
        inputs:
          order.id: strin
          remedy: refund | replacement
        ---
        stray text
        [greeting] when customer.nme
        Dear {$customer.name

        [greeting] otherwise
        Hello,
        [remedy] when remedy = refunded
        x
        [closing] otherwise
        [closing-2] otherwise
        Bye }
        """

    @Test func everyProblemIsReportedInFileOrder() {
        let (template, problems) = TemplateFile.parse(Self.text, file: "templates/x.reply", id: "x")
        #expect(template == nil)
        #expect(
            problems.map(\.summary) == [
                "bad-header templates/x.reply:1:1: the header has no 'summary'; add a line such as 'summary: When to use this template, in one line.'",
                "bad-header templates/x.reply:2:7: unknown kind 'apologie'; expected apology, remedy, review-response, acknowledgement, or follow-up (did you mean 'apology'?)",
                "bad-header templates/x.reply:3:19: unknown channel 'fax'; expected email, chat, or marketplace, or a channel with a pack (channels/fax.yaml; see docs/channel-packs.md)",
                "bad-header templates/x.reply:4:1: unknown header key 'summry'; expected kind, channels, summary, inputs, or sms-segments (did you mean 'summary'?)",
                "bad-input-declaration templates/x.reply:6:13: unknown input type 'strin' for order.id; expected string, number, integer, money, date, datetime, list, boolean, or a | b | c (did you mean 'string'?)",
                "bad-block templates/x.reply:9:1: text before the first block; start a block with a line such as '[greeting]', or remove the text",
                "bad-condition templates/x.reply:10:17: condition uses 'customer.nme', which is not a declared input; declare it under 'inputs' in the header",
                "message-error templates/x.reply:11:21: block 'greeting': syntax error: expected a function (':name'), an attribute ('@name') or '}' to close the placeholder opened at 11:6, found end of message",
                "duplicate-block templates/x.reply:13:2: block 'greeting' is defined twice (first at line 10); rename or remove one",
                "bad-condition templates/x.reply:15:24: value 'refunded' is not one of remedy's values: refund, replacement (did you mean 'refund'?)",
                "bad-condition templates/x.reply:18:13: 'otherwise' needs a conditional block before it",
                "message-error templates/x.reply:19:5: block 'closing-2': syntax error: unescaped '}' in the pattern; write '\\}' for a brace",
            ])
    }

    @Test func manyProblemsInOneTranslation() {
        let text = "Hallo\n[a] when x\nA\n[a] @zz\n\nB {\n[b] otherwise\n"
        let (translation, problems) = TranslationFile.parse(text, file: "l.reply", id: "t", locale: "de")
        #expect(translation?.blocks.map(\.id) == ["a", "b"])
        #expect(
            problems.map(\.summary) == [
                "bad-block l.reply:1:1: text before the first block; start a block with a line such as '[greeting]', or remove the text",
                "bad-condition l.reply:2:5: conditions belong in the source template; remove 'when x' from the translation",
                "duplicate-block l.reply:4:2: block 'a' is defined twice (first at line 2); rename or remove one",
                "bad-block l.reply:4:5: expected '@' and 8 lowercase hex digits (the source block's version), found '@zz'; copy the stamp from 'replykit' or remove it",
                "message-error l.reply:6:4: block 'a': syntax error: expected '}' to close the placeholder opened at 6:3, found end of message",
                "bad-condition l.reply:7:5: conditions belong in the source template; remove 'otherwise' from the translation",
            ])
    }

    @Test func manyManifestProblems() {
        let (manifest, problems) = Manifest.parse(
            "source-locale: english\ntarget-locales: [de, de, x_y]\nfallback: en\n", file: "replykit.yaml")
        #expect(manifest == nil)
        #expect(
            problems.map(\.summary) == [
                "bad-manifest replykit.yaml:1:16: source-locale 'english' is not a BCP 47 language tag; write a tag such as 'en', 'de' or 'pt-BR'",
                "bad-manifest replykit.yaml:2:22: target locale 'de' is listed twice; remove one",
                "bad-manifest replykit.yaml:2:26: target locale 'x_y' is not a BCP 47 language tag; use '-' between subtags, as in 'x-y'",
                "bad-manifest replykit.yaml:3:1: unknown manifest key 'fallback'; expected source-locale, target-locales or lint",
            ])
    }

    @Test func validManifest() {
        let (manifest, problems) = Manifest.parse(
            "\u{FEFF}source-locale: en\ntarget-locales: [de, ja, zh-Hant-TW]\n", file: "replykit.yaml")
        #expect(problems.isEmpty)
        #expect(manifest == Manifest(sourceLocale: "en", targetLocales: ["de", "ja", "zh-Hant-TW"]))
        let none = Manifest.parse("source-locale: en\n", file: "replykit.yaml")
        #expect(none.0 == Manifest(sourceLocale: "en", targetLocales: []))
        #expect(none.1.isEmpty)
    }
}
