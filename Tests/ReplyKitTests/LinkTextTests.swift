import MessageFormat
import ReplyKit
import Testing

/// Links in plain text keep their address: "text (address)", in the script's own parentheses, the
/// address isolated where its direction differs from the reply's.
@Suite struct LinkTextTests {
    static let url = "https://example.com/r?a=1&b=2"

    static func render(_ locale: String, url: String = url, options: RenderOptions = RenderOptions()) throws -> RenderedReply {
        try LinkFixture.catalog().render(
            "test/links", locale: locale, arguments: ["name": "Anna", "url": .string(url)], options: options)
    }

    static func block(_ reply: RenderedReply, _ id: String) -> String? {
        reply.blocks.first { $0.id == id }?.output
    }

    @Test(arguments: [
        ("en", "Write a review on our review page (https://example.com/r?a=1&b=2)."),
        ("ja", "よろしければ、レビューページ（https://example.com/r?a=1&b=2）にてご感想をお寄せください。"),
        ("zh-Hans", "欢迎在我们的评价页面（https://example.com/r?a=1&b=2）撰写评价。"),
        ("ar", "يمكنكم كتابة تقييم على صفحة التقييمات (\u{2066}https://example.com/r?a=1&b=2\u{2069})."),
    ])
    func aLinkShowsItsAddressAfterItsText(locale: String, expected: String) throws {
        let reply = try Self.render(locale)
        #expect(Self.block(reply, "review") == expected)
        // (The fixture's `bare` block is English only: a fallback.)
        #expect(reply.warnings.allSatisfy { if case .fallback = $0.kind { true } else { false } })
    }

    @Test(arguments: [
        ("en", "Or go to https://example.com/r?a=1&b=2 directly."),
        ("ja", "https://example.com/r?a=1&b=2からも直接どうぞ。"),
        ("ar", "أو انتقلوا مباشرةً إلى \u{2066}https://example.com/r?a=1&b=2\u{2069}."),
    ])
    func aLinkWhoseTextIsTheAddressShowsItOnce(locale: String, expected: String) throws {
        #expect(Self.block(try Self.render(locale), "address") == expected)
    }

    @Test func aMailtoLinkShowsTheAddressAlone() throws {
        let reply = try Self.render("en", url: "mailto:help@example.com?subject=Review")
        #expect(Self.block(reply, "review") == "Write a review on our review page (help@example.com).")
        #expect(Self.block(reply, "address") == "Or go to mailto:help@example.com?subject=Review directly.")
        let plain = try Self.render("en", url: "MAILTO:help@example.com")
        #expect(Self.block(plain, "review") == "Write a review on our review page (help@example.com).")
    }

    @Test func theTextIsTheAddressWithoutItsSchemeOrSlash() throws {
        let reply = try LinkFixture.catalog().render(
            "test/links", locale: "en",
            arguments: ["name": "Anna", "url": "https://example.com/", "label": "example.com"])
        #expect(Self.block(reply, "labelled") == "See example.com.")
        let mail = try LinkFixture.catalog().render(
            "test/links", locale: "en",
            arguments: ["name": "Anna", "url": "mailto:help@example.com", "label": "help@example.com"])
        #expect(Self.block(mail, "labelled") == "See help@example.com.")
    }

