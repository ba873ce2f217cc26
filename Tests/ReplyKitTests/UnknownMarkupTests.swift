import ReplyKit
import Testing

/// Markup the renderer has no form for: left out, with one warning per block and name.
@Suite struct UnknownMarkupTests {
    static func catalog() throws -> ReplyCatalog {
        try ReplyCatalog(files: [
            "replykit.yaml": "source-locale: en\n",
            "templates/t/x.reply": """
            ---
            kind: apology
            channels: [email]
            summary: Unknown markup.
            inputs:
              name: string
            ---
            [subject]
            Hello {$name}

            [body]
            We are {#u}truly{/u} and {#u}very{/u} sorry, {$name}.

            [closing]
            Kind {#u}regards{/u}
            """,
        ])
    }

    /// `{#u}` twice in one block is one thing to fix there, not two ("blocks 'body', 'body'").
    @Test(arguments: [RenderOptions.Format.html, .markdown])
    func oneWarningPerBlockAndName(format: RenderOptions.Format) throws {
        let reply = try Self.catalog().render(
            "t/x", locale: "en", arguments: ["name": "Anna"], options: RenderOptions(format: format))
        #expect(reply.warnings.map(\.kind) == [.unknownMarkup(name: "u"), .unknownMarkup(name: "u")])
        #expect(reply.warnings.map(\.block) == ["body", "closing"])
        #expect(
            RenderWarning.summary(reply.warnings) == [
                "t/x: blocks 'body', 'closing': markup {#u} has no form in this output and was left out"
            ])
    }

    /// The names the renderers give a form to, the list the linter checks against.
    @Test func knownMarkup() {
        #expect(ReplyMarkup.allCases.map(\.rawValue).sorted() == ["b", "br", "i", "link"])
    }
}
