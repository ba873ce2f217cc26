import CatalogFiles
import Testing

@Suite struct LoadFromFilesTests {
    static let files: [String: String] = [
        "replykit.yaml": Sample.manifest,
        "templates/apology/damaged-item.reply": Sample.template,
        "./templates/follow-up/check-in.reply":
            "---\nkind: follow-up\nchannels: [email]\nsummary: s\n---\n[body]\nHow are you?\n",
        "templates/Bad_Name.reply": "---\nkind: apology\nchannels: [email]\nsummary: s\n---\n[body]\nx\n",
        "templates/broken.reply": "---\nkind: nope\nchannels: [email]\nsummary: s\n---\n[body]\nx\n",
        "templates/README.md": "ignored",
        "locales/de/apology/damaged-item.reply": Sample.translation,
        "locales/de/follow-up/check-in.reply": "[body]\nWie geht's?\n\n[bdy]\nx\n",
        "locales/de/broken.reply": "[body]\nDE\n[extra]\nx\n",
        "locales/de/tone.yaml": "formality: formal",
        "locales/ja/apology/damaged-itme.reply": "[subject]\nご注文\n",
        "locales/fr/follow-up/check-in.reply": "[body]\nÇa va ?\n",
        "locales/stray.reply": "[body]\nx\n",
        "examples/cases/apology-damaged-item.json": "{}",
    ]

    @Test func loadsTheCatalogAndReportsCrossFileProblems() throws {
        let (catalog, problems) = CatalogFiles.load(files: Self.files)
        // Problems come ordered by file path, then position.
        #expect(
            problems.map(\.summary) == [
                "unknown-block locales/de/broken.reply:3:2: block 'extra' is not in the source template templates/broken.reply; rename it to a source block's id or remove it",
                "unknown-block locales/de/follow-up/check-in.reply:4:2: block 'bdy' is not in the source template templates/follow-up/check-in.reply (did you mean 'body'?); rename it to a source block's id or remove it",
                "missing-source locales/ja/apology/damaged-itme.reply:1:1: this translates 'apology/damaged-itme', but there is no source template templates/apology/damaged-itme.reply (did you mean 'apology/damaged-item'?); rename or remove this file",
                "bad-template-id locales/stray.reply:1:1: a translation lives in locales/<locale>/<template id>.reply; move this file into a locale's directory",
                "bad-manifest replykit.yaml:2:17: locales/fr/ has translations, but 'fr' is not in target-locales; add it to target-locales or rename the directory",
                "bad-template-id templates/Bad_Name.reply:1:1: 'Bad_Name' is not a valid template id: each part of the path uses lowercase letters, digits and '-', starting with a letter or digit; rename the file",
                "bad-header templates/broken.reply:2:7: unknown kind 'nope'; expected apology, remedy, review-response, acknowledgement, or follow-up",
            ])
        let files = try #require(catalog)
        #expect(files.manifest == Manifest(sourceLocale: "en", targetLocales: ["de", "ja"]))
        #expect(files.templates.map(\.id) == ["apology/damaged-item", "follow-up/check-in"])
        #expect(files.templates.map(\.file) == ["templates/apology/damaged-item.reply", "templates/follow-up/check-in.reply"])
        #expect(files.translations.keys.sorted() == ["de", "fr"])
        #expect(files.translations["de"]?.map(\.id) == ["apology/damaged-item", "broken", "follow-up/check-in"])
        #expect(files.translations["de"]?.allSatisfy { $0.locale == "de" } == true)
        #expect(files.translations["fr"]?.map(\.file) == ["locales/fr/follow-up/check-in.reply"])
    }

    @Test func validCatalogHasNoProblems() throws {
        let (catalog, problems) = CatalogFiles.load(files: [
            "replykit.yaml": Sample.manifest,
            "templates/apology/damaged-item.reply": Sample.template,
            "locales/de/apology/damaged-item.reply": Sample.translation,
        ])
        #expect(problems.isEmpty)
        let translation = try #require(catalog?.translations["de"]?.first)
        #expect(translation.blocks.map(\.id) == ["subject", "greeting", "apology"])
    }

    @Test func missingManifestGivesNoCatalogButStillChecksFiles() {
        let (catalog, problems) = CatalogFiles.load(files: ["templates/a.reply": "[a]\nx"])
        #expect(catalog == nil)
        #expect(
            problems.map(\.summary) == [
                "bad-manifest replykit.yaml:1:1: the catalog has no replykit.yaml; add one with 'source-locale: en' and 'target-locales: [de, ja]'",
                "bad-header templates/a.reply:1:1: a source template starts with a YAML header between two '---' lines, giving its kind, channels and summary; add one",
            ])
    }

    @Test func unusableManifestGivesNoCatalog() {
        let (catalog, problems) = CatalogFiles.load(files: ["replykit.yaml": "target-locales: [de]\n"])
        #expect(catalog == nil)
        #expect(problems.map(\.code) == [.badManifest])
    }

    @Test func translationsIntoTheSourceLocaleAreReported() {
        let (_, problems) = CatalogFiles.load(files: [
            "replykit.yaml": "source-locale: en\n",
            "templates/a.reply": "---\nkind: apology\nchannels: [email]\nsummary: s\n---\n[a]\nx",
            "locales/en/a.reply": "[a]\ny",
        ])
        #expect(
            problems.map(\.summary) == [
                "bad-manifest replykit.yaml:1:1: locales/en/ holds translations into the source locale 'en'; the source text lives in templates/, so remove the directory"
            ])
    }
}

