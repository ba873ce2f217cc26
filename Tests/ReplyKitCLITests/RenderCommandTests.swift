import CatalogFiles
import ExactJSON
import Testing

/// `replykit render`, `list` and `inputs` as a user runs them.
@Suite struct RenderCommandTests {
    static let repository: String = {
        let here = #filePath
        var path = String(here[..<here.lastIndex(of: "/")!])
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static var example: String { repository + "/examples/cases/apology-damaged-item.json" }

    @Test func rendersGermanFromTheRepositoryCatalog() {
        let result = ReplyKitBinary.run([
            "render", "apology/damaged-item", "--locale", "de", "--case", Self.example, "--catalog", Self.repository,
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "Subject: Ihre Bestellung EU-2026-418837 ist beschädigt angekommen – das tut uns leid\n\nGuten Tag Anna Kowalski,\n"
            ))
        #expect(result.stdout.contains("Wir haben Ihnen 129,90\u{A0}€ über Ihre ursprüngliche Zahlungsart erstattet."))
        #expect(result.stderr.isEmpty)
    }

    /// With no catalog in the current directory, the starter catalog built into the binary serves.
    @Test func theBuiltInCatalogServesFromAnywhere() {
        let result = ReplyKitBinary.run(
            ["render", "remedy/full-refund", "--locale", "ja", "--case", "-"],
            stdin: #"{"order": {"id": "JP-1"}, "refund": {"amount": "5000", "currency": "JPY", "days": 2, "method": "card"}}"#,
            directory: "/")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("￥5,000"))
    }

    @Test func jsonOutputNamesEachBlocksLocale() throws {
        let result = ReplyKitBinary.run([
            "render", "apology/damaged-item", "--locale", "it", "--case", Self.example,
            "--catalog", Self.repository, "--format", "json",
        ])
        #expect(result.status == 0)
        let json = try JSON.parse(result.stdout)
        #expect(json["locale"] == .string("en"))
        guard case .array(let fallbacks)? = json["fallbacks"] else {
            Issue.record("no fallbacks")
            return
        }
        #expect(fallbacks.count == 7)
        #expect(fallbacks.first?["wanted"] == .string("it"))
    }

    @Test func jsonOutputGivesTextAndFormattingLocalesAndTypedWarnings() throws {
        let result = ReplyKitBinary.run(
            [
                "render", "apology/damaged-item", "--locale", "de-CH", "--case", "-", "--catalog", Self.repository,
                "--format", "json",
            ], stdin: try #require(TextFile.read(Self.example)).replacing("Anna Kowalski", with: "Anna\\u0007"))
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSON.parse(result.stdout)
        #expect(json["locale"] == .string("de"))
        #expect(json["formattingLocale"] == .string("de-CH"))
        guard case .array(let blocks)? = json["blocks"], case .array(let warnings)? = json["warnings"] else {
            Issue.record("no blocks or warnings")
            return
        }
        #expect(blocks.first?["locale"] == .string("de"))
        #expect(blocks.first?["formattingLocale"] == .string("de-CH"))
        #expect(blocks.first?["template"] == .string("apology/damaged-item"))
        #expect(warnings.count == 1)
        #expect(warnings.first?["kind"] == .string("removed-control-characters"))
        #expect(warnings.first?["path"] == .string("customer.name"))
        #expect(warnings.first?["block"] == .null)
    }

    @Test func htmlOutputIsADocumentWithTheSubjectEscapedOnce() throws {
        let hostile = try #require(TextFile.read(Self.example)).replacing(
            "EU-2026-418837", with: "</title><script>alert(1)</script>&amp;")
        let result = ReplyKitBinary.run(
            [
                "render", "apology/damaged-item", "--locale", "en", "--case", "-", "--catalog", Self.repository,
                "--format", "html",
            ], stdin: hostile)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(
            result.stdout.contains(
                "<title>Your order &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp; arrived damaged: our apologies</title>"
            ))
        #expect(!result.stdout.contains("<script>"))
        #expect(result.stdout.contains("<body>\n<div lang=\"en\" dir=\"ltr\">\n<p>Dear Anna Kowalski,</p>"))
        #expect(result.stdout.hasSuffix("</div>\n</body>\n</html>\n"))
    }

    static var invitation: String { repository + "/examples/cases/follow-up-review-invitation.json" }

