import CatalogFiles
import Testing

/// How a checkout may end its lines.
enum LineEnding: String, CaseIterable, Sendable {
    case crlf, cr, mixed

    /// `text` (written with LF) with its line ends rewritten; `mixed` cycles CR LF, LF and CR.
    func apply(to text: String) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            guard scalar == "\n" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch self {
            case .crlf: result += "\r\n"
            case .cr: result += "\r"
            case .mixed: result += ["\r\n", "\n", "\r"][count % 3]
            }
            count += 1
        }
        return result
    }
}

/// What a block is, as text: everything a consumer of the block reads.
func describe(_ block: Block) -> String {
    "\(block.id) \(block.condition) \(block.line) \(block.textLine):\(block.textColumn) @\(block.textOffset) "
        + "\(block.sourceHash ?? "-") \(block.annotations.map { "\($0.text)#\($0.line)" }) [\(block.text)]"
}

/// The first difference between two lists, nil when they are equal (catalog-sized lists are too
/// long to print whole in a failure).
func firstDifference(_ a: [String], _ b: [String]) -> String? {
    if let pair = zip(a, b).first(where: { $0 != $1 }) { return "\(pair.0)\n≠ \(pair.1)" }
    return a.count == b.count ? nil : "\(a.count) items ≠ \(b.count) items"
}

/// The repository's catalog: manifest, templates, translations and tone packs, as written (LF).
enum ShippedCatalog {
    static let directory: String = {
        let here = #filePath
        var path = String(here[..<here.lastIndex(of: "/")!])
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static func files() throws -> [String: String] {
        let catalog = try #require(CatalogFiles.load(directory: directory).0)
        var paths = ["replykit.yaml"] + catalog.templates.map(\.file) + catalog.channelPacks.map { "channels/\($0).yaml" }
        for (_, translations) in catalog.translations { paths += translations.map(\.file) }
        for locale in [catalog.manifest.sourceLocale] + catalog.manifest.targetLocales {
            paths.append("locales/\(locale)/tone.yaml")
        }
        var files: [String: String] = [:]
        for path in paths { files[path] = try readFile("\(directory)/\(path)") }
        return files
    }
}

/// A catalog checked out with CR LF, or CR, or a mix, is the same catalog as with LF.
@Suite struct LineEndingTests {
    @Test(arguments: LineEnding.allCases)
    func templatesParseTheSame(_ ending: LineEnding) throws {
        let lf = TemplateFile.parse(Sample.template, file: "t.reply", id: "t")
        let other = TemplateFile.parse(ending.apply(to: Sample.template), file: "t.reply", id: "t")
        #expect(other.1.map(\.summary) == [])
        let template = try #require(other.0)
        #expect(template.blocks.map(describe) == (try #require(lf.0)).blocks.map(describe))
        #expect(template.fileText == Sample.template)
        #expect(template.blocks[3].text.unicodeScalars.filter { $0 == "\n" }.count == 3)
        #expect(!template.blocks.contains { $0.text.unicodeScalars.contains("\r") })
    }

    @Test(arguments: LineEnding.allCases)
    func translationsParseTheSameWithTheirStamps(_ ending: LineEnding) throws {
        let parsed = TranslationFile.parse(ending.apply(to: Sample.translation), file: "l.reply", id: "t", locale: "de")
        #expect(parsed.1.map(\.summary) == [])
        let translation = try #require(parsed.0)
        let lf = try #require(TranslationFile.parse(Sample.translation, file: "l.reply", id: "t", locale: "de").0)
        #expect(translation.blocks.map(describe) == lf.blocks.map(describe))
        #expect(translation.fileText == Sample.translation)
        // The apology block spans four lines: its hash is the LF text's hash.
        let source = try #require(TemplateFile.parse(ending.apply(to: Sample.template), file: "t", id: "t").0)
        #expect(blockHash(source.blocks[3].text) == "387e7d2f")  // computed with Python from the LF text
        #expect(blockHash(source.blocks[4].text) == "87e9f48f")
    }

    /// Problems keep their line and column: a line end counts as one, whatever its bytes.
    @Test(arguments: LineEnding.allCases)
    func problemsKeepTheirPositions(_ ending: LineEnding) {
        let text =
            Sample.header + "[a] whenn flag\nFirst line\nSecond {$x line\n\n[b] when items = 3\n  x  \n[Closing]\nKind regards\n"
        let expected = [
            "t.reply:10:5", "t.reply:12:12", "t.reply:14:10", "t.reply:16:2",
        ]
        #expect(TemplateFile.parse(text, file: "t.reply", id: "t").1.map { "\($0.file):\($0.line):\($0.column)" } == expected)
        let problems = TemplateFile.parse(ending.apply(to: text), file: "t.reply", id: "t").1
        #expect(problems == TemplateFile.parse(text, file: "t.reply", id: "t").1)
    }

    @Test(arguments: LineEnding.allCases)
    func manifestsAndTonePacksParseTheSame(_ ending: LineEnding) throws {
        let manifest = "source-locale: en\ntarget-locales:\n  - de\n  - ja\nlint:\n  whitespace: off\n  tone/commands: error\n"
        #expect(
            Manifest.parse(ending.apply(to: manifest), file: "replykit.yaml") == Manifest.parse(manifest, file: "replykit.yaml"))
        let broken = "source-locale: en\ntarget-locales: [de, pt_BR]\n"
        let problems = Manifest.parse(ending.apply(to: broken), file: "replykit.yaml").1
        #expect(problems.map { "\($0.line):\($0.column)" } == ["2:22"])
        for (path, text) in try ShippedCatalog.files() where path.hasSuffix("tone.yaml") {
            let lf = TonePack.parse(text, file: path)
            let other = TonePack.parse(ending.apply(to: text), file: path)
            #expect(other.1 == [])
            #expect(other.0 == lf.0, "\(path)")
        }
    }

    /// The whole shipped catalog, converted: it loads, and every stamp still matches its source
    /// block (a CR LF checkout used to make 280 translations stale).
    @Test(arguments: LineEnding.allCases)
    func theShippedCatalogLoadsTheSame(_ ending: LineEnding) throws {
        let files = try ShippedCatalog.files()
        let (lf, _) = CatalogFiles.load(files: files)
        let (converted, problems) = CatalogFiles.load(files: files.mapValues(ending.apply))
        #expect(problems.map(\.summary) == [])
        let catalog = try #require(converted)
        let reference = try #require(lf)
        #expect(catalog.manifest == reference.manifest)
        #expect(
            firstDifference(
                catalog.templates.flatMap(\.blocks).map(describe), reference.templates.flatMap(\.blocks).map(describe))
                == nil)
        var stale = 0
        var stamped = 0
        for (locale, translations) in catalog.translations {
            let expected = reference.translations[locale]?.flatMap(\.blocks).map(describe) ?? []
            #expect(firstDifference(translations.flatMap(\.blocks).map(describe), expected) == nil)
            for translation in translations {
                let source = try #require(catalog.templates.first { $0.id == translation.id })
                for block in translation.blocks {
                    stamped += 1
                    if block.sourceHash != source.blocks.first(where: { $0.id == block.id }).map({ blockHash($0.text) }) {
                        stale += 1
                    }
                }
            }
        }
        #expect(stamped > 1000)
        #expect(stale == 0)
    }
}
