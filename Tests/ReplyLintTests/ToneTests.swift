import CatalogFiles
import Testing

@testable import ReplyLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rules the tone work adds: pack rules (`tone/…`), `tone-pack` and the kind policies.
private func isToneRule(_ id: String) -> Bool {
    id.hasPrefix("tone/") || ["tone-pack", "review-personal-data", "review-incentive", "channel/google-play/length"].contains(id)
}

/// Files of a catalog directory as the linter reads them from memory (Glibc: no Foundation here).
enum ToneFixture {
    static let repository = String(
        #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/"))
    static let directory = repository + "/Tests/ReplyLintTests/Fixtures/tone"

    static func files(_ root: String) -> [String: String] {
        var files: [String: String] = [:]
        if let manifest = TextFile.read(root + "/replykit.yaml") { files["replykit.yaml"] = manifest }
        for top in ["templates", "locales", "examples", "channels"] { walk(root, top, into: &files) }
        return files
    }

    private static func walk(_ root: String, _ relative: String, into files: inout [String: String]) {
        guard let directory = opendir(root + "/" + relative) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        for name in names {
            let path = relative + "/" + name
            if name.hasSuffix(".reply") || name.hasSuffix(".yaml") || name.hasSuffix(".json") {
                if let text = TextFile.read(root + "/" + path) { files[path] = text }
            } else {
                walk(root, path, into: &files)
            }
        }
    }

    /// `file:line:column rule` of every tone finding.
    static func positions(_ result: LintResult) -> [String] {
        result.findings.filter { isToneRule($0.rule) }.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" }
    }
}

@Suite struct ToneFixtureTests {
    let result = Linter().lint(files: ToneFixture.files(ToneFixture.directory))

    @Test func everySeededDefectAtItsPosition() {
        #expect(
            ToneFixture.positions(result) == [
                "locales/de/apology/late.reply:8:18 tone/commands",
                "locales/de/apology/late.reply:9:20 tone/formal-address",
                "locales/ja/apology/late.reply:1:1 tone/apology",
                "locales/ja/apology/late.reply:8:9 tone/evasion",
                "templates/apology/late.reply:8:1 tone/apology",
                "templates/apology/late.reply:12:1 tone/greeting-register",
                "templates/apology/late.reply:15:1 tone/commands",
                "templates/apology/late.reply:16:1 tone/wording",
                "templates/apology/late.reply:16:20 tone/exclamation",
                "templates/apology/late.reply:16:48 tone/commands",
                "templates/apology/late.reply:17:1 tone/all-caps",
                "templates/apology/late.reply:17:8 tone/all-caps",
                "templates/review-response/public.reply:3:12 channel/google-play/length",
                "templates/review-response/public.reply:7:3 review-personal-data",
                "templates/review-response/public.reply:13:20 review-incentive",
                "templates/review-response/public.reply:13:34 review-incentive",
            ])
    }

    private func finding(_ rule: String, _ file: String, line: Int) -> Finding? {
        result.findings.first { $0.rule == rule && $0.file == file && $0.line == line }
    }

