import CatalogFiles
import ReplyKit
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shipped catalog rendered for every template × locale from its example case, as text,
/// Markdown and HTML, compared with files in Golden/ that a person has read. Strict mode: no fallback, no
/// stale translation, no block left out.
///
/// After an intended change, regenerate and review the diff:
///     REPLYKIT_UPDATE_GOLDEN=1 swift test --filter GoldenTests
@Suite struct GoldenTests {
    static let repository: String = {
        let here = #filePath
        var path = String(here[..<here.lastIndex(of: "/")!])
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static let catalog: ReplyCatalog? = try? ReplyCatalog(directory: repository)

    struct Case: Sendable, CustomTestStringConvertible {
        let template: String
        let locale: String
        let format: RenderOptions.Format
        var example: String { template.replacingSlash() + ".json" }
        var golden: String { "\(template.replacingSlash()).\(locale).\(fileExtension)" }
        var fileExtension: String {
            switch format {
            case .text: "txt"
            case .markdown: "md"
            case .html: "html"
            }
        }
        var testDescription: String { golden }
    }

    static let cases: [Case] = [
        "apology/damaged-item", "remedy/full-refund", "review-response/negative-review", "follow-up/review-invitation",
    ].flatMap { template in
        ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"].flatMap { locale in
            RenderOptions.Format.allCases.map { Case(template: template, locale: locale, format: $0) }
        }
    }

    @Test func theShippedCatalogLoads() throws {
        _ = try ReplyCatalog(directory: Self.repository)
    }

    @Test(arguments: cases)
    func matchesGolden(_ test: Case) throws {
        let catalog = try #require(Self.catalog)
        let caseJSON = try #require(TextFile.read("\(Self.repository)/examples/cases/\(test.example)"))
        let reply = try catalog.render(
            test.template, locale: test.locale, caseJSON: caseJSON,
            options: RenderOptions(format: test.format, strict: true))
        let output = (reply.subject.map { "Subject: \($0)\n\n" } ?? "") + reply.body + "\n"
        let path = "\(Self.repository)/Tests/ReplyKitTests/Golden/\(test.golden)"
        if getenv("REPLYKIT_UPDATE_GOLDEN") != nil {
            Files.write(path, output)
            return
        }
        let expected = try #require(TextFile.read(path), "missing \(path); run with REPLYKIT_UPDATE_GOLDEN=1")
        #expect(output == expected)
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

extension String {
    func replacingSlash() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}

/// Writing golden files without Foundation (whose bundled ICU headers clash with the system ICU).
enum Files {
    static func write(_ path: String, _ text: String) {
        guard let file = fopen(path, "wb") else { return }
        defer { fclose(file) }
        _ = text.withCString { fputs($0, file) }
    }
}
