import CatalogFiles
import ReplyKit
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shipped catalog rendered from each template's example case in every locale, compared with
/// files in Golden/ that a person has read: one file per template as text
/// (`Golden/apology/damaged-item.txt`, every locale in turn), and as Markdown and HTML
/// (`….md`, `….html`) for the templates that exercise the markup paths. Strict mode: no
/// fallback, no stale translation, no block left out. The templates are found under
/// `templates/`, so a new template fails here until its golden file is written.
///
/// After an intended change, regenerate every file, then read the diff:
///     REPLYKIT_UPDATE_GOLDEN=1 swift test --filter GoldenTests
@Suite struct GoldenTests {
    static let repository: String = {
        let here = #filePath
        var path = String(here[..<here.lastIndex(of: "/")!])
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static let catalog: ReplyCatalog? = try? ReplyCatalog(directory: repository)

    static let locales = ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"]

    /// The golden files' directory, relative to the repository.
    static let goldenDirectory = "Tests/ReplyKitTests/Golden"

    /// The templates also kept as Markdown and HTML: between them bold text, a link, line breaks in
    /// the closing, Arabic isolation in tags, and a reply without a subject.
    static let markupTemplates: Set = [
        "apology/damaged-item", "remedy/full-refund", "review-response/negative-review", "follow-up/review-invitation",
    ]

    static var updating: Bool { getenv("REPLYKIT_UPDATE_GOLDEN") != nil }

    /// The golden files that the templates under `root/templates` need, in the order of their ids.
    static func goldenFiles(root: String) -> [GoldenFile] {
        CatalogFiles.templateIDs(directory: root).flatMap { id in
            let formats = markupTemplates.contains(id) ? RenderOptions.Format.allCases : [.text]
            return formats.map { GoldenFile(template: id, format: $0) }
        }
    }

    /// What is wrong with `golden` under `root`, given what its template renders now; nil when the
    /// file holds exactly that.
    static func problem(_ golden: GoldenFile, rendered: String, root: String) -> String? {
        let name = "\(goldenDirectory)/\(golden.path)"
        guard let expected = TextFile.read("\(root)/\(name)") else {
            return "\(name) is missing: write it with \(GoldenFile.regenerate), then read it in full"
        }
        guard let difference = GoldenFile.firstDifference(golden: expected, rendered: rendered) else { return nil }
        return """
            \(name) differs from what \(golden.template) renders now, first at \(difference)
            If the change is intended, regenerate with \(GoldenFile.regenerate) and read the diff.
            """
    }

    @Test func theShippedCatalogLoads() throws {
        _ = try ReplyCatalog(directory: Self.repository)
    }

    @Test(arguments: goldenFiles(root: repository))
    func matchesGolden(_ golden: GoldenFile) throws {
        let catalog = try #require(Self.catalog)
        let caseJSON = try #require(
            TextFile.read("\(Self.repository)/\(golden.example)"),
            "\(golden.template) has no example case: write \(golden.example)")
        let rendered = try golden.render(catalog, caseJSON: caseJSON, locales: Self.locales)
        if Self.updating {
            let path = "\(Self.repository)/\(Self.goldenDirectory)/\(golden.path)"
            #expect(GoldenFile.write(rendered, to: path), "cannot write \(path)")
        } else if let problem = Self.problem(golden, rendered: rendered, root: Self.repository) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    /// Every file in Golden/ belongs to a template: one left behind by a renamed or removed
    /// template fails (regenerating deletes it).
    @Test func everyGoldenFileHasATemplate() {
        var reader = DirectoryReader(root: "\(Self.repository)/Tests/ReplyKitTests")
        let needed = Set(Self.goldenFiles(root: Self.repository).map { "Golden/\($0.path)" })
        for path in reader.files(under: "Golden", suffix: "") where !needed.contains(path) {
            let absolute = "\(Self.repository)/Tests/ReplyKitTests/\(path)"
            if Self.updating {
                #expect(unlink(absolute) == 0, "cannot delete \(absolute)")
            } else {
                Issue.record(
                    "Tests/ReplyKitTests/\(path) belongs to no template: delete it, or regenerate with \(GoldenFile.regenerate)")
            }
        }
    }

    /// Every template of the shipped catalog renders its example case strictly in every locale:
    /// no fallback, no stale translation, no block left out.
    @Test(arguments: ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"])
    func everyExampleRendersStrictly(locale: String) throws {
        let catalog = try #require(Self.catalog)
        for id in catalog.templateIDs {
            let caseJSON = try #require(
                TextFile.read("\(Self.repository)/examples/cases/\(id.replacingSlash()).json"), "no example case for \(id)")
            for format in RenderOptions.Format.allCases {
                let reply = try catalog.render(
                    id, locale: locale, caseJSON: caseJSON, options: RenderOptions(format: format, strict: true))
                #expect(!reply.body.isEmpty, "\(id) in \(locale)")
            }
        }
    }

    /// Review responses are public: Google Play cuts replies at 350 characters.
    @Test(arguments: ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"])
    func reviewResponsesFitGooglePlay(locale: String) throws {
        let catalog = try #require(Self.catalog)
        for issue in ["damaged", "late", "wrong-item", "service"] {
            for fixed in [true, false] {
                let reply = try catalog.render(
                    "review-response/negative-review", locale: locale,
                    caseJSON: #"{"issue": "\#(issue)", "fixed": \#(fixed)}"#)
                #expect(reply.body.count <= 350, "\(locale) \(issue) fixed=\(fixed): \(reply.body.count) characters")
            }
        }
    }
}
