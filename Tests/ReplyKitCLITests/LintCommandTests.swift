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

    /// A catalog in a fresh temporary directory, with the English tone pack unless it has one.
    static func catalog(_ files: [String: String]) -> String {
        var files = files
        if files["locales/en/tone.yaml"] == nil { files["locales/en/tone.yaml"] = englishPack }
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

    @Test func manifestThatIsAFIFOIsReportedNotWaitedOn() throws {
        let directory = Self.catalog(["templates/test/t.reply": Self.template])
        mkfifo(directory + "/replykit.yaml", 0o644)
        // `--locale` reads the manifest to match the tag, then the linter reads the catalog.
        let result = ReplyKitBinary.run(["lint", "--catalog", directory, "--locale", "de"])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "replykit.yaml:1:1: error: this is a FIFO (named pipe), not a regular file, so it is not read; replace it with a regular file"
            ))
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

    /// `--locale` names a locale of the catalog; anything else would check nothing and pass.
    @Test func aLocaleTheCatalogDoesNotHaveIsAUsageError() {
        let locales = "use one of en (the source), de, fr, es, pl, ja, zh-Hans or ar, or leave out --locale to check them all"
        let repository = RenderCommandTests.repository
        let unknown = ReplyKitBinary.run(["lint", "--catalog", repository, "--locale", "xx"])
        #expect(unknown.status == 2)
        #expect(unknown.stdout == "")
        #expect(unknown.stderr == "error: --locale 'xx' matches no locale of the catalog; \(locales)\n")
        let region = ReplyKitBinary.run(["lint", "--catalog", repository, "--locale", "de", "--locale", "de-AT"])
        #expect(region.status == 2)
        #expect(region.stderr == "error: --locale 'de-AT' matches no locale of the catalog (did you mean 'de'?); \(locales)\n")
        let typo = ReplyKitBinary.run(["lint", "--catalog", repository, "--locale", "zh-Hnas"])
        #expect(typo.status == 2)
        #expect(
            typo.stderr == "error: --locale 'zh-Hnas' matches no locale of the catalog (did you mean 'zh-Hans'?); \(locales)\n")
        // Tags match whatever their case; the source locale checks the templates alone.
        #expect(ReplyKitBinary.run(["lint", "--catalog", repository, "--locale", "ZH-hans", "--max-warnings", "0"]).status == 0)
        #expect(ReplyKitBinary.run(["lint", "--catalog", repository, "--locale", "en", "--max-warnings", "0"]).status == 0)
    }

    @Test func aLocaleInAnotherCaseChecksThatLocale() throws {
        let directory = Self.catalog(["replykit.yaml": Self.manifest, "templates/test/t.reply": Self.template])
        let result = ReplyKitBinary.run(["lint", "--catalog", directory, "--locale", "DE", "--format", "json"])
        #expect(result.status == 1)
        let json = try JSON.parse(result.stdout)
        guard case .array(let findings)? = json["findings"] else {
            Issue.record("no findings")
            return
        }
        #expect(findings.contains { $0["rule"] == .string("missing-translation") })
    }

    /// The whole shipped catalog checked out with CR LF line ends is as clean as with LF.
    @Test func aCatalogWithCRLFLineEndsIsClean() throws {
        let repository = RenderCommandTests.repository
        var files: [String: String] = [:]
        let catalog = try #require(CatalogFiles.load(directory: repository).0)
        var paths = ["replykit.yaml"] + catalog.templates.map(\.file) + catalog.channelPacks.map { "channels/\($0).yaml" }
        paths += catalog.templates.map { "examples/cases/" + $0.id.replacing("/", with: "-") + ".json" }
        for (locale, translations) in catalog.translations {
            paths += translations.map(\.file) + ["locales/\(locale)/tone.yaml"]
        }
        paths.append("locales/en/tone.yaml")
        for path in paths {
            files[path] = try #require(TextFile.read(repository + "/" + path)).replacing("\n", with: "\r\n")
        }
        let result = ReplyKitBinary.run(["lint", "--catalog", Self.catalog(files), "--max-warnings", "0"])
        #expect(result.status == 0)
        #expect(result.stdout == "no problems found in the catalog\n")
    }

    @Test func usage() {
        #expect(ReplyKitBinary.run(["lint", "--catalog", "/nonexistent"]).status == 2)
        #expect(ReplyKitBinary.run(["lint", "--format", "xml"]).status == 2)
        let rules = ReplyKitBinary.run(["lint", "--list-rules", "--catalog", RenderCommandTests.repository])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("plural-completeness"))
        #expect(rules.stdout.contains("tone/apology"))
    }

    /// Without `--catalog`, lint picks its catalog as every command does: the current directory's,
    /// else the starter catalog built into the binary (which ships lint-clean).
    @Test func withoutACatalogHereTheBuiltInCatalogIsLinted() {
        let empty = Self.catalog(["notes.txt": "not a catalog\n"])
        let result = ReplyKitBinary.run(["lint", "--max-warnings", "0"], directory: empty)
        #expect(result.status == 0)
        #expect(result.stdout == "no problems found in the catalog\n")
        // `--locale` is matched against the built-in catalog's locales.
        let typo = ReplyKitBinary.run(["lint", "--locale", "zh-Hnas"], directory: empty)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("--locale 'zh-Hnas' matches no locale of the catalog (did you mean 'zh-Hans'?)"))
        let rules = ReplyKitBinary.run(["lint", "--list-rules"], directory: empty)
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("tone/apology"))
        #expect(rules.stdout.contains("These are the built-in starter catalog's rules"))
    }

    @Test func withoutCatalogTheCurrentDirectorysCatalogIsLinted() {
        let directory = Self.catalog([
            "replykit.yaml": "source-locale: en\n",
            "templates/test/t.reply": Self.template.replacing("Order {$order.id}", with: "Order {$order.di}"),
        ])
        let result = ReplyKitBinary.run(["lint"], directory: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("templates/test/t.reply:9:8: error: $order.di is not a declared input of test/t"))
    }
}