    @Test func messagesFixesLevelsAndLocales() throws {
        let command = try #require(finding("tone/commands", "templates/apology/late.reply", line: 15))
        #expect(command.message == "'You must' reads as a command")
        #expect(command.fix == "ask instead")
        #expect(command.severity == .warning)
        #expect(command.block == "body")
        #expect(command.locale == nil)

        let wording = try #require(finding("tone/wording", "templates/apology/late.reply", line: 16))
        #expect(wording.message == "'Kindly' reads as a stock phrase")
        #expect(wording.fix == "write 'please' instead")
        #expect(wording.severity == .info)

        let exclamation = try #require(finding("tone/exclamation", "templates/apology/late.reply", line: 16))
        #expect(exclamation.message == "a second '!' in one block")

        let caps = result.findings.filter { $0.rule == "tone/all-caps" }.map(\.message)
        #expect(caps == ["'PLEASE' is shouting", "'WAIT' is shouting"])

        let apology = try #require(finding("tone/apology", "templates/apology/late.reply", line: 8))
        #expect(apology.message == "no block says 'sorry' or 'apolog*'")
        #expect(apology.severity == .error)
        #expect(apology.block == "subject")

        let address = try #require(finding("tone/formal-address", "locales/de/apology/late.reply", line: 9))
        #expect(address.message == "'dir' is informal address")
        #expect(address.locale == "de")
        #expect(address.severity == .error)

        let evasion = try #require(finding("tone/evasion", "locales/ja/apology/late.reply", line: 8))
        #expect(evasion.message == "'わかりません' is evasive")
        #expect(evasion.locale == "ja")

        let personal = try #require(finding("review-personal-data", "templates/review-response/public.reply", line: 7))
        #expect(personal.message.contains("'customer.email'") && personal.message.contains("an e-mail address"))
        #expect(personal.severity == .error)

        let incentives = result.findings.filter { $0.rule == "review-incentive" }.map(\.message)
        #expect(
            incentives == [
                "review responses are public and must not offer or hint at an incentive: 'coupon'",
                "review responses must not ask for the review to be changed or removed: 'update your review'",
            ])

        let length = try #require(finding("channel/google-play/length", "templates/review-response/public.reply", line: 3))
        #expect(length.locale == "de")
        #expect(length.message.hasPrefix("the de reply rendered from examples/cases/review-response-public.json is "))
        #expect(length.message.hasSuffix("characters, over the Google Play (google-play) limit of 350"))
    }

    @Test func cleanTemplateHasNoFindingsInAnyLocale() {
        #expect(result.findings.filter { isToneRule($0.rule) && $0.file.hasSuffix("remedy/clean.reply") }.isEmpty)
    }

    @Test func packRulesAreListedOncePerID() {
        let ids = result.rules.map(\.id).filter(isToneRule)
        #expect(
            ids == [
                "tone/commands", "tone/wording", "tone/exclamation", "tone/all-caps", "tone/apology", "tone/greeting-register",
                "tone/formal-address", "tone/evasion", "tone-pack", "review-personal-data", "review-incentive",
                "channel/google-play/length",
            ])
        #expect(result.rules.first { $0.id == "tone/apology" }?.severity == .error)
        #expect(result.rules.first { $0.id == "tone/commands" }?.summary == "'…' reads as a command")
    }

    @Test func packsAreReadFromTheDirectory() throws {
        let (files, problems) = CatalogFiles.load(directory: ToneFixture.directory)
        let context = LintContext(files: try #require(files), problems: problems, exampleCases: [:], catalogFiles: [:])
        #expect(ToneRules.rules(for: context).map(\.id).filter { $0.hasPrefix("tone/") }.isEmpty)
        let ids = ToneRules.rules(for: context, directory: ToneFixture.directory).map(\.id)
        #expect(ids.contains("tone/commands") && ids.contains("tone/evasion") && ids.contains("tone/formal-address"))
    }

    @Test func lintingTheDirectoryChecksPoliciesWithoutInMemoryFiles() {
        // Packs need the directory hook (see ToneRules.rules(for:)); the kind policies do not:
        // the example is rendered from a catalog rebuilt from the parsed files.
        let result = Linter().lint(directory: ToneFixture.directory)
        let policies = result.findings.filter { ["review-personal-data", "channel/google-play/length"].contains($0.rule) }
        #expect(
            policies.map { "\($0.file):\($0.line):\($0.column) \($0.rule) \($0.locale ?? "-")" } == [
                "templates/review-response/public.reply:3:12 channel/google-play/length de",
                "templates/review-response/public.reply:7:3 review-personal-data -",
            ])
    }

    @Test func manifestLevelsAndSuppressionsApplyToToneRules() {
        var files = ToneFixture.files(ToneFixture.directory)
        files["replykit.yaml"]! += "lint: {tone/all-caps: off, tone/commands: error}\n"
        files["templates/apology/late.reply"] = files["templates/apology/late.reply"]!
            .replacingFirst("[greeting]\n", with: "[greeting]\n#: lint-disable tone/greeting-register: a seeded defect\n")
        let result = Linter().lint(files: files)
        #expect(!result.findings.contains { $0.rule == "tone/all-caps" || $0.rule == "tone/greeting-register" })
        #expect(result.findings.filter { $0.rule == "tone/commands" }.allSatisfy { $0.severity == .error })
        #expect(!result.findings.contains { $0.rule == "lint-config" || $0.rule == "unused-suppression" })
    }
}

