import ExactJSON
import Testing

@testable import ReplyKitCLI

#if canImport(Glibc)
    import Glibc
#endif

/// `replykit stale` as a translator and CI run it: what changed in each stale block's source,
/// from the catalog's git history when there is one.
@Suite struct StaleCommandTests {
    static let manifest = "source-locale: en\ntarget-locales: [pl]\n"
    static let header = """
        ---
        kind: apology
        channels: [email]
        summary: Late parcel.
        inputs:
          order.id: string
        ---

        """
    /// The template as the Polish translation was made from it.
    static let oldTemplate =
        header + """
            [subject]
            Your order {$order.id} is late

            [body]
            We are sorry that your parcel is late.

            [closing]
            Kind regards

            """
    /// The template after the author changed the body.
    static let newTemplate = oldTemplate.replacing(
        "We are sorry that your parcel is late.", with: "We are very sorry that your parcel is 3 days late.")
    /// Subject and body stamped against the old template; the closing never stamped.
    static let polish = """
        [subject] @63325940
        Zamówienie {$order.id} jest opóźnione

        [body] @e07c99f0
        Przepraszamy, że paczka się spóźnia.

        [closing]
        Z poważaniem

        """

    static func catalog(template: String) -> String {
        LintCommandTests.catalog([
            "replykit.yaml": manifest, "templates/delay/late.reply": template, "locales/pl/delay/late.reply": polish,
        ])
    }

