import Testing

/// `replykit render --locale en-XA|ar-XB` and `replykit lint --pseudo` as a user runs them.
@Suite struct PseudoLocaleCommandTests {
    @Test func rendersTheRepositoryCatalogInEnXA() {
        let result = ReplyKitBinary.run([
            "render", "apology/damaged-item", "--locale", "en-XA", "--case", RenderCommandTests.example, "--strict",
            "--catalog", RenderCommandTests.repository,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Subject: [Ýöûŕ öŕðéŕ EU-2026-418837 åŕŕîṽéð ðåɱåĝéð: öûŕ åþöļöĝîéš one two three four]\n\n[Ðéåŕ Anna Kowalski, one]\n"
            ))
        #expect(result.stderr.isEmpty)
    }

    @Test func rendersTheRepositoryCatalogInArXB() {
        let result = ReplyKitBinary.run([
            "render", "apology/damaged-item", "--locale", "ar-XB", "--case", RenderCommandTests.example, "--strict",
            "--format", "html", "--catalog", RenderCommandTests.repository,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "<div lang=\"ar-XB\" dir=\"rtl\">\n<p>\u{202E}Dear \u{202C}<bdi>Anna Kowalski</bdi>\u{202E},\u{202C}</p>"))
    }

    /// 306 characters in English, within Google Play's 350; 435 in en-XA.
    static let review = """
        ---
        kind: review-response
        channels: [google-play]
        summary: Thanks a reviewer.
        inputs:
          product: string
        ---
        [thanks]
        Thank you for your review of {$product}.

        [body]
        We are sorry that the delivery took longer than we promised. We have shared your comments with our shipping team so that it does not happen again, and we hope to serve you better next time.

        [contact]
        If you would like to tell us more, please write to our support team.
        """

    @Test func lintPseudoReportsAReplyOverItsChannelLimit() {
        let directory = LintCommandTests.catalog([
            "replykit.yaml": "source-locale: en\n",
            "templates/review-response/thanks.reply": Self.review,
            "examples/cases/review-response-thanks.json": #"{"product": "the blue teapot"}"#,
            "channels/google-play.yaml":
                "rules:\n  - {id: length, check: length, level: error, unit: utf16, limit: 350, description: Google Play's limit.}\n",
        ])
        let plain = ReplyKitBinary.run(["lint", "--catalog", directory, "--format", "json"])
        #expect(!plain.stdout.contains("pseudo-length"))
        let pseudo = ReplyKitBinary.run(["lint", "--catalog", directory, "--format", "json", "--pseudo"])
        #expect(pseudo.stdout.contains(#""rule":"pseudo-length""#), "\(pseudo.stdout)")
        #expect(pseudo.stdout.contains("the en-XA pseudo-locale reply (text about 40% longer)"))
        #expect(pseudo.status == 0, "a warning: \(pseudo.stdout)")
        let strict = ReplyKitBinary.run(["lint", "--catalog", directory, "--pseudo", "--max-warnings", "0"])
        #expect(strict.status == 1)
    }

    @Test func lintHelpDescribesPseudo() {
        let help = ReplyKitBinary.run(["lint", "--help"])
        #expect(help.stdout.contains("--pseudo"))
        #expect(help.stdout.contains("en-XA"))
    }
}
