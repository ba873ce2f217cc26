import CatalogFiles
import ReplyKit
import Testing

/// A catalog checked out with CR LF (or CR, or a mix) renders exactly as with LF, and no CR
/// reaches the output.
@Suite struct LineEndingRenderTests {
    /// The shipped catalog's manifest, templates, translations, with `ending` for every line end.
    static func catalog(ending: String) throws -> ReplyCatalog {
        let root = GoldenTests.repository
        let files = try #require(CatalogFiles.load(directory: root).0)
        var paths = ["replykit.yaml"] + files.templates.map(\.file) + files.channelPacks.map { "channels/\($0).yaml" }
        for (_, translations) in files.translations { paths += translations.map(\.file) }
        var texts: [String: String] = [:]
        for path in paths {
            let text = try #require(TextFile.read("\(root)/\(path)"), "\(path)")
            var converted = ""
            var count = 0
            for scalar in text.unicodeScalars {
                guard scalar == "\n" else {
                    converted.unicodeScalars.append(scalar)
                    continue
                }
                converted += ending == "mixed" ? ["\r\n", "\n", "\r"][count % 3] : ending
                count += 1
            }
            texts[path] = converted
        }
        return try ReplyCatalog(files: texts)
    }

    @Test(arguments: ["\r\n", "\r", "mixed"])
    func everyExampleRendersTheSame(_ ending: String) throws {
        let lf = try #require(GoldenTests.catalog)
        let converted = try Self.catalog(ending: ending)
        #expect(converted.templateIDs == lf.templateIDs)
        for id in lf.templateIDs {
            let caseJSON = try #require(TextFile.read("\(GoldenTests.repository)/examples/cases/\(id.replacingSlash()).json"))
            for locale in ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"] {
                for format in [RenderOptions.Format.text, .html] {
                    // Strict: a stale translation (a stamp that hashed a CR) is an error.
                    let options = RenderOptions(format: format, strict: true)
                    let reply = try converted.render(id, locale: locale, caseJSON: caseJSON, options: options)
                    let expected = try lf.render(id, locale: locale, caseJSON: caseJSON, options: options)
                    #expect(reply.subject == expected.subject, "\(id) \(locale)")
                    #expect(reply.body == expected.body, "\(id) \(locale)")
                    #expect(!reply.body.unicodeScalars.contains("\r"), "\(id) \(locale)")
                }
            }
        }
    }
}