    /// The environment for the command: the test's own PATH, so that it finds the same git.
    static var environment: [String: String] {
        ["PATH": getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"]
    }

    /// Runs git in `directory` through the command line's own spawn helper; the commit's hash.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        let identity = ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]
        let output = try Git.run(identity + arguments, in: directory, limit: 1 << 20).get()
        try #require(output.status == 0, "git \(arguments) failed")
        return String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    static func write(_ text: String, to path: String) {
        let file = fopen(path, "wb")!
        fputs(text, file)
        fclose(file)
    }

    /// In a git repository, the stamped text is found in the template's history and the change
    /// shown word by word; a block without a stamp shows the source as it is.
    @Test func inAGitRepositoryAWordDiffSinceTheStampedVersion() throws {
        let directory = Self.catalog(template: Self.oldTemplate)
        try Self.git(["init", "-q"], in: directory)
        try Self.git(["add", "."], in: directory)
        try Self.git(["commit", "-q", "--no-verify", "-m", "Polish translation"], in: directory)
        let stamped = try Self.git(["rev-parse", "HEAD"], in: directory)
        Self.write(Self.newTemplate, to: directory + "/templates/delay/late.reply")
        try Self.git(["commit", "-q", "--no-verify", "-am", "Say how late"], in: directory)

        let result = ReplyKitBinary.run(["stale", "--catalog", directory], environment: Self.environment)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                \(directory)/locales/pl/delay/late.reply:4:8: block 'body' is stale: stamped @e07c99f0, but the source block (\(directory)/templates/delay/late.reply:11) is now @64214cba
                  what changed in the source since commit \(stamped.prefix(12)):
                    We are {+very+} sorry that your parcel is {+3 days+} late.

                \(directory)/locales/pl/delay/late.reply:7:10: block 'closing' has no valid stamp saying which version of the source block (\(directory)/templates/delay/late.reply:14) it translates (now @4a18631e)
                  no diff: the block has no valid stamp, so there is no earlier source text to compare with; the source now reads:
                    Kind regards

                2 stale blocks in 1 file. Bring each translation up to date with its source, then record that it was reviewed:
                  replykit stamp \(directory)/locales/pl/delay/late.reply --block body --block closing --catalog \(directory)

                """)
    }

    /// A source edited but not committed yet is compared as it is in the work tree; a stamp no
    /// commit has is said so.
    @Test func uncommittedSourceAndAStampNoCommitHas() throws {
        let directory = Self.catalog(template: Self.oldTemplate)
        Self.write(Self.polish.replacing("@63325940", with: "@0123abcd"), to: directory + "/locales/pl/delay/late.reply")
        try Self.git(["init", "-q"], in: directory)
        try Self.git(["add", "."], in: directory)
        try Self.git(["commit", "-q", "--no-verify", "-m", "First"], in: directory)
        Self.write(Self.newTemplate, to: directory + "/templates/delay/late.reply")

        let result = ReplyKitBinary.run(
            ["stale", "--catalog", directory, "--format", "json"], environment: Self.environment)
        #expect(result.status == 1)
        let json = try JSON.parse(result.stdout)
        guard case .array(let stale)? = json["stale"] else {
            Issue.record("no stale array in \(result.stdout)")
            return
        }
        #expect(stale.map { $0["block"] } == [.string("subject"), .string("body"), .string("closing")])
        #expect(stale[0]["stamp"] == .string("0123abcd"))
        #expect(stale[0]["current"] == .string("63325940"))
        #expect(stale[0]["previous"] == .null)
        #expect(
            stale[0]["noDiffReason"]
                == .string("no commit of templates/delay/late.reply has the source text stamped @0123abcd (1 commit searched)"))
        #expect(stale[1]["previous"]?["text"] == .string("We are sorry that your parcel is late."))
        #expect(stale[1]["source"] == .string("We are very sorry that your parcel is 3 days late."))
        #expect(stale[1]["line"] == .number("4"))
        #expect(stale[1]["column"] == .number("8"))
        #expect(
            stale[1]["diff"]
                == .array([
                    .object([("kind", .string("same")), ("text", .string("We are "))]),
                    .object([("kind", .string("added")), ("text", .string("very"))]),
                    .object([("kind", .string("same")), ("text", .string(" sorry that your parcel is "))]),
                    .object([("kind", .string("added")), ("text", .string("3 days"))]),
                    .object([("kind", .string("same")), ("text", .string(" late."))]),
                ]))
        #expect(
            stale[2]["noDiffReason"]
                == .string("the block has no valid stamp, so there is no earlier source text to compare with"))
    }

    /// Outside git, the current source is shown with the reason there is no diff.
    @Test func withoutGitTheCurrentSource() {
        let directory = Self.catalog(template: Self.newTemplate)
        let result = ReplyKitBinary.run(["stale", "--catalog", directory], environment: Self.environment)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                """
                  no diff: the catalog is not in a git repository; the source now reads:
                    We are very sorry that your parcel is 3 days late.
                """))
    }

    /// No git on PATH is "no history", not a failure.
    @Test func gitNotInstalled() {
        let directory = Self.catalog(template: Self.newTemplate)
        let result = ReplyKitBinary.run(["stale", "--catalog", directory], environment: ["PATH": directory])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "  no diff: git is not installed (no 'git' on PATH), so the catalog's history cannot be read; the source now reads:\n"
            ))
    }

    @Test func nothingStaleExitsZero() {
        let directory = LintCommandTests.catalog([
            "replykit.yaml": Self.manifest, "templates/delay/late.reply": Self.oldTemplate,
            "locales/pl/delay/late.reply": Self.polish.replacing("[closing]", with: "[closing] @4a18631e"),
        ])
        let result = ReplyKitBinary.run(["stale", "--catalog", directory], environment: Self.environment)
        #expect(result.status == 0)
        #expect(result.stdout == "no stale blocks\n")
        #expect(result.stderr == "")
    }

    /// The shipped catalog is up to date in every locale.
    @Test func theShippedCatalogHasNoStaleBlocks() {
        let result = ReplyKitBinary.run(["stale", "--catalog", RenderCommandTests.repository], environment: Self.environment)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func localeUsageErrors() {
        let directory = Self.catalog(template: Self.newTemplate)
        let source = ReplyKitBinary.run(["stale", "--catalog", directory, "--locale", "en"])
        #expect(source.status == 2)
        #expect(
            source.stderr
                == "error: --locale 'en' is the source locale: its text lives in templates/ and has no stamps; name a target locale (pl)\n"
        )
        let unknown = ReplyKitBinary.run(["stale", "--catalog", directory, "--locale", "pl-PL"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--locale 'pl-PL' matches no locale of the catalog (did you mean 'pl'?)"))
        let matching = ReplyKitBinary.run(["stale", "--catalog", directory, "--locale", "PL"])
        #expect(matching.status == 1)
    }
}
