import ExactJSON
import Testing

@testable import ReplyLint

// MARK: - A hand-made result: a two-file catalog (a template and its German translation) with
// sources, plus a finding in a file whose text was not read.

private let templateText = "---\nid: refund\n---\n\n[greeting]\nGrüße {$nme},\n\n[amount]\n\tTotal:\t{$amount :numbr}\n"
private let translationText = "[greeting] @5d1f0c2a\r\nご注文 Cafe\u{301} {$nam}\r\n"

private let rules = [
    RuleDescription(id: "catalog-syntax", severity: .error, summary: "The catalog's files must parse."),
    RuleDescription(
        id: "unknown-variable", severity: .warning, summary: "A placeholder names a variable the template does not declare."),
    RuleDescription(id: "unknown-function", severity: .error, summary: "An annotation names a function that does not exist."),
    RuleDescription(id: "tone/formality", severity: .info, summary: "German replies address the customer formally."),
    RuleDescription(id: "lint-config", severity: .error, summary: "The manifest's lint: map names an unknown rule or level."),
]

private let findings = [
    Finding(
        rule: "catalog-syntax", severity: .error, file: "examples/cases/refund.json", line: 1, column: 1,
        message: "expected a value, found end of input"),
    Finding(
        rule: "tone/formality", severity: .info, file: "locales/de/refund.md", line: 2, column: 12,
        message: "prefer the formal 'Sie'", fix: "write 'Ihr' instead", block: "greeting", locale: "de"),
    Finding(
        rule: "unknown-variable", severity: .warning, file: "templates/refund.md", line: 6, column: 8,
        message: "unknown variable '$nme'", fix: "did you mean '$name'?", block: "greeting"),
    Finding(
        rule: "unknown-function", severity: .error, file: "templates/refund.md", line: 9, column: 18,
        message: "unknown function ':numbr'", block: "amount"),
]

private let sample = LintResult(
    findings: findings,
    rules: rules,
    sources: ["templates/refund.md": templateText, "locales/de/refund.md": translationText]
)

private let empty = LintResult(findings: [], rules: rules, sources: ["templates/refund.md": templateText])

private func single(_ finding: Finding, sources: [String: String] = [:], rules: [RuleDescription] = rules) -> LintResult {
    LintResult(findings: [finding], rules: rules, sources: sources)
}

extension JSON {
    fileprivate var string: String? { if case .string(let value) = self { value } else { nil } }
    fileprivate var int: Int? { if case .number(let text) = self { Int(text) } else { nil } }
    fileprivate var array: [JSON]? { if case .array(let values) = self { values } else { nil } }
    fileprivate var keys: [String]? { if case .object(let members) = self { members.map(\.0) } else { nil } }
    fileprivate subscript(index: Int) -> JSON? {
        guard let values = array, values.indices.contains(index) else { return nil }
        return values[index]
    }
}

// MARK: - Text

@Suite struct ReporterTextTests {
    @Test func layoutWithCaretsUnderTheColumn() {
        let expected = """
            examples/cases/refund.json:1:1: error: expected a value, found end of input [catalog-syntax]

            locales/de/refund.md:2:12: info: prefer the formal 'Sie' [tone/formality]
            ご注文 Cafe\u{301} {$nam}
                         ^
              fix: write 'Ihr' instead

            templates/refund.md:6:8: warning: unknown variable '$nme' [unknown-variable]
            Grüße {$nme},
                   ^
              fix: did you mean '$name'?

            templates/refund.md:9:18: error: unknown function ':numbr' [unknown-function]
            \tTotal:\t{$amount :numbr}
            \t      \t         ^

            2 errors, 1 warning, 1 info in 3 files
            """
        #expect(Reporters.render(sample, format: .text) == expected)
    }

