import CatalogFiles
import ReplyKit
import Testing

/// The starter catalog built into the library (by the EmbedStarterCatalog plugin, at build time)
/// is the repository's catalog: the same files, byte for byte, and the same replies.
@Suite struct StarterCatalogTests {
    static let repository = GoldenTests.repository

    /// Every file the catalog tools read, found by walking the repository with the catalog's own
    /// reader: the manifest, every `.reply` under templates/ and locales/, every tone pack, every
    /// channel pack and every example case.
    static var repositoryFiles: [String: String] {
        var reader = DirectoryReader(root: repository)
        var paths = ["replykit.yaml"]
        paths += reader.files(under: "templates", suffix: ".reply")
        paths += reader.files(under: "locales", suffix: ".reply")
        paths += reader.files(under: "locales", suffix: ".yaml")
        paths += reader.files(under: "channels", suffix: ".yaml", recursive: false)
        paths += reader.files(under: "examples/cases", suffix: ".json", recursive: false)
        var files: [String: String] = [:]
        for path in paths { files[path] = reader.read(path) }
        return files
    }

    @Test func embedsEveryCatalogFileByteForByte() {
        let embedded = ReplyCatalog.starterFiles
        let files = Self.repositoryFiles
        // replykit.yaml, 34 templates, 238 translations, 8 tone packs, 5 channel packs, 34 example cases
        #expect(files.count == 320)
        #expect(embedded.keys.sorted() == files.keys.sorted())
        for (path, text) in files {
            #expect(embedded[path].map { Array($0.utf8) } == Array(text.utf8), "\(path) differs from the embedded copy")
        }
        #expect(embedded["locales/de/tone.yaml"]?.contains("Sie") == true)
        #expect(embedded["replykit.yaml"]?.contains("source-locale: en") == true)
    }

    /// The channel ids the loader knows without a pack file (CatalogFiles sits below the embedded
    /// catalog, so it cannot read them from it) are exactly the packs the catalog ships.
    @Test func theShippedChannelIdsAreTheShippedPacks() {
        let packs = ReplyCatalog.starterFiles.keys.compactMap(ChannelPack.channel(ofPath:)).sorted()
        #expect(ChannelPack.shippedChannels == packs)
    }

    @Test func loadsWithTheRepositorysTemplatesAndLocales() throws {
        let starter = try ReplyCatalog.starter()
        let repository = try ReplyCatalog(directory: Self.repository)
        #expect(starter.templateIDs.count == 34)
        #expect(starter.templateIDs == repository.templateIDs)
        #expect(
            starter.locales.map(\.identifier) == ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"])
    }

    /// Every template's example case, in every locale and format, renders from the built-in
    /// catalog exactly as from the files.
    @Test(arguments: ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"])
    func rendersAsTheRepositorysFilesDo(locale: String) throws {
        let starter = try ReplyCatalog.starter()
        let repository = try ReplyCatalog(directory: Self.repository)
        for id in repository.templateIDs {
            let caseJSON = try #require(
                TextFile.read("\(Self.repository)/examples/cases/\(id.replacingSlash()).json"), "no example case for \(id)")
            for format in RenderOptions.Format.allCases {
                let options = RenderOptions(format: format, strict: true)
                let built = try starter.render(id, locale: locale, caseJSON: caseJSON, options: options)
                let files = try repository.render(id, locale: locale, caseJSON: caseJSON, options: options)
                #expect(built.subject == files.subject, "\(id) in \(locale), \(format)")
                #expect(built.body == files.body, "\(id) in \(locale), \(format)")
            }
        }
    }

    @Test func theGermanDamagedItemSubject() throws {
        let caseJSON = try #require(TextFile.read("\(Self.repository)/examples/cases/apology-damaged-item.json"))
        let reply = try ReplyCatalog.starter(templates: ["apology/damaged-item"]).render(
            "apology/damaged-item", locale: "de", caseJSON: caseJSON)
        #expect(reply.subject == "Ihre Bestellung EU-2026-418837 ist beschädigt angekommen – das tut uns leid")
    }

    /// Asked for a template it does not have, a catalog loaded for some templates suggests among all.
    @Test func aCatalogForSomeTemplatesSuggestsTheOthers() throws {
        let partial = try ReplyCatalog.starter(templates: ["apology/damaged-item", "remedy/full-refnd"])
        #expect(partial.templateIDs == ["apology/damaged-item"])
        #expect(partial.suggestions(for: "remedy/full-refnd") == ["remedy/full-refund"])
    }
}