@Suite struct ToneMatchingTests {
    private func matches(_ tokens: [String], _ text: String, caseSensitive: Bool = false) -> [String] {
        let set = ToneTokenSet(tokens, caseSensitive: caseSensitive)
        let folded = ToneFoldedText(text, caseSensitive: caseSensitive)
        let run = ToneRun(block: 0, variant: 0, run: TextRun(text: text, offset: 0))
        return set.matches(in: folded).map { run.text($0.start, $0.end) }
    }

    @Test func wholeWordsInSpacedScripts() {
        #expect(matches(["must"], "Mustard is a must.") == ["must"])
        #expect(matches(["must"], "mustard, amust, musty") == [])
        #expect(matches(["du"], "Dubai, du, Du.", caseSensitive: true) == ["du"])
        #expect(matches(["you must"], "YOU MUST, you\n   must") == ["YOU MUST", "you must"])
        #expect(matches(["I don't know"], "I don’t know") == ["I don’t know"])
    }

    @Test func longestMatchFirstAndNoOverlap() {
        #expect(matches(["you must", "you must not"], "you must not go") == ["you must not"])
    }

    @Test func wildcardsExtendToTheWholeWord() {
        #expect(matches(["refund*"], "We refunded you, refunds, a refund.") == ["refunded", "refunds", "refund"])
        #expect(matches(["*gutschein*"], "Ein Rabattgutscheincode und ein Gutschein") == ["Rabattgutscheincode", "Gutschein"])
        #expect(matches(["refund*"], "prerefund") == [])
    }

    @Test func chineseAndJapaneseMatchAsSubstrings() {
        #expect(matches(["わかりません"], "詳細はわかりませんが") == ["わかりません"])
        #expect(matches(["不知道"], "我们不知道。") == ["不知道"])
        #expect(matches(["NG"], "これはNGです") == ["NG"])
    }

    @Test func arabicIgnoresDiacriticsAndAlefForms() {
        #expect(matches(["أنت"], "شكرًا، أنتَ محق") == ["أنتَ"])
        #expect(matches(["لك"], "ذلك لكم لكن لكَ") == ["لكَ"])
        #expect(matches(["*نعتذر"], "ونعتذر إليكم") == ["ونعتذر"])
    }

    @Test func capitals() {
        let text = "PLEASE don't SHOUT; DHL, IBAN, 4XL, XXL, PayPal, ПОЖАЛУЙСТА, ΕΥΧΑΡΙΣΤΩ, DON'T"
        let words = ToneCapitals.words(in: text, maxLength: 3, exceptions: ["IBAN"]).map { range in
            ToneRun(block: 0, variant: 0, run: TextRun(text: text, offset: 0)).text(range.start, range.end)
        }
        #expect(words == ["PLEASE", "SHOUT", "ПОЖАЛУЙСТА", "ΕΥΧΑΡΙΣΤΩ", "DON'T"])
    }

    @Test func escapesMapBackToTheSource() {
        // `\{a\} you` resolves to `{a} you`: "you" is at offset 4 resolved, 6 in the source.
        #expect(ToneDocument.sourceOffset(of: 4, in: TextRun(text: "{a} you", offset: 0), message: "\\{a\\} you") == 6)
    }