    @Test func caretPaddingCountsScalarsAndKeepsTabs() {
        // ü and ß are one scalar (two UTF-8 bytes) each: one space each.
        #expect(TextReporter.caretPadding("Grüße {$nme}", column: 8) == String(repeating: " ", count: 7))
        // Tabs stay tabs, wherever they are.
        #expect(TextReporter.caretPadding("\ta\tb", column: 5) == "\t \t ")
        // Wide characters take two columns, a combining accent none.
        #expect(TextReporter.caretPadding("ご注文 Cafe\u{301} {", column: 12) == String(repeating: " ", count: 13))
        // Column 1, and columns past the end of the line.
        #expect(TextReporter.caretPadding("abc", column: 1) == "")
        #expect(TextReporter.caretPadding("ab", column: 5) == "    ")
        #expect(TextReporter.caretPadding("ab", column: 0) == "")
    }

    @Test func caretAtTheEndOfALine() {
        let finding = Finding(rule: "catalog-syntax", severity: .error, file: "t.md", line: 2, column: 4, message: "expected '}'")
        let text = Reporters.render(single(finding, sources: ["t.md": "a\n{$x\n"]), format: .text)
        #expect(text == "t.md:2:4: error: expected '}' [catalog-syntax]\n{$x\n   ^\n\n1 error, 0 warnings in 1 file")
    }

    @Test func noExcerptForALineThatDoesNotExist() {
        // The file has two lines; the empty piece after the final newline is not a third.
        for line in [0, 3, 40] {
            let finding = Finding(rule: "catalog-syntax", severity: .warning, file: "t.md", line: line, column: 1, message: "m")
            let text = Reporters.render(single(finding, sources: ["t.md": "one\ntwo\n"]), format: .text)
            #expect(text == "t.md:\(line):1: warning: m [catalog-syntax]\n\n0 errors, 1 warning in 1 file")
        }
    }

    @Test func summaryCountsAndPlurals() {
        func finding(_ severity: Severity, _ file: String) -> Finding {
            Finding(rule: "r", severity: severity, file: file, line: 1, column: 1, message: "m")
        }
        #expect(TextReporter.summary([]) == "no problems found in the catalog")
        #expect(
            TextReporter.summary([finding(.error, "a"), finding(.error, "b"), finding(.warning, "c")])
                == "2 errors, 1 warning in 3 files")
        #expect(TextReporter.summary([finding(.warning, "a"), finding(.warning, "a")]) == "0 errors, 2 warnings in 1 file")
        #expect(TextReporter.summary([finding(.info, "a"), finding(.info, "a")]) == "0 errors, 0 warnings, 2 infos in 1 file")
    }

    @Test func noEscapeCodesWithoutColours() {
        // Even a catalog line or message holding an escape sequence prints none.
        let finding = Finding(
            rule: "r", severity: .error, file: "t.md", line: 1, column: 6,
            message: "odd \u{1B}[2J text", fix: "drop \u{1B}[0m")
        let text = Reporters.render(single(finding, sources: ["t.md": "ab\u{1B}[31mcd\n"]), format: .text)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(
            text
                == "t.md:1:6: error: odd \u{FFFD}[2J text [r]\nab\u{FFFD}[31mcd\n     ^\n  fix: drop \u{FFFD}[0m\n\n1 error, 0 warnings in 1 file"
        )
        #expect(!Reporters.render(sample, format: .text).unicodeScalars.contains("\u{1B}"))
    }

    @Test func coloursForLevelsLocationAndCaret() {
        let text = Reporters.render(sample, format: .text, options: ReportOptions(colors: true))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines[0]
                == "\u{1B}[1mexamples/cases/refund.json:1:1:\u{1B}[0m \u{1B}[31merror\u{1B}[0m: expected a value, found end of input [catalog-syntax]"
        )
        #expect(
            lines[2]
                == "\u{1B}[1mlocales/de/refund.md:2:12:\u{1B}[0m \u{1B}[34minfo\u{1B}[0m: prefer the formal 'Sie' [tone/formality]"
        )
        #expect(lines[3] == "ご注文 Cafe\u{301} {$nam}")
        #expect(lines[4] == String(repeating: " ", count: 13) + "\u{1B}[32m^\u{1B}[0m")
        #expect(lines[5] == "  fix: write 'Ihr' instead")
        #expect(
            lines[7]
                == "\u{1B}[1mtemplates/refund.md:6:8:\u{1B}[0m \u{1B}[33mwarning\u{1B}[0m: unknown variable '$nme' [unknown-variable]"
        )
        #expect(lines[9] == "       \u{1B}[32m^\u{1B}[0m")
        #expect(lines[14] == "\t      \t         \u{1B}[32m^\u{1B}[0m")
        #expect(lines.last == "2 errors, 1 warning, 1 info in 3 files")
        // Removing the codes gives the plain report back.
        #expect(stripANSI(text) == Reporters.render(sample, format: .text))
    }

    @Test func pathPrefix() {
        for prefix in ["catalog", "catalog/", "./catalog", "catalog\\"] {
            let text = Reporters.render(sample, format: .text, options: ReportOptions(pathPrefix: prefix))
            #expect(text.hasPrefix("catalog/examples/cases/refund.json:1:1: error:"))
            #expect(text.contains("\ncatalog/templates/refund.md:6:8: warning:"))
        }
        for prefix in ["", "."] {
            #expect(
                Reporters.render(sample, format: .text, options: ReportOptions(pathPrefix: prefix)).hasPrefix(
                    "examples/cases/refund.json:1:1:"))
        }
    }

    @Test func emptyResult() {
        #expect(Reporters.render(empty, format: .text) == "no problems found in the catalog")
        #expect(
            Reporters.render(empty, format: .text, options: ReportOptions(colors: true)) == "no problems found in the catalog")
    }

    private func stripANSI(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                while let next = scalars.next(), next != "m" {}
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }
}

