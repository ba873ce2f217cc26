import Testing

@testable import ReplyKitCLI

/// Shell completion of template ids and locale tags, from the catalog the command line would use.
@Suite struct CompletionTests {
    static let repository = RenderCommandTests.repository

    /// A catalog of two templates and its own locales, unlike the starter catalog.
    static func smallCatalog() -> String {
        LintCommandTests.catalog([
            "replykit.yaml": "source-locale: en\ntarget-locales: [pt-BR, sv]\n",
            "templates/returns/label.reply": "---\nkind: remedy\nchannels: [email]\nsummary: s\n---\n[body]\nx\n",
            "templates/returns/late.reply": "not parsed, so its problems do not matter",
        ])
    }

    @Test func templateIDsFromTheStarterCatalog() {
        #expect(
            Completions.templates(["replykit", "render", "apology/d"], 2, "apology/d") == [
                "apology/damaged-item", "apology/defective-item", "apology/delivery-incident",
                "apology/delivery-incident-sms",
            ])
        #expect(Completions.templates(["replykit", "inputs", "ack"], 2, "ack") == ["acknowledgement/request-received"])
    }

    /// After a '+', the ids to compose with the templates before it.
    @Test func afterAPlusTheNextTemplate() {
        #expect(
            Completions.templates(["replykit", "render", "apology/lost-parcel+remedy/s"], 2, "apology/lost-parcel+remedy/s")
                == ["apology/lost-parcel+remedy/spare-part", "apology/lost-parcel+remedy/store-credit"])
    }

    /// With the cursor on a word before the last, that word is completed (the shell passes every word).
    @Test func aWordBeforeTheLast() {
        #expect(
            Completions.templates(["replykit", "render", "apology/wr", "--locale", "de"], 2, "d") == ["apology/wrong-item"])
        #expect(Completions.locales(["replykit", "render", "x", "--locale", "pl", "--strict"], 4, "--str") == ["pl"])
    }

    @Test func theCatalogOfTheCommandLine() {
        let directory = Self.smallCatalog()
        for words in [
            ["replykit", "render", "", "--catalog", directory], ["replykit", "render", "", "--catalog=\(directory)"],
            ["replykit", "render", "", "--catalog", "'\(directory)'"],
        ] {
            #expect(Completions.templates(words, 2, "") == ["returns/label", "returns/late"])
            #expect(Completions.locales(words, 2, "") == ["en", "pt-BR", "sv"])
        }
    }

    @Test func localesFromTheStarterCatalog() {
        #expect(
            Completions.locales(["replykit", "render", "x", "--locale", ""], 4, "") == [
                "en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar",
            ])
        #expect(Completions.locales(["replykit", "lint", "--locale", "z"], 3, "z") == ["zh-Hans"])
    }

    /// As the shell calls it: `replykit ---completion <subcommand> -- <argument> <index> <cursor> <words>…`.
    @Test func throughTheBinary() {
        let directory = Self.smallCatalog()
        let templates = ReplyKitBinary.run(
            ["---completion", "render", "--", "positional@0", "2", "3", "replykit", "render", "ret", "--catalog", directory])
        #expect(templates.status == 0)
        #expect(templates.stdout == "returns/label\nreturns/late\n")
        let locales = ReplyKitBinary.run(
            ["---completion", "lint", "--", "--locale", "3", "1", "replykit", "lint", "--locale", "p"], directory: directory)
        #expect(locales.stdout == "pt-BR\n")
        let starter = ReplyKitBinary.run(
            ["---completion", "inputs", "--", "positional@0", "2", "8", "replykit", "inputs", "remedy/f"], directory: "/")
        #expect(starter.stdout == "remedy/full-refund\n")
    }

    /// The generated bash script, sourced into bash, completes a template id and a locale.
    @Test func bashCompletesATemplateAndALocale() {
        let script = """
            source <("$0" --generate-completion-script bash)
            complete_line() {
                COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
                COMP_WORDS[0]="$0"; COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
                _replykit replykit "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
            }
            complete_line 'replykit render apology/wr'
            complete_line 'replykit render apology/wrong-item --locale zh'
            """
        let result = ReplyKitBinary.run(["-c", script, ReplyKitBinary.path], directory: "/", executable: "/bin/bash")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "apology/wrong-item\nzh-Hans\n")
    }

    /// The scripts for the three shells call back into the binary for ids and locales.
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyShellsScriptCallsBack(shell: String) {
        let result = ReplyKitBinary.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("---completion render -- positional@0"))
        #expect(result.stdout.contains("---completion render -- --locale"))
        #expect(result.stdout.contains("---completion lint -- --locale"))
    }
}
