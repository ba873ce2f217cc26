import CatalogFiles
import Testing

/// Loading only the named templates: their files are read and checked, no other file is.
@Suite struct PartialLoadTests {
    /// A catalog where everything but `apology/damaged-item` (and its translations) is broken.
    static let files: [String: String] = [
        "replykit.yaml": Sample.manifest,
        "templates/apology/damaged-item.reply": Sample.template,
        "locales/de/apology/damaged-item.reply": Sample.translation,
        "templates/broken.reply": "---\nkind: nope\nchannels: [email]\nsummary: s\n---\n[body]\nx\n",
        "locales/de/broken.reply": "[body]\nDE\n[extra]\nx\n",
        "locales/ja/apology/damaged-itme.reply": "[subject]\nご注文\n",
        "templates/follow-up/check-in.reply": "---\nkind: follow-up\nchannels: [email]\nsummary: s\n---\n[body]\nHow are you?\n",
        "locales/de/follow-up/check-in.reply": "[body]\nWie geht's?\n\n[bdy]\nx\n",
    ]

    /// The same files in a directory.
    static func directory() throws -> TemporaryCatalog {
        let catalog = try TemporaryCatalog()
        for directory in ["templates", "templates/apology", "templates/follow-up", "locales", "locales/de", "locales/ja"]
            + ["locales/de/apology", "locales/de/follow-up", "locales/ja/apology"]
        {
            catalog.directory(directory)
        }
        for (path, text) in files { catalog.file(path, text) }
        return catalog
    }

    @Test func readsOnlyTheNamedTemplateAndItsTranslations() throws {
        let directory = try Self.directory()
        for (loaded, problems) in [
            CatalogFiles.load(files: Self.files, templates: ["apology/damaged-item"]),
            CatalogFiles.load(directory: directory.root, templates: ["apology/damaged-item"]),
        ] {
            #expect(problems.isEmpty)
            let files = try #require(loaded)
            #expect(files.manifest == Manifest(sourceLocale: "en", targetLocales: ["de", "ja"]))
            #expect(files.templates.map(\.id) == ["apology/damaged-item"])
            #expect(files.translations.keys.sorted() == ["de"])
            #expect(files.translations["de"]?.map(\.file) == ["locales/de/apology/damaged-item.reply"])
        }
    }