// MARK: - JSON

@Suite struct ReporterJSONTests {
    @Test func findingsAndSummary() throws {
        let json = try JSON.parse(Reporters.render(sample, format: .json))
        #expect(json.keys == ["version", "findings", "summary"])
        #expect(json["version"]?.int == 1)
        let list = try #require(json["findings"]?.array)
        #expect(list.count == 4)

        #expect(list[0].keys == ["rule", "level", "file", "line", "column", "message"])
        #expect(list[0]["rule"]?.string == "catalog-syntax")
        #expect(list[0]["level"]?.string == "error")
        #expect(list[0]["file"]?.string == "examples/cases/refund.json")
        #expect(list[0]["line"]?.int == 1)
        #expect(list[0]["column"]?.int == 1)
        #expect(list[0]["message"]?.string == "expected a value, found end of input")

        #expect(list[1].keys == ["rule", "level", "file", "line", "column", "message", "fix", "block", "locale"])
        #expect(list[1]["level"]?.string == "info")
        #expect(list[1]["file"]?.string == "locales/de/refund.md")
        #expect(list[1]["line"]?.int == 2)
        #expect(list[1]["column"]?.int == 12)
        #expect(list[1]["fix"]?.string == "write 'Ihr' instead")
        #expect(list[1]["block"]?.string == "greeting")
        #expect(list[1]["locale"]?.string == "de")

        #expect(list[2]["level"]?.string == "warning")
        #expect(list[2]["message"]?.string == "unknown variable '$nme'")
        #expect(list[2]["locale"] == nil)
        #expect(list[3].keys == ["rule", "level", "file", "line", "column", "message", "block"])

        #expect(json["summary"] == .object([("errors", .number("2")), ("warnings", .number("1")), ("infos", .number("1"))]))
    }