    @Test func placeholdersAreNotText() {
        let files = [
            "replykit.yaml": "source-locale: en\n",
            "locales/en/tone.yaml":
                "rules:\n  - {id: caps, type: capitalization, level: warning, message: \"%s\", max-length: 3}\n",
            "templates/remedy/a.reply":
                "---\nkind: remedy\nchannels: [email]\nsummary: s\ninputs:\n  ORDERID: string\n---\n[body]\nOrder {$ORDERID :string}: {|LITERAL TEXT|} is ok.\n",
        ]
        #expect(Linter().lint(files: files).findings.filter { $0.rule.hasPrefix("tone") }.isEmpty)
    }
}

@Suite struct TonePackParseTests {
    @Test func validPack() throws {
        let text = """
            register: formal
            rules:
              - id: commands
                type: existence
                level: warning
                message: "'%s' reads as a command"
                kinds: [apology, review-response]
                case-sensitive: true
                tokens: [you must, "*gutschein*"]
              - id: wording
                type: substitution
                level: info
                message: m
                swap: {kindly: please}
            review-incentive:
              incentives: [coupon*]
              review-changes: [update your review]
            """
        let (parsed, problems) = TonePack.parse(text, file: "locales/en/tone.yaml")
        #expect(problems.isEmpty)
        let pack = try #require(parsed)
        #expect(pack.register == .formal)
        #expect(pack.rules.map(\.id) == ["commands", "wording"])
        #expect(pack.rules[0].check == .existence(tokens: ["you must", "*gutschein*"]))
        #expect(pack.rules[0].kinds == [.apology, .reviewResponse])
        #expect(pack.rules[0].caseSensitive)
        #expect((pack.rules[0].line, pack.rules[0].column, pack.rules[0].levelLine, pack.rules[0].levelColumn) == (3, 5, 5, 12))
        #expect(pack.rules[1].check == .substitution(swaps: [.init(phrase: "kindly", suggestion: "please")]))
        #expect(pack.reviewIncentive?.incentives == ["coupon*"])
        #expect(pack.reviewIncentive?.reviewChanges == ["update your review"])
    }