@Suite struct LoadFromDirectoryTests {
    /// `Tests/CatalogFilesTests/Fixtures/catalog`, found from this file's path.
    static let fixture: String = {
        let path = #filePath
        let directory = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
        return "\(directory)/Fixtures/catalog"
    }()

    @Test func loadsTheFixtureCatalog() throws {
        let (catalog, problems) = CatalogFiles.load(directory: Self.fixture)
        #expect(
            problems.map(\.summary) == [
                "unknown-block locales/de/follow-up/check-in.reply:4:2: block 'closing' is not in the source template templates/follow-up/check-in.reply; rename it to a source block's id or remove it",
                "missing-source locales/ja/apology/damaged-itme.reply:1:1: this translates 'apology/damaged-itme', but there is no source template templates/apology/damaged-itme.reply (did you mean 'apology/damaged-item'?); rename or remove this file",
            ])
        let files = try #require(catalog)
        #expect(files.manifest == Manifest(sourceLocale: "en", targetLocales: ["de", "ja", "ar"]))
        #expect(files.templates.map(\.id) == ["apology/damaged-item", "follow-up/check-in"])
        #expect(files.templates[0].kind == .apology)
        #expect(files.templates[0].blocks.map(\.id) == ["subject", "greeting", "greeting-anonymous", "remedy-refund"])
        #expect(files.templates[1].kind == .followUp)
        #expect(files.translations.keys.sorted() == ["de"])
        let german = try #require(files.translations["de"])
        #expect(german.map(\.id) == ["apology/damaged-item", "follow-up/check-in"])
        #expect(german[0].blocks.map(\.sourceHash) == ["4392b46b", "56c3d154"])
        for block in german[0].blocks {
            let source = try #require(files.templates[0].blocks.first { $0.id == block.id })
            #expect(blockHash(source.text) == block.sourceHash)
        }
    }

    @Test func trailingSlashIsFine() {
        let (catalog, problems) = CatalogFiles.load(directory: Self.fixture + "/")
        #expect(catalog?.templates.count == 2)
        #expect(problems.count == 2)
    }

    @Test func sameResultAsLoadFromFiles() throws {
        let fromDirectory = CatalogFiles.load(directory: Self.fixture)
        var files: [String: String] = [:]
        for path in [
            "replykit.yaml", "templates/apology/damaged-item.reply", "templates/follow-up/check-in.reply",
            "locales/de/apology/damaged-item.reply", "locales/de/follow-up/check-in.reply",
            "locales/ja/apology/damaged-itme.reply",
        ] {
            files[path] = try #require(try? readFile("\(Self.fixture)/\(path)"))
        }
        let fromFiles = CatalogFiles.load(files: files)
        #expect(fromDirectory.1 == fromFiles.1)
        #expect(fromDirectory.0?.templates.map(\.fileText) == fromFiles.0?.templates.map(\.fileText))
    }

    @Test func missingDirectory() {
        let (catalog, problems) = CatalogFiles.load(directory: "/nonexistent/catalog")
        #expect(catalog == nil)
        #expect(
            problems.map(\.summary) == [
                "bad-manifest replykit.yaml:1:1: the catalog has no replykit.yaml in /nonexistent/catalog; add one with 'source-locale: en' and 'target-locales: [de, ja]'"
            ])
    }
}
