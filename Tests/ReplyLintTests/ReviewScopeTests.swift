import CatalogFiles
import Testing

@testable import ReplyLint

/// `review-incentive` beyond review responses: any template that asks for or mentions a review
/// (a phrase of the pack's `review-words`) must not tie an incentive to it, and no template may
/// ask for a review to be changed or removed.
@Suite struct ReviewScopeTests {
    static let pack = """
        rules: []
        review-incentive:
          incentives: [coupon*, refund*]
          review-changes: [update your review]
          review-words: [a review, your review, rating*]

        """

    static func template(_ kind: String, _ blocks: String) -> String {
        "---\nkind: \(kind)\nchannels: [email]\nsummary: s\ninputs:\n  n: integer\n---\n" + blocks
    }

    static let files: [String: String] = [
        "replykit.yaml": "source-locale: en\n",
        "locales/en/tone.yaml": pack,
        // Line 9: the review request and the coupon share a block; line 12: a refund in another block.
        "templates/follow-up/invite.reply": template(
            "follow-up",
            "[ask]\nIf you write a review, we will send you a coupon.\n\n[refund]\nWe refunded the order.\n\n[change]\nCould you update your review?\n"
        ),
        // No review mentioned: a refund already issued is out of scope.
        "templates/follow-up/check.reply": template("follow-up", "[body]\nYour refund was issued. Is everything fine?\n"),
        // The review request and the coupon are in different variants: never in one reply.
        "templates/follow-up/variants.reply": template(
            "follow-up", "[body]\n.input {$n :integer}\n.match $n\none {{Here is a coupon.}}\n* {{Would you leave a rating?}}\n"),
    ]

    @Test func incentiveInTheBlockThatMentionsAReview() {
        let found = Linter().lint(files: Self.files).findings.filter { $0.rule == "review-incentive" }
        #expect(
            found.map { "\($0.file):\($0.line):\($0.column) \($0.message)" } == [
                "templates/follow-up/invite.reply:9:43 a block that asks for or mentions a review must not offer or hint at an incentive: 'coupon' (the review: 'a review')",
                "templates/follow-up/invite.reply:15:11 no reply may ask for a review to be changed or removed: 'update your review'",
            ])
        #expect(
            found.first?.fix == "remove it: nothing of value may be tied to a review (US FTC 16 CFR 465, marketplace policies)")
    }

    @Test func packReadsReviewWords() throws {
        let (pack, problems) = TonePack.parse(Self.pack, file: "locales/en/tone.yaml")
        #expect(problems.isEmpty)
        #expect(try #require(pack).reviewIncentive?.reviewWords == ["a review", "your review", "rating*"])
    }

    @Test func unknownKeySuggestsReviewWords() {
        let text = "rules: []\nreview-incentive:\n  incentives: [coupon]\n  review-changes: [x]\n  review-word: [a review]\n"
        let (_, problems) = TonePack.parse(text, file: "locales/en/tone.yaml")
        #expect(
            problems.map { "\($0.line):\($0.column) \($0.message)" } == [
                "5:3 unknown key 'review-word' in review-incentive; expected incentives, review-changes or review-words (did you mean 'review-words'?)"
            ])
    }

    /// An incentive a native writer would put next to a review request, appended to the shipped
    /// invitation block of each locale: every shipped pack must know its review words.
    @Test(arguments: [
        ("templates/follow-up/review-invitation.reply", "As a thank-you, we will send you a coupon."),
        ("locales/de/follow-up/review-invitation.reply", "Als Dankeschön schicken wir Ihnen einen Gutschein."),
        ("locales/fr/follow-up/review-invitation.reply", "En remerciement, nous vous enverrons un bon d'achat."),
        ("locales/es/follow-up/review-invitation.reply", "Como agradecimiento, le enviaremos un cupón."),
        ("locales/pl/follow-up/review-invitation.reply", "W podziękowaniu wyślemy Państwu kupon."),
        ("locales/ja/follow-up/review-invitation.reply", "お礼としてクーポンをお送りいたします。"),
        ("locales/zh-Hans/follow-up/review-invitation.reply", "作为感谢，我们将向您赠送优惠券。"),
        ("locales/ar/follow-up/review-invitation.reply", "وتقديرًا لكم، سنرسل إليكم قسيمة شراء."),
    ])
    func shippedInvitationWithAnIncentive(file: String, sentence: String) throws {
        var files = ToneFixture.files(ToneFixture.repository)
        let text = try #require(files[file])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let invitation = try #require(lines.firstIndex { $0.hasPrefix("[invitation]") })
        files[file] = (lines[...invitation] + [Substring(sentence)] + lines[(invitation + 1)...]).joined(separator: "\n")
        let found = Linter().lint(files: files).findings.filter { $0.rule == "review-incentive" }
        // One finding or more (作为感谢…赠送优惠券 offers twice), all on the added line.
        #expect(Set(found.map { "\($0.file):\($0.line)" }) == ["\(file):\(invitation + 2)"])
    }
}
