import ReplyLint
import Testing

/// `lint --pseudo`: every example rendered in en-XA and ar-XB, and a `pseudo-length` finding for
/// each reply over a channel's limit.
@Suite struct PseudoLengthTests {
    /// A review response of 306 characters in English: within Google Play's 350, but 435 in
    /// en-XA (each block about 40% longer, bracketed) and 316 in ar-XB (direction controls added).
    static let files: [String: String] = [
        "replykit.yaml": "source-locale: en\ntarget-locales: []\n",
        "templates/review-response/thanks.reply": """
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
        """,
        "examples/cases/review-response-thanks.json": #"{"product": "the blue teapot"}"#,
        "channels/google-play.yaml": """
        name: Google Play
        rules:
          - {id: length, check: length, level: error, unit: utf16, limit: 350, description: Google Play's limit.}
        """,
    ]

    @Test func findsTheEnXAReplyOverGooglePlaysLimit() throws {
        let result = Linter(pseudo: true).lint(files: Self.files)
        #expect(!result.findings.contains { $0.rule == "channel/google-play/length" })
        let findings = result.findings.filter { $0.rule == "pseudo-length" }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.file == "templates/review-response/thanks.reply")
        #expect((finding.line, finding.column) == (1, 1))
        #expect(finding.severity == .warning)
        #expect(
            finding.message
                == "the en-XA pseudo-locale reply (text about 40% longer) rendered from examples/cases/review-response-thanks.json is 435 characters, over the Google Play (google-play) limit of 350; the en reply is 306"
        )
        #expect(
            finding.fix
                == "shorten the en text by about 61 characters so that a translation about 40% longer fits, or drop the channel google-play"
        )
    }

    @Test func withoutPseudoNothingIsRenderedInThePseudoLocales() {
        let result = Linter().lint(files: Self.files)
        #expect(!result.findings.contains { $0.rule == "pseudo-length" })
        #expect(result.rules.contains { $0.id == "pseudo-length" && $0.severity == .warning })
    }

    @Test func theManifestCanMakeItAnError() {
        var files = Self.files
        files["replykit.yaml"]! += "lint:\n  pseudo-length: error\n"
        let result = Linter(pseudo: true).lint(files: files)
        #expect(result.findings.filter { $0.rule == "pseudo-length" }.map(\.severity) == [.error])
    }
}