    @Test func aRefusedLinkIsPlainTextWithAWarning() throws {
        let reply = try Self.render("en", url: "javascript:alert(1)")
        #expect(Self.block(reply, "review") == "Write a review on our review page.")
        #expect(reply.warnings.map(\.kind) == Array(repeating: .refusedLink(href: "javascript:alert(1)"), count: 4))
        #expect(reply.warnings.map(\.block) == ["subject", "review", "address", "bare"])
        // For people: one line for the kind and template.
        #expect(
            RenderWarning.summary(reply.warnings) == [
                "test/links: blocks 'subject', 'review', 'address', 'bare': link to 'javascript:alert(1)' shown as plain text: only http, https and mailto links are allowed"
            ])
        #expect(throws: RenderError.self) {
            try Self.render("en", url: "javascript:alert(1)", options: RenderOptions(strict: true))
        }
    }

    @Test func anEmptyLinkShowsItsAddress() throws {
        #expect(Self.block(try Self.render("en"), "bare") == "See https://example.com/r?a=1&b=2.")
        #expect(Self.block(try Self.render("en", url: "mailto:help@example.com"), "bare") == "See help@example.com.")
    }

    @Test func aLineBreakIsANewLine() throws {
        #expect(Self.block(try Self.render("en"), "closing") == "Kind regards,\nThe team")
    }

    /// The subject is plain text in every format: its link reads as in text, never escaped.
    @Test func theSubjectIsPlainTextWithItsLinkAddress() throws {
        #expect(try Self.render("en").subject == "Reviews for Anna here (https://example.com/r?a=1&b=2)")
        #expect(
            try Self.render("en", options: RenderOptions(format: .html)).subject
                == "Reviews for Anna here (https://example.com/r?a=1&b=2)")
    }

    /// The review invitation of the shipped catalog gives its address in every language.
    @Test(arguments: ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"])
    func theReviewInvitationGivesItsAddress(locale: String) throws {
        let catalog = try #require(GoldenTests.catalog)
        let reply = try catalog.render(
            "follow-up/review-invitation", locale: locale,
            caseJSON: #"{"store": {"name": "Nordlicht"}, "review": {"url": "https://reviews.example/nordlicht"}}"#,
            options: RenderOptions(strict: true))
        #expect(reply.body.contains("https://reviews.example/nordlicht"))
    }
}

/// A catalog whose blocks use every kind of markup, in a left-to-right language, Japanese,
/// Chinese and Arabic (translations stamped with their source, so none is stale).
enum LinkFixture {
    static let source: [(id: String, text: String)] = [
        ("subject", "Reviews for {$name} {#link href=$url}here{/link}"),
        ("review", "Write a review {#link href=$url}on our review page{/link}."),
        ("address", "Or go to {#link href=$url}{$url}{/link} directly."),
        ("labelled", "See {#link href=$url}{$label}{/link}."),
        ("closing", "Kind regards,{#br/}The team"),
    ]

    static let template = """
        ---
        kind: follow-up
        channels: [email]
        summary: Links and markup.
        inputs:
          name: string
          url: string
          label: string?
        ---
        [subject]
        \(source[0].text)

        [review]
        \(source[1].text)

        [address]
        \(source[2].text)

        [labelled] when label
        \(source[3].text)

        [closing]
        \(source[4].text)

        [bare]
        See {#link href=$url}{/link}.
        """

    static let japanese = [
        "{$name}様 {#link href=$url}レビュー{/link}",
        "よろしければ、{#link href=$url}レビューページ{/link}にてご感想をお寄せください。",
        "{#link href=$url}{$url}{/link}からも直接どうぞ。",
        "{#link href=$url}{$label}{/link}をご覧ください。",
        "今後ともよろしくお願い申し上げます。{#br/}カスタマーサービスチーム",
    ]

    static let chinese = [
        "{$name} {#link href=$url}评价{/link}",
        "欢迎{#link href=$url}在我们的评价页面{/link}撰写评价。",
        "也可以直接访问{#link href=$url}{$url}{/link}。",
        "请看{#link href=$url}{$label}{/link}。",
        "此致{#br/}客服团队",
    ]

    static let arabic = [
        "تقييمات {$name} {#link href=$url}هنا{/link}",
        "يمكنكم كتابة تقييم {#link href=$url}على صفحة التقييمات{/link}.",
        "أو انتقلوا مباشرةً إلى {#link href=$url}{$url}{/link}.",
        "انظروا {#link href=$url}{$label}{/link}.",
        "مع أطيب التحيات،{#br/}فريق خدمة العملاء",
    ]

    /// A translation of the source blocks, in order, each stamped with its source text.
    static func translation(_ texts: [String]) -> String {
        zip(source, texts).map { "[\($0.id)] @\(Fixture.stamp($0.text))\n\($1)" }.joined(separator: "\n\n")
    }

    static func catalog() throws -> ReplyCatalog {
        try ReplyCatalog(files: [
            "replykit.yaml": "source-locale: en\ntarget-locales: [ja, zh-Hans, ar]\n",
            "templates/test/links.reply": template,
            "templates/test/markdown.reply": MarkdownFixture.template,
            "locales/ja/test/links.reply": translation(japanese),
            "locales/zh-Hans/test/links.reply": translation(chinese),
            "locales/ar/test/links.reply": translation(arabic),
            "locales/ar/test/markdown.reply": MarkdownFixture.arabic,
        ])
    }
}