    @Test func textGivesALinksAddress() {
        let result = ReplyKitBinary.run([
            "render", "follow-up/review-invitation", "--locale", "de", "--case", Self.invitation, "--catalog", Self.repository,
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "können Sie auf unserer Bewertungsseite (https://www.example-reviews.eu/review/nordlicht-home) eine Bewertung schreiben."
            ))
        #expect(result.stderr.isEmpty)
    }

    @Test func markdownOutput() {
        let result = ReplyKitBinary.run([
            "render", "follow-up/review-invitation", "--locale", "en", "--case", Self.invitation,
            "--catalog", Self.repository, "--format", "markdown",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Subject: Would you like to share your experience with Nordlicht Home?\n\nDear Pieter"))
        #expect(
            result.stdout.contains(
                "you can write a review [on our review page](https://www.example-reviews.eu/review/nordlicht-home). We read"))
        #expect(result.stdout.hasSuffix("Kind regards,\\\nThe Customer Service Team\n"))
    }

    @Test func helpListsEveryFormat() {
        let result = ReplyKitBinary.run(["render", "--help"])
        #expect(result.stdout.contains("text, markdown, html, or json"), "\(result.stdout)")
    }

    @Test func strictModeFailsOnFallback() {
        let result = ReplyKitBinary.run([
            "render", "apology/damaged-item", "--locale", "it", "--case", Self.example,
            "--catalog", Self.repository, "--strict",
        ])
        #expect(result.status == 1)
        // One line for the template, not one per block.
        #expect(
            result.stderr.contains(
                "apology/damaged-item: blocks 'subject', 'greeting', 'apology', 'acknowledgement', 'remedy-refund', 'next-step', 'closing' have no it text; used en"
            ))
        #expect(result.stderr.split(separator: "\n").count == 2)
    }

    @Test(arguments: [
        (["render", "apology/damaged-itme", "--locale", "de", "--case", "x.json"], 2, "did you mean 'apology/damaged-item'?"),
        (["render", "../../etc/passwd", "--locale", "de", "--case", "x.json"], 2, "unknown template '../../etc/passwd'"),
        (
            ["render", "apology/damaged-item", "--locale", "de", "--case", "/no/such/file.json"], 2,
            "the case file: cannot read '/no/such/file.json': No such file or directory"
        ),
        // A case file that never ends is refused at the limit instead of filling memory.
        (
            ["render", "apology/damaged-item", "--locale", "de", "--case", "/dev/zero"], 2,
            "the case file: '/dev/zero' is larger than 64 MiB; nothing was read from it"
        ),
        (["serve", "--token-file", "/dev/zero"], 2, "the token file: '/dev/zero' is larger than 64 KiB"),
        (["serve", "--token-file", "/"], 2, "the token file: cannot read '/': Is a directory"),
        (["render", "apology/damaged-item", "--locale", "d e", "--case", "-"], 2, "is not a BCP 47 locale tag"),
        (["render", "apology/damaged-item", "--locale", "de"], 2, "Missing expected argument '--case <case>'"),
        (["inputs", "remedy/ful-refund"], 2, "did you mean 'remedy/full-refund'?"),
        (["list", "--catalog", "/tmp"], 2, "no catalog at '/tmp'"),
    ])
    func usageErrors(arguments: [String], status: Int32, message: String) {
        let result = ReplyKitBinary.run(
            arguments + ["--catalog", Self.repository].filter { _ in !arguments.contains("--catalog") })
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func caseDataProblemsAreListedWithPaths() {
        let result = ReplyKitBinary.run(
            ["render", "apology/damaged-item", "--locale", "de", "--case", "-", "--catalog", Self.repository],
            stdin: #"{"order": {"id": 7, "items": []}, "delivered": "yesterday", "remedy": "refunded"}"#)
        #expect(result.status == 1)
        #expect(result.stderr.contains("order.id: expected string, found the number 7"))
        #expect(result.stderr.contains("delivered: expected date (ISO 8601, such as 2026-11-22), found a string \"yesterday\""))
        #expect(
            result.stderr.contains("remedy: expected one of refund, replacement, partial-refund, found a string \"refunded\""))
    }

    @Test func listShowsCoverage() {
        let result = ReplyKitBinary.run(["list", "--catalog", Self.repository])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("TEMPLATE") == true)
        // Fully translated into all seven target locales.
        #expect(
            lines.contains { $0.hasPrefix("apology/damaged-item") && $0.split(separator: " ").filter { $0 == "100%" }.count == 7 }
        )
    }
}