    @Test func exactText() {
        let finding = Finding(
            rule: "unknown-variable", severity: .warning, file: "templates/a.md", line: 3, column: 7,
            message: "unknown variable \"$nme\"\ton line", fix: "use '$name'")
        let text = Reporters.render(single(finding), format: .json, options: ReportOptions(pathPrefix: "support/replies"))
        #expect(
            text
                == #"{"version":1,"findings":[{"rule":"unknown-variable","level":"warning","file":"support/replies/templates/a.md","line":3,"column":7,"message":"unknown variable \"$nme\"\ton line","fix":"use '$name'"}],"summary":{"errors":0,"warnings":1,"infos":0}}"#
        )
    }

    @Test func nonASCIIRoundTrips() throws {
        let finding = Finding(rule: "r", severity: .info, file: "locales/ja/ご注文.md", line: 1, column: 2, message: "「様」を付けてください")
        let json = try JSON.parse(Reporters.render(single(finding), format: .json))
        #expect(json["findings"]?[0]?["file"]?.string == "locales/ja/ご注文.md")
        #expect(json["findings"]?[0]?["message"]?.string == "「様」を付けてください")
    }

    @Test func emptyResult() throws {
        let text = Reporters.render(empty, format: .json)
        #expect(text == #"{"version":1,"findings":[],"summary":{"errors":0,"warnings":0,"infos":0}}"#)
        #expect(try JSON.parse(text)["findings"]?.array?.isEmpty == true)
    }
}

// MARK: - SARIF

@Suite struct ReporterSARIFTests {
    private func sarif(_ result: LintResult, prefix: String = "") throws -> JSON {
        try JSON.parse(Reporters.render(result, format: .sarif, options: ReportOptions(pathPrefix: prefix)))
    }

    @Test func topLevelAndDriver() throws {
        let log = try sarif(sample)
        #expect(log["$schema"]?.string == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"]?.string == "2.1.0")
        let runs = try #require(log["runs"]?.array)
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(run["columnKind"]?.string == "unicodeCodePoints")
        let driver = try #require(run["tool"]?["driver"])
        #expect(driver["name"]?.string == "replykit-lint")
        #expect(driver["version"]?.string == "0.1.0")
        #expect(driver["informationUri"]?.string == "https://github.com/replykit/replykit")
    }