    @Test func reportsEveryProblemOfTheNamedTemplatesWithPositions() throws {
        let directory = try Self.directory()
        for (_, problems) in [
            CatalogFiles.load(files: Self.files, templates: ["broken", "follow-up/check-in", "apology/damaged-item"]),
            CatalogFiles.load(directory: directory.root, templates: ["broken", "follow-up/check-in", "apology/damaged-item"]),
        ] {
            #expect(
                problems.map(\.summary) == [
                    "unknown-block locales/de/broken.reply:3:2: block 'extra' is not in the source template templates/broken.reply; rename it to a source block's id or remove it",
                    "unknown-block locales/de/follow-up/check-in.reply:4:2: block 'bdy' is not in the source template templates/follow-up/check-in.reply (did you mean 'body'?); rename it to a source block's id or remove it",
                    "bad-header templates/broken.reply:2:7: unknown kind 'nope'; expected apology, remedy, review-response, acknowledgement, or follow-up",
                ])
        }
    }

    /// With `locales`, only the translations of the locales it picks are read: a problem in
    /// another's is not reported. It is offered the locale directories' names, sorted.
    @Test func readsOnlyTheTranslationsIntoTheGivenLocales() throws {
        var files = Self.files
        files["locales/ja/follow-up/check-in.reply"] = "[bdy]\nお元気ですか\n"
        let directory = try Self.directory()
        directory.directory("locales/ja/follow-up")
        directory.file("locales/ja/follow-up/check-in.reply", files["locales/ja/follow-up/check-in.reply"]!)
        var offered: [[String]] = []
        let onlyJapanese = { (directories: [String]) -> Set<String> in
            offered.append(directories)
            return ["ja"]
        }
        for (loaded, problems) in [
            CatalogFiles.load(files: files, templates: ["follow-up/check-in"], locales: onlyJapanese),
            CatalogFiles.load(directory: directory.root, templates: ["follow-up/check-in"], locales: onlyJapanese),
        ] {
            #expect(
                problems.map(\.summary) == [
                    "unknown-block locales/ja/follow-up/check-in.reply:1:2: block 'bdy' is not in the source template templates/follow-up/check-in.reply (did you mean 'body'?); rename it to a source block's id or remove it"
                ])
            #expect(
                try #require(loaded).translations.mapValues { $0.map(\.file) } == ["ja": ["locales/ja/follow-up/check-in.reply"]])
        }
        #expect(offered == [["de", "ja"], ["de", "ja"]])
        for (loaded, problems) in [
            CatalogFiles.load(files: files, templates: ["apology/damaged-item", "follow-up/check-in"], locales: { _ in ["de"] }),
            CatalogFiles.load(
                directory: directory.root, templates: ["apology/damaged-item", "follow-up/check-in"], locales: { _ in ["de"] }),
        ] {
            #expect(problems.map(\.file) == ["locales/de/follow-up/check-in.reply"])
            #expect(
                try #require(loaded).translations.mapValues { $0.map(\.file) } == [
                    "de": ["locales/de/apology/damaged-item.reply", "locales/de/follow-up/check-in.reply"]
                ])
        }
        for (loaded, problems) in [
            CatalogFiles.load(files: files, templates: ["apology/damaged-item", "follow-up/check-in"], locales: { _ in [] }),
            CatalogFiles.load(
                directory: directory.root, templates: ["apology/damaged-item", "follow-up/check-in"], locales: { _ in [] }),
        ] {
            #expect(problems.isEmpty)
            #expect(try #require(loaded).templates.map(\.id) == ["apology/damaged-item", "follow-up/check-in"])
            #expect(try #require(loaded).translations.isEmpty)
        }
    }

    /// An id with no file, or one that is a path rather than a name, loads nothing and is no problem.
    @Test(arguments: ["apology/damaged", "../templates/broken", "/etc/passwd", "apology/../broken", "", "Apology/Damaged-Item"])
    func unknownOrInvalidIDsLoadNothing(id: String) throws {
        let directory = try Self.directory()
        for (loaded, problems) in [
            CatalogFiles.load(files: Self.files, templates: [id]),
            CatalogFiles.load(directory: directory.root, templates: [id]),
        ] {
            #expect(problems.isEmpty)
            #expect(try #require(loaded).templates.isEmpty)
        }
    }

    @Test func missingManifestIsReported() throws {
        let (loaded, problems) = CatalogFiles.load(files: ["templates/a.reply": "[a]\nx"], templates: ["a"])
        #expect(loaded == nil)
        #expect(
            problems.map(\.summary).first
                == "bad-manifest replykit.yaml:1:1: the catalog has no replykit.yaml; add one with 'source-locale: en' and 'target-locales: [de, ja]'"
        )
    }

    /// In-memory paths may start with `./`, as the whole-catalog load allows.
    @Test func pathsStartingWithDotSlash() throws {
        let dotted = Dictionary(uniqueKeysWithValues: Self.files.map { ("./" + $0.key, $0.value) })
        var offered: [String] = []
        let (loaded, problems) = CatalogFiles.load(files: dotted, templates: ["apology/damaged-item"]) {
            offered = $0
            return ["de"]
        }
        #expect(offered == ["de", "ja"])
        #expect(problems.isEmpty)
        #expect(try #require(loaded).templates.map(\.id) == ["apology/damaged-item"])
        #expect(
            try #require(loaded).translations.mapValues { $0.map(\.file) } == ["de": ["locales/de/apology/damaged-item.reply"]])
    }

    /// Template ids come from the names of the files under templates/ (none is parsed).
    @Test func templateIDsFromFileNames() throws {
        let directory = try Self.directory()
        directory.file("templates/Not_An_Id.reply", "x")
        directory.file("templates/notes.txt", "x")
        #expect(CatalogFiles.templateIDs(directory: directory.root) == ["apology/damaged-item", "broken", "follow-up/check-in"])
        #expect(
            CatalogFiles.templateIDs(
                files: Self.files.merging(["./templates/zeta.reply": "", "templates/x.md": ""]) { a, _ in a })
                == ["apology/damaged-item", "broken", "follow-up/check-in", "zeta"])
    }
}
