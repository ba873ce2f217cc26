import MessageFormat
import ReplyKit
import Testing

/// Markdown output (CommonMark): markup maps to emphasis, links and hard line breaks; everything
/// else, case data and the template's own text alike, is escaped so that nothing in it can become
/// formatting, a link, HTML, a heading, a list or code. The expected outputs were written by hand
/// against the CommonMark 0.31 spec.
@Suite struct MarkdownTests {
    static let markdown = RenderOptions(format: .markdown)

    static func render(
        _ values: [String: MessageArgument], locale: String = "en", options: RenderOptions = markdown
    ) throws -> RenderedReply {
        var arguments: [String: MessageArgument] = [
            "name": "Anna", "item": "a teapot", "amount": .money(amount: .decimal("5"), currency: "USD"),
            "url": "https://example.com/p",
        ]
        arguments.merge(values) { $1 }
        return try LinkFixture.catalog().render("test/markdown", locale: locale, arguments: arguments, options: options)
    }

    @Test func markupMapsToMarkdown() throws {
        let reply = try Self.render([:])
        #expect(reply.subject == "Refund for Anna *now*")
        #expect(
            reply.body == #"""
                Dear Anna,

                We refunded **$5.00** for *a teapot*.\
                Details [on our page](https://example.com/p).

                Thank you.

                Kind regards,\
                The \*team\* (24/7) \& co. #1
                """#)
        #expect(reply.warnings.isEmpty)
    }

    /// Case data that looks like Markdown stays text; the subject stays plain text.
    @Test func hostileCaseDataIsEscaped() throws {
        let note = """
            # heading\r
            1. first
            1) second
            - third
            + fourth
            * fifth
                code
            <div>
            `tick` _u_ \\ | ~~s~~ &amp; > quote
            see www.evil.com and http://x
            ===

            """
        let reply = try Self.render([
            "name": "[click](https://evil)", "item": "**x** <script>",
            "url": "https://example.com/a b(c)<d>?x=1&copy;", "note": .string(note),
        ])
        #expect(reply.subject == "Refund for [click](https://evil) *now*")
        #expect(
            reply.body == ##"""
                Dear \[click\](https:\//evil),

                We refunded **$5.00** for *\*\*x\*\* \<script\>*.\
                Details [on our page](https://example.com/a%20b\(c\)%3Cd%3E?x=1\&copy;).

                \# heading\
                1\. first\
                1\) second\
                \- third\
                \+ fourth\
                \* fifth\
                code\
                \<div\>\
                \`tick\` \_u\_ \\ \| \~\~s\~\~ \&amp; \> quote\
                see www\.evil.com and http:\//x\
                \===

                Thank you.

                Kind regards,\
                The \*team\* (24/7) \& co. #1
                """##)
    }

    /// A list marker made of a value and the template's text is still found at the start of a line.
    @Test func aListMarkerAcrossPartsIsEscaped() throws {
        let reply = try Self.render(["step": "1"])
        #expect(reply.blocks.first { $0.id == "step" }?.output == #"1\. Send the parcel back."#)
    }

    @Test func aLinkWhoseAddressIsRefusedIsPlainTextWithAWarning() throws {
        let reply = try Self.render(["url": "javascript:alert(1)"])
        #expect(reply.body.contains("Details on our page.\n"))
        #expect(!reply.body.contains("javascript"))
        #expect(reply.warnings.map(\.kind) == [.refusedLink(href: "javascript:alert(1)")])
        #expect(reply.warnings.map(\.block) == ["refund"])
    }

    @Test func aMailtoLinkKeepsItsScheme() throws {
        let reply = try Self.render(["url": "mailto:help@example.com"])
        #expect(reply.body.contains("Details [on our page](mailto:help@example.com)."))
    }

    /// An empty value is refused before rendering, so empty emphasis cannot come from the case.
    @Test func anEmptyValueInsideEmphasisIsRefused() throws {
        #expect(throws: RenderError.self) { try Self.render(["item": ""]) }
    }

    @Test(arguments: [
        ("en", "review", #"Write a review [on our review page](https://example.com/r?a=1\&b=2)."#),
        ("en", "address", #"Or go to [https://example.com/r?a=1\&b=2](https://example.com/r?a=1\&b=2) directly."#),
        ("ja", "review", #"よろしければ、[レビューページ](https://example.com/r?a=1\&b=2)にてご感想をお寄せください。"#),
        ("ja", "closing", "今後ともよろしくお願い申し上げます。\\\nカスタマーサービスチーム"),
        ("en", "bare", #"See [https://example.com/r?a=1\&b=2](https://example.com/r?a=1\&b=2)."#),
        ("ar", "review", #"يمكنكم كتابة تقييم [على صفحة التقييمات](https://example.com/r?a=1\&b=2)."#),
        (
            "ar", "address",
            "أو انتقلوا مباشرةً إلى [\u{2066}https://example.com/r?a=1\\&b=2\u{2069}](https://example.com/r?a=1\\&b=2)."
        ),
    ])
    func linksInEveryScript(locale: String, block: String, expected: String) throws {
        let reply = try LinkFixture.catalog().render(
            "test/links", locale: locale, arguments: ["name": "Anna", "url": "https://example.com/r?a=1&b=2"],
            options: Self.markdown)
        #expect(reply.blocks.first { $0.id == block }?.output == expected)
    }

    /// A blank line starts a paragraph, whose first line is escaped like any other, except inside
    /// a link or emphasis, which a paragraph would break open.
    @Test func aBlankLineStartsAParagraphOutsideMarkup() throws {
        let reply = try Self.render(["note": "First.\n\n    code\n\n\n- item"])
        #expect(reply.blocks.first { $0.id == "note" }?.output == "First.\n\ncode\n\n\\- item")
        let link = try LinkFixture.catalog().render(
            "test/links", locale: "en", arguments: ["name": "Anna", "url": "https://example.com/", "label": "a\n\nb"],
            options: Self.markdown)
        #expect(link.blocks.first { $0.id == "labelled" }?.output == "See [a\\\n\\\nb](https://example.com/).")
        let emphasis = try Self.render(["item": "x\n\ny"])
        #expect(emphasis.body.contains("for *x\\\n\\\ny*."))
    }

    /// An isolated value at the start of a line is still at the start of the line.
    @Test func anIsolatedValueAtTheStartOfALineIsEscaped() throws {
        let reply = try Self.render(["note": "# x\n- y"], locale: "ar")
        #expect(reply.blocks.first { $0.id == "note" }?.output == "\u{2066}\\# x\\\n\\- y\u{2069}")
    }
}

/// A template that uses every markup and Markdown's own characters in its text.
enum MarkdownFixture {
    static let template = """
        ---
        kind: apology
        channels: [chat]
        summary: Markdown.
        inputs:
          name: string
          item: string
          amount: money
          url: string
          note: string?
          step: string?
        ---
        [subject]
        Refund for {$name} *now*

        [greeting]
        Dear {$name},

        [refund]
        We refunded {#b}{$amount :currency}{/b} for {#i}{$item}{/i}.{#br/}Details {#link href=$url}on our page{/link}.

        [note] when note
        {$note}

        [step] when step
        {$step}. Send the parcel back.

        [closing]
        Thank you.

        Kind regards,
        The *team* (24/7) & co. #1
        """

    static let arabic = """
        [note]
        {$note}
        """
}
