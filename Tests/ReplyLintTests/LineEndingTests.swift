import CatalogFiles
import ReplyLint
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `text` (written with LF) with CR LF, CR, or a mix of CR LF, LF and CR as line ends.
private func withLineEnds(_ ending: String, _ text: String) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
        guard scalar == "\n" else {
            result.unicodeScalars.append(scalar)
            continue
        }
        result += ending == "mixed" ? ["\r\n", "\n", "\r"][count % 3] : ending
        count += 1
    }
    return result
}

/// The repository's catalog as the linter reads it: manifest, templates, translations, tone packs
/// and example cases.
private func shippedCatalog() throws -> [String: String] {
    let here = #filePath
    var root = String(here[..<here.lastIndex(of: "/")!])
    for _ in 0..<2 { root = String(root[..<root.lastIndex(of: "/")!]) }
    let catalog = try #require(CatalogFiles.load(directory: root).0)
    var paths = ["replykit.yaml"] + catalog.templates.map(\.file) + catalog.channelPacks.map { "channels/\($0).yaml" }
    paths += catalog.templates.map { "examples/cases/" + $0.id.replacing("/", with: "-") + ".json" }
    for (_, translations) in catalog.translations { paths += translations.map(\.file) }
    for locale in [catalog.manifest.sourceLocale] + catalog.manifest.targetLocales {
        paths.append("locales/\(locale)/tone.yaml")
    }
    var files: [String: String] = [:]
    for path in paths {
        let text = try #require(TextFile.read("\(root)/\(path)"), "\(path)")
        files[path] = text
    }
    return files
}

/// A catalog checked out with CR LF (or CR, or a mix) lints exactly as with LF.
@Suite struct LineEndingLintTests {
    @Test(arguments: ["\r\n", "\r", "mixed"])
    func theShippedCatalogIsStillClean(_ ending: String) throws {
        let files = try shippedCatalog()
        #expect(Linter().lint(files: files).findings.isEmpty)
        // A CR LF checkout used to make 280 translations stale: the stamps hashed the CRs.
        let findings = Linter().lint(files: files.mapValues { withLineEnds(ending, $0) }).findings
        #expect(findings.count == 0)
        #expect(Set(findings.map(\.rule)) == [])
    }

    @Test(arguments: ["\r\n", "\r", "mixed"])
    func findingsKeepTheirPositionsAndExcerpts(_ ending: String) throws {
        let template = """
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
            We are sorry.
            You must wait  for {$undeclared}.
            """
        let files = [
            "replykit.yaml": "source-locale: en\nlint:\n  unknown-rule: off\n", "templates/t/x.reply": template,
            "locales/en/tone.yaml": try #require(try shippedCatalog()["locales/en/tone.yaml"]),
        ]
        let lf = Linter().lint(files: files)
        let converted = Linter().lint(files: files.mapValues { withLineEnds(ending, $0) })
        let positions = lf.findings.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" }
        #expect(
            positions == [
                "replykit.yaml:3:3 lint-config", "templates/t/x.reply:13:1 tone/commands",
                "templates/t/x.reply:13:14 whitespace", "templates/t/x.reply:13:21 undeclared-variable",
            ])
        #expect(converted.findings.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" } == positions)
        let text = Reporters.render(converted, format: .text)
        #expect(text == Reporters.render(lf, format: .text))
        #expect(!text.unicodeScalars.contains("\r"))
    }
}
