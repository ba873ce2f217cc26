import CatalogFiles
import ExactJSON
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `replykit lint` as CI runs it: exit codes, formats, suppressions, levels from the manifest.
@Suite struct LintCommandTests {
    static let manifest = "source-locale: en\ntarget-locales: [de]\n"
    static let template = """
        ---
        kind: apology
        channels: [email]
        summary: Test.
        inputs:
          order.id: string
        ---
        [subject]
        Order {$order.id}: we are sorry

        [body]
        #: lint-disable tone/exclamation: the customer asked for enthusiasm
        We are sorry. You must wait!! Thank you.

        [closing]
        #: lint-disable whitespace
        Kind regards
        """

    /// The shipped English tone pack, so tone rules run in the test catalogs.
    static var englishPack: String {
        TextFile.read(RenderCommandTests.repository + "/locales/en/tone.yaml") ?? ""
    }

    /// A catalog in a fresh temporary directory, with the English tone pack.
    static func catalog(_ files: [String: String]) -> String {
        var files = files
        files["locales/en/tone.yaml"] = englishPack
        var template = Array("/tmp/replykit-lint-test-XXXXXX".utf8CString)
        let directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        for (path, text) in files {
            var parent = directory
            for component in path.split(separator: "/").dropLast() {
                parent += "/\(component)"
                mkdir(parent, 0o755)
            }
            let file = fopen(directory + "/" + path, "wb")!
            fputs(text, file)
            fclose(file)
        }
        return directory
    }

    @Test func findingsExitOneAndSuppressionsAreChecked() throws {
        let directory = Self.catalog(["replykit.yaml": Self.manifest, "templates/test/t.reply": Self.template])
        let result = ReplyKitBinary.run(["lint", "--catalog", directory, "--format", "json"])
        #expect(result.status == 1)
        let json = try JSON.parse(result.stdout)
        guard case .array(let findings)? = json["findings"] else {
            Issue.record("no findings")
            return
        }
        let rules = findings.compactMap { finding -> String? in
            guard case .string(let rule)? = finding["rule"] else { return nil }
            return rule
        }
        // The exclamation marks are suppressed with a reason; the command is not.
        #expect(rules.contains("tone/commands"))
        #expect(!rules.contains("tone/exclamation"))
        // A suppression without a reason is an error; one that suppresses nothing is a warning.
        #expect(rules.contains("suppression-without-reason"))
        #expect(rules.contains("unused-suppression"))
        // The German translation is missing.
        #expect(rules.contains("missing-translation"))
    }

    @Test func levelsFromTheManifestAndTheLocaleFilter() throws {
        let manifest = Self.manifest + "lint:\n  missing-translation: off\n  tone/commands: error\n"
        let directory = Self.catalog(["replykit.yaml": manifest, "templates/test/t.reply": Self.template])
        let result = ReplyKitBinary.run(["lint", "--catalog", directory, "--format", "json"])
        let json = try JSON.parse(result.stdout)
        guard case .array(let findings)? = json["findings"] else {
            Issue.record("no findings")
            return
        }
        #expect(!findings.contains { $0["rule"] == .string("missing-translation") })
        #expect(findings.contains { $0["rule"] == .string("tone/commands") && $0["level"] == .string("error") })
    }

    @Test func theShippedCatalogIsClean() {
        let result = ReplyKitBinary.run(["lint", "--catalog", RenderCommandTests.repository, "--max-warnings", "0"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("no problems found in the catalog\n"))
    }

    @Test func maxWarningsAndFormats() {
        let clean = Self.template
            .replacing("#: lint-disable tone/exclamation: the customer asked for enthusiasm\n", with: "")
            .replacing("#: lint-disable whitespace\n", with: "")
            .replacing("You must wait!! ", with: "")
        let directory = Self.catalog([
            "replykit.yaml": "source-locale: en\n", "templates/test/t.reply": clean + "\n\n[extra]\nHello  there.",
        ])
        #expect(ReplyKitBinary.run(["lint", "--catalog", directory]).status == 0)
        #expect(ReplyKitBinary.run(["lint", "--catalog", directory, "--max-warnings", "0"]).status == 1)
        let github = ReplyKitBinary.run(["lint", "--catalog", directory, "--format", "github"])
        #expect(github.stdout.hasPrefix("::warning file="))
        #expect(github.stdout.contains("title=whitespace::"))
    }

    @Test func usage() {
        #expect(ReplyKitBinary.run(["lint", "--catalog", "/nonexistent"]).status == 2)
        #expect(ReplyKitBinary.run(["lint", "--format", "xml"]).status == 2)
        let rules = ReplyKitBinary.run(["lint", "--list-rules", "--catalog", RenderCommandTests.repository])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("plural-completeness"))
        #expect(rules.stdout.contains("tone/apology"))
    }
}