    @Test func everyRuleDescribed() throws {
        let driverRules = try #require(try sarif(sample)["runs"]?[0]?["tool"]?["driver"]?["rules"]?.array)
        #expect(driverRules.compactMap { $0["id"]?.string } == rules.map(\.id))
        #expect(
            driverRules.compactMap { $0["name"]?.string } == [
                "CatalogSyntax", "UnknownVariable", "UnknownFunction", "ToneFormality", "LintConfig",
            ])
        #expect(
            driverRules.compactMap { $0["defaultConfiguration"]?["level"]?.string } == [
                "error", "warning", "error", "note", "error",
            ])
        for (descriptor, rule) in zip(driverRules, rules) {
            #expect(descriptor["shortDescription"]?["text"]?.string == rule.summary)
            let full = try #require(descriptor["fullDescription"]?["text"]?.string)
            #expect(full.hasPrefix(rule.summary))
            let help = try #require(descriptor["help"]?["text"]?.string)
            #expect(help.hasPrefix(rule.summary))
            #expect(help.contains("lint-disable \(rule.id):"))
        }
    }

    @Test func resultsCarryWhatGitHubRequires() throws {
        let run = try #require(try sarif(sample, prefix: "support/replies")["runs"]?[0])
        let driverRules = try #require(run["tool"]?["driver"]?["rules"]?.array)
        let results = try #require(run["results"]?.array)
        #expect(results.count == findings.count)
        for (result, finding) in zip(results, findings) {
            #expect(result["ruleId"]?.string == finding.rule)
            let index = try #require(result["ruleIndex"]?.int)
            #expect(driverRules[index]["id"]?.string == finding.rule)
            let location = try #require(result["locations"]?[0]?["physicalLocation"])
            #expect(location["artifactLocation"]?["uri"]?.string == "support/replies/" + finding.file)
            #expect(location["artifactLocation"]?["uriBaseId"]?.string == "%SRCROOT%")
            #expect(location["region"]?["startLine"]?.int == finding.line)
            #expect(location["region"]?["startColumn"]?.int == finding.column)
            let hash = try #require(result["partialFingerprints"]?["primaryLocationLineHash"]?.string)
            #expect(hash.count == 18 && hash.hasSuffix(":1"))
            #expect(hash.prefix(16).allSatisfy { $0.isHexDigit })
        }
        #expect(results.compactMap { $0["level"]?.string } == ["error", "note", "warning", "error"])
        #expect(
            results.compactMap { $0["message"]?["text"]?.string } == [
                "expected a value, found end of input",
                "prefer the formal 'Sie'. Fix: write 'Ihr' instead",
                "unknown variable '$nme'. Fix: did you mean '$name'?",
                "unknown function ':numbr'",
            ])
        let hashes = results.compactMap { $0["partialFingerprints"]?["primaryLocationLineHash"]?.string }
        #expect(Set(hashes).count == hashes.count)
    }

    @Test func fingerprintsAreStable() throws {
        let first = Reporters.render(sample, format: .sarif)
        #expect(Reporters.render(sample, format: .sarif) == first)
        // Known values (FNV-1a 64 over rule, NUL, path, NUL, message), so no per-process seed creeps in.
        #expect(SARIFReporter.fingerprint(rule: "r", path: "a.md", message: "m") == "c498ea7f8474ace6")
        let results = try #require(
            try JSON.parse(Reporters.render(sample, format: .sarif, options: ReportOptions(pathPrefix: "support/replies")))[
                "runs"]?[0]?["results"])
        #expect(results[2]?["partialFingerprints"]?["primaryLocationLineHash"]?.string == "af285ac53f9fd8f2:1")
        // The same finding on another line keeps its fingerprint; another message changes it.
        func hash(line: Int, message: String) throws -> String {
            let finding = Finding(
                rule: "unknown-variable", severity: .warning, file: "t.md", line: line, column: 1, message: message)
            return try #require(
                try sarif(single(finding))["runs"]?[0]?["results"]?[0]?["partialFingerprints"]?["primaryLocationLineHash"]?.string
            )
        }
        #expect(try hash(line: 3, message: "m") == hash(line: 30, message: "m"))
        #expect(try hash(line: 3, message: "m") != hash(line: 3, message: "n"))
    }

    @Test func repeatedFindingsGetOccurrenceNumbers() throws {
        let twice = [3, 8].map {
            Finding(rule: "unknown-variable", severity: .warning, file: "t.md", line: $0, column: 1, message: "m")
        }
        let results = try #require(
            try sarif(LintResult(findings: twice, rules: rules, sources: [:]))["runs"]?[0]?["results"]?.array)
        let hashes = results.compactMap { $0["partialFingerprints"]?["primaryLocationLineHash"]?.string }
        #expect(hashes.count == 2)
        #expect(hashes[0].prefix(16) == hashes[1].prefix(16))
        #expect(hashes[0].hasSuffix(":1") && hashes[1].hasSuffix(":2"))
    }

    @Test func undescribedAndDuplicateRules() throws {
        let finding = Finding(rule: "tone/commands", severity: .warning, file: "t.md", line: 1, column: 1, message: "m")
        let result = LintResult(findings: [finding], rules: rules + [rules[1]], sources: [:])
        let run = try #require(try sarif(result)["runs"]?[0])
        let driverRules = try #require(run["tool"]?["driver"]?["rules"]?.array)
        #expect(driverRules.compactMap { $0["id"]?.string } == rules.map(\.id) + ["tone/commands"])
        #expect(driverRules[5]["name"]?.string == "ToneCommands")
        #expect(driverRules[5]["defaultConfiguration"]?["level"]?.string == "warning")
        #expect(driverRules[5]["shortDescription"]?["text"]?.string?.isEmpty == false)
        #expect(run["results"]?[0]?["ruleIndex"]?.int == 5)
    }

    @Test func uriAndRegionEdgeCases() throws {
        let finding = Finding(rule: "r", severity: .error, file: "./templates/über uns#1.md", line: 0, column: 0, message: "m")
        let location = try #require(
            try sarif(single(finding), prefix: "./support/")["runs"]?[0]?["results"]?[0]?["locations"]?[0]?["physicalLocation"])
        #expect(location["artifactLocation"]?["uri"]?.string == "support/templates/%C3%BCber%20uns%231.md")
        // SARIF lines and columns start at 1.
        #expect(location["region"]?["startLine"]?.int == 1)
        #expect(location["region"]?["startColumn"]?.int == 1)
    }

    @Test func upperCamelCaseNames() {
        #expect(SARIFReporter.upperCamelCase("missing-translation") == "MissingTranslation")
        #expect(SARIFReporter.upperCamelCase("tone/commands") == "ToneCommands")
        #expect(SARIFReporter.upperCamelCase("lint-config") == "LintConfig")
        #expect(SARIFReporter.upperCamelCase("mf2_syntax.v2") == "Mf2SyntaxV2")
    }

    @Test func emptyResult() throws {
        let log = try sarif(empty)
        #expect(log["version"]?.string == "2.1.0")
        let run = try #require(log["runs"]?[0])
        #expect(run["results"]?.array?.isEmpty == true)
        #expect(run["tool"]?["driver"]?["rules"]?.array?.count == rules.count)
        #expect(run["tool"]?["driver"]?["name"]?.string == "replykit-lint")
    }
}

