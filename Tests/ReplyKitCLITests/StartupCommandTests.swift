import Testing

/// What an installed binary is asked first: its version; and `render` and `inputs` reading only
/// the templates they need.
@Suite struct StartupCommandTests {
    static let repository = RenderCommandTests.repository

    @Test func versionNamesReplyKitAndICU() {
        let result = ReplyKitBinary.run(["--version"])
        #expect(result.status == 0)
        let line = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix("replykit 0.1.0 (ICU "), "\(line)")
        #expect(line.hasSuffix(")"))
        let icu = line.dropFirst("replykit 0.1.0 (ICU ".count).dropLast()
        #expect(icu.split(separator: ".").count >= 2 && icu.allSatisfy { $0.isNumber || $0 == "." }, "\(icu)")
    }

    /// The template both catalogs below hold.
    static let label = """
        ---
        kind: remedy
        channels: [email]
        summary: A return label.
        inputs:
          order.id: string
        ---
        [body]
        Your return label for {$order.id} is attached.

        """

    /// A catalog whose other template is broken: `render` and `inputs` never read it, `list` does.
    static func catalogWithABrokenNeighbour() -> String {
        LintCommandTests.catalog([
            "replykit.yaml": "source-locale: en\ntarget-locales: [de]\n",
            "templates/returns/label.reply": label,
            "locales/de/returns/label.reply": "[body]\nIhr Rücksendeetikett für {$order.id} liegt bei.\n",
            "templates/returns/broken.reply": "---\nkind: nope\nchannels: [email]\nsummary: s\n---\n[body]\n{$undeclared}\n",
        ])
    }

    @Test func renderReadsOnlyTheTemplateItRenders() {
        let directory = Self.catalogWithABrokenNeighbour()
        let render = ReplyKitBinary.run(
            ["render", "returns/label", "--locale", "de", "--case", "-", "--catalog", directory],
            stdin: #"{"order": {"id": "R-7"}}"#)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout == "Ihr Rücksendeetikett für R-7 liegt bei.\n")
        let inputs = ReplyKitBinary.run(["inputs", "returns/label", "--catalog", directory])
        #expect(inputs.status == 0, "\(inputs.stderr)")
        let list = ReplyKitBinary.run(["list", "--catalog", directory])
        #expect(list.status == 1)
        #expect(list.stderr.contains("templates/returns/broken.reply:2:7: error: unknown kind 'nope'"))
    }

    @Test func renderingABrokenTemplateReportsItsProblems() {
        let directory = Self.catalogWithABrokenNeighbour()
        let result = ReplyKitBinary.run(
            ["render", "returns/broken", "--locale", "de", "--case", "-", "--catalog", directory], stdin: "{}")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "templates/returns/broken.reply:2:7: error: unknown kind 'nope'; expected apology, remedy, review-response, acknowledgement, or follow-up [bad-header]\n"
            ), "\(result.stderr)")
    }

    /// `render` reads only the translations its locale can use: a broken French translation does
    /// not stop a German or an Austrian reply, and does stop a Canadian French one. An invalid tag
    /// is still reported as one.
    @Test func renderReadsOnlyTheTranslationsItsLocaleUses() {
        let directory = LintCommandTests.catalog([
            "replykit.yaml": "source-locale: en\ntarget-locales: [de, fr]\n",
            "templates/returns/label.reply": Self.label,
            "locales/de/returns/label.reply": "[body]\nIhr Rücksendeetikett für {$order.id} liegt bei.\n",
            "locales/fr/returns/label.reply": "[body]\nVotre étiquette de retour pour {$order.id} est jointe.\n\n[bdy]\nx\n",
        ])
        for locale in ["de", "de-AT"] {
            let result = ReplyKitBinary.run(
                ["render", "returns/label", "--locale", locale, "--case", "-", "--catalog", directory],
                stdin: #"{"order": {"id": "R-7"}}"#)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "Ihr Rücksendeetikett für R-7 liegt bei.\n")
        }
        let french = ReplyKitBinary.run(
            ["render", "returns/label", "--locale", "fr-CA", "--case", "-", "--catalog", directory],
            stdin: #"{"order": {"id": "R-7"}}"#)
        #expect(french.status == 1)
        #expect(french.stderr.hasPrefix("locales/fr/returns/label.reply:4:2: error: block 'bdy' is not in the source template"))
        let invalid = ReplyKitBinary.run(
            ["render", "returns/label", "--locale", "de_AT!", "--case", "-", "--catalog", directory], stdin: "{}")
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("locales/fr/returns/label.reply:4:2: error:"))
    }

    /// Unknown ids still get "did you mean", from every template file's name.
    @Test(arguments: [
        (
            ["render", "returns/lable", "--locale", "de", "--case", "-"],
            "error: unknown template 'returns/lable'; did you mean 'returns/label'?\n"
        ),
        (["inputs", "returns/brokn"], "error: unknown template 'returns/brokn'; did you mean 'returns/broken'?\n"),
        (
            ["render", "returns/label+returns/lable", "--locale", "de", "--case", "-"],
            "error: unknown template 'returns/lable'; did you mean 'returns/label'?\n"
        ),
        (["inputs", "../replykit"], "error: unknown template '../replykit'; see 'replykit list'\n"),
    ])
    func unknownTemplatesGetSuggestions(arguments: [String], expected: String) {
        let result = ReplyKitBinary.run(arguments + ["--catalog", Self.catalogWithABrokenNeighbour()], stdin: "{}")
        #expect(result.status == 2)
        #expect(result.stderr == expected)
    }

    /// The starter catalog built in: the same, from anywhere.
    @Test func starterCatalogSuggestionsFromAnywhere() {
        let result = ReplyKitBinary.run(
            ["render", "apology/damaged", "--locale", "de", "--case", "-"], stdin: "{}", directory: "/")
        #expect(result.status == 2)
        #expect(result.stderr == "error: unknown template 'apology/damaged'; did you mean 'apology/damaged-item'?\n")
    }
}