    @Test func problemsWithPositions() {
        let text = """
            register: formel
            rules:
              - id: Commands
                type: existence
                level: warning
                message: m
                tokens: [a]
              - id: caps
                type: capitalisation
                level: warning
                message: m
              - id: excl
                type: occurrence
                level: loud
                message: m
                token: "!"
                max: -1
              - id: words
                type: existence
                level: info
                message: m
                tokens: ["you * must", "", "*"]
                swap: {a: b}
              - id: kinds
                type: required
                level: error
                message: m
                kinds: [apologies]
                tokenz: [sorry]
              - id: words
                type: existence
                level: info
                message: m
                tokens: [x]
              - type: existence
            colour: red
            """
        let (_, problems) = TonePack.parse(text, file: "locales/en/tone.yaml")
        #expect(
            problems.map { "\($0.line):\($0.column) \($0.message)" } == [
                "1:11 register must be 'formal' or 'informal', found 'formel'",
                "3:9 a tone rule id uses lowercase letters, digits and '-', starting with a letter or digit, as in 'commands'; found 'Commands'",
                "9:11 unknown type 'capitalisation' for tone rule 'caps'; expected existence, substitution, occurrence, required, consistency, or capitalization (did you mean 'capitalization'?)",
                "14:12 level of tone rule 'excl' must be error, warning or info, found 'loud'",
                "17:10 max of tone rule 'excl' must be a whole number of at least 0, found '-1'",
                "22:14 'you * must' in tone rule 'words': '*' may only start or end a phrase (it stands for the rest of a word)",
                "22:28 an empty phrase in tone rule 'words'; write the words to look for",
                "22:32 an empty phrase in tone rule 'words'; write the words to look for",
                "23:5 'swap' does not apply to type existence (it belongs to substitution rules); existence rules take 'tokens' or 'exceptions'",
                "24:5 tone rule 'kinds' has no 'tokens'; add a list of phrases, as in 'tokens: [phrase, other phrase]'",
                "28:13 unknown template kind 'apologies' in tone rule 'kinds'; expected apology, remedy, acknowledgement, review-response, or follow-up (did you mean 'apology'?)",
                "29:5 unknown key 'tokenz' in tone rule 'kinds' (did you mean 'tokens'?)",
                "30:9 tone rule 'words' is defined twice in this pack (first at line 18); rename or remove one",
                "35:5 this tone rule has no 'id'; add one such as 'id: commands' (the rule is then 'tone/commands')",
                "35:5 this tone rule has no 'level'; add 'level: error', 'level: warning' or 'level: info'",
                "35:5 this tone rule has no 'message'; add one saying what is wrong, with %s for the matched text",
                "35:5 this tone rule has no 'tokens'; add a list of phrases, as in 'tokens: [phrase, other phrase]'",
                "36:1 unknown tone pack key 'colour'; expected register, rules or review-incentive",
            ])
    }

    @Test func invalidYAMLAndWrongShapes() {
        let (pack, problems) = TonePack.parse("rules:\n  - id: a\n\ttype: existence\n", file: "locales/de/tone.yaml")
        #expect(pack == nil)
        #expect(problems.count == 1 && problems[0].file == "locales/de/tone.yaml" && problems[0].line == 3)
        #expect(problems[0].message.hasPrefix("the tone pack is not valid YAML"))

        let (list, listProblems) = TonePack.parse("- a\n- b\n", file: "locales/de/tone.yaml")
        #expect(list == nil)
        #expect(
            listProblems.map { "\($0.line):\($0.column) \($0.message)" } == [
                "1:1 a tone pack is a map with 'rules' (and optionally 'register' and 'review-incentive'), found a list"
            ])
    }

    /// Both kinds of pack are one YAML map: an empty document is a pack without rules, anything
    /// but a map is one problem at its start.
    @Test(arguments: ["", "\n# nothing yet\n", "~\n"])
    func anEmptyPackHasNoRules(text: String) {
        let (tone, toneProblems) = TonePack.parse(text, file: "locales/de/tone.yaml")
        #expect(toneProblems.isEmpty)
        #expect(tone?.rules.isEmpty == true)
        let (channel, channelProblems) = ChannelPack.parse(text, file: "channels/ebay.yaml", channel: "ebay")
        #expect(channelProblems.isEmpty)
        #expect(channel?.rules.isEmpty == true)
    }

    @Test func aChannelPackThatIsNotAMapIsOneProblem() {
        let (pack, problems) = ChannelPack.parse("just text\n", file: "channels/ebay.yaml", channel: "ebay")
        #expect(pack == nil)
        #expect(
            problems.map { "\($0.file) \($0.line):\($0.column) \($0.message)" } == [
                "channels/ebay.yaml 1:1 a channel pack is a map with 'rules' (and optionally 'name'), found 'just text'"
            ])
    }

    @Test func packProblemsAndLevelMismatchesAreFindings() {
        var files = ToneFixture.files(ToneFixture.directory)
        files["locales/de/tone.yaml"] = files["locales/de/tone.yaml"]!
            .replacingFirst("level: warning", with: "level: error")
            .replacingFirst("register: formal", with: "register: formal\nstyle: terse")
        let findings = Linter().lint(files: files).findings.filter { $0.rule == "tone-pack" }
        #expect(
            findings.map { "\($0.file):\($0.line):\($0.column) \($0.severity) \($0.locale ?? "-")" } == [
                "locales/de/tone.yaml:2:1 error de",
                "locales/de/tone.yaml:6:12 error de",
            ])
        #expect(
            findings[1].message
                == "tone/commands is 'error' here but 'warning' in locales/en/tone.yaml; a rule has one level in every pack (change it for a catalog in replykit.yaml's lint: map)"
        )
    }
}

@Suite struct ToneShippedCatalogTests {
    @Test func shippedPacksAreValidAndTheCatalogIsClean() {
        let files = ToneFixture.files(ToneFixture.repository)
        for tag in ["en", "de", "ja", "ar"] {
            #expect(files["locales/\(tag)/tone.yaml"] != nil, "no pack for \(tag)")
        }
        let result = Linter().lint(files: files)
        let tone = result.findings.filter { isToneRule($0.rule) }
        #expect(tone.map(\.description) == [])
        let ids = Set(result.rules.map(\.id))
        for id in [
            "tone/commands", "tone/blame", "tone/evasion", "tone/dismissive", "tone/wording", "tone/exclamation",
            "tone/all-caps", "tone/apology", "tone/formal-address", "tone/slang",
        ] {
            #expect(ids.contains(id), "\(id) is missing")
        }
    }