// MARK: - GitHub

@Suite struct ReporterGitHubTests {
    @Test func oneCommandPerFinding() {
        let text = Reporters.render(sample, format: .github, options: ReportOptions(pathPrefix: "support/replies"))
        #expect(
            text == """
                ::error file=support/replies/examples/cases/refund.json,line=1,col=1,title=catalog-syntax::expected a value, found end of input
                ::notice file=support/replies/locales/de/refund.md,line=2,col=12,title=tone/formality::prefer the formal 'Sie'. Fix: write 'Ihr' instead
                ::warning file=support/replies/templates/refund.md,line=6,col=8,title=unknown-variable::unknown variable '$nme'. Fix: did you mean '$name'?
                ::error file=support/replies/templates/refund.md,line=9,col=18,title=unknown-function::unknown function ':numbr'
                """)
    }

    @Test func escaping() {
        let finding = Finding(
            rule: "odd:rule,x", severity: .warning, file: "a%b.md", line: 2, column: 3,
            message: "line one\nline two: 100% sure, really\r")
        let text = Reporters.render(single(finding), format: .github, options: ReportOptions(pathPrefix: "my,app:dir"))
        #expect(
            text
                == "::warning file=my%2Capp%3Adir/a%25b.md,line=2,col=3,title=odd%3Arule%2Cx::line one%0Aline two: 100%25 sure, really%0D"
        )
        // The escapes themselves are escaped: %0A in a message is not a newline.
        #expect(GitHubReporter.escapeData("%0A") == "%250A")
        #expect(GitHubReporter.escapeProperty("a:b,c%\r\n") == "a%3Ab%2Cc%25%0D%0A")
        // Nothing of a rendered command is left to break the line.
        #expect(!text.contains("\n") && !text.contains("\r"))
    }

    @Test func wholeFileWithoutALine() {
        let finding = Finding(rule: "r", severity: .info, file: "t.md", line: 0, column: 0, message: "m")
        #expect(Reporters.render(single(finding), format: .github) == "::notice file=t.md,title=r::m")
    }

    @Test func emptyResult() {
        #expect(Reporters.render(empty, format: .github) == "")
    }
}