    @Test func shippedPacksCatchTheirOwnExamples() {
        var files = ToneFixture.files(ToneFixture.repository)
        func replace(_ file: String, _ old: String, _ new: String) {
            files[file] = files[file]!.replacingFirst(old, with: new)
        }
        replace("templates/apology/damaged-item.reply", "Could you please send us", "You must send us")
        replace("locales/de/apology/damaged-item.reply", "Könnten Sie uns bitte", "Kannst du uns")
        replace("locales/ja/apology/damaged-item.reply", "お手数をおかけいたしますが", "詳細はわかりませんが")
        replace("locales/ar/apology/damaged-item.reply", "شكرًا لكم على إبلاغنا", "شكرًا لك على إبلاغنا")
        replace(
            "locales/de/review-response/negative-review.reply", "Vielen Dank für Ihr Feedback.",
            "Danke! Gutschein gegen Bewertung ändern!")
        // Both plural variants of the apology block apologize.
        replace("locales/ja/apology/damaged-item.reply", "心よりお詫び申し上げます", "心より残念に思います")
        replace("locales/ja/apology/damaged-item.reply", "心よりお詫び申し上げます", "心より残念に思います")
        replace("locales/ja/apology/damaged-item.reply", "【お詫び】", "")
        replace("locales/ja/apology/damaged-item.reply", "重ねてお詫び申し上げます", "よろしくね")
        replace("locales/ja/apology/damaged-item.reply", "破損のお詫びとして", "破損分として")
        let result = Linter().lint(files: files)
        let found = Set(result.findings.filter { isToneRule($0.rule) }.map { "\($0.file) \($0.rule)" })
        #expect(
            found == [
                "templates/apology/damaged-item.reply tone/commands",
                "locales/de/apology/damaged-item.reply tone/formal-address",
                "locales/ja/apology/damaged-item.reply tone/evasion",
                "locales/ja/apology/damaged-item.reply tone/apology",
                "locales/ja/apology/damaged-item.reply tone/formal-address",
                "locales/ar/apology/damaged-item.reply tone/formal-address",
                "locales/de/review-response/negative-review.reply tone/exclamation",
                "locales/de/review-response/negative-review.reply review-incentive",
            ])
    }
}

extension ToneShippedCatalogTests {
    @Test func shippedPacksLeaveReassuranceAlone() {
        var files = ToneFixture.files(ToneFixture.repository)
        func replace(_ file: String, _ old: String, _ new: String) {
            files[file] = files[file]!.replacingFirst(old, with: new)
        }
        replace(
            "templates/apology/damaged-item.reply", "Thank you for letting us know.",
            "This was not your fault, and you should have received a note from us.")
        replace(
            "locales/de/apology/damaged-item.reply", "Danke, dass Sie uns Bescheid gegeben haben.",
            "Das war nicht Ihr Fehler, und Sie müssen sich um nichts kümmern.")
        replace(
            "locales/ja/apology/damaged-item.reply", "ご連絡いただき、誠にありがとうございます。",
            "お客様の責任ではございません。配送料は当然ながら弊社が負担いたします。")
        replace(
            "templates/remedy/full-refund.reply", "If you have any questions about your refund",
            "Everything you need to know: if you have any questions about your refund")
        let result = Linter().lint(files: files)
        #expect(result.findings.filter { isToneRule($0.rule) }.map(\.description) == [])
    }
}

extension String {
    /// The text with the first `old` replaced (no Foundation in this target).
    func replacingFirst(_ old: String, with new: String) -> String {
        guard let range = firstRange(of: old) else { return self }
        return self[..<range.lowerBound] + new + self[range.upperBound...]
    }
}
