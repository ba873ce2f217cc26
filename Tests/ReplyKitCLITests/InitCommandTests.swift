import CatalogFiles
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `replykit init`: a new catalog that renders, lints clean but for its untranslated blocks, and
/// carries the shipped tone packs; and every refusal, which writes nothing.
@Suite struct InitCommandTests {
    static let repository = RenderCommandTests.repository

    /// A new, empty temporary directory.
    static func temporaryDirectory() -> String {
        var template = Array("/tmp/replykit-init-test-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    static func remove(_ directory: String) {
        _ = ReplyKitBinary.run(["-rf", directory], executable: "/bin/rm")
    }

    /// Every file under `directory`, relative to it, sorted.
    static func files(_ directory: String) -> [String] {
        let found = ReplyKitBinary.run([directory, "-type", "f"], executable: "/usr/bin/find")
        return found.stdout.split(separator: "\n").map { String($0.dropFirst(directory.count + 1)) }.sorted()
    }

    @Test func initThenLintListsExactlyTheUntranslatedBlocks() {
        let parent = Self.temporaryDirectory()
        defer { Self.remove(parent) }
        let made = ReplyKitBinary.run(["init", "shop", "--locales", "de,ko"], directory: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(
            made.stderr
                == "note: no tone pack ships for 'ko', so 'replykit lint' checks no tone rules on its text; docs/tone-packs.md shows how to write locales/ko/tone.yaml\n"
        )
        #expect(made.stdout.hasPrefix("Created a catalog in shop:\n  replykit.yaml "))
        #expect(made.stdout.contains("\n  replykit lint --catalog shop "))
        #expect(
            Self.files(parent + "/shop") == [
                "channels/amazon.yaml",
                "channels/ebay.yaml",
                "channels/google-business.yaml",
                "channels/google-play.yaml",
                "channels/sms.yaml",
                "examples/cases/acknowledgement-message-received.json",
                "locales/de/acknowledgement/message-received.reply",
                "locales/de/tone.yaml",
                "locales/en/tone.yaml",
                "locales/ko/acknowledgement/message-received.reply",
                "replykit.yaml",
                "templates/acknowledgement/message-received.reply",
            ])
        #expect(TextFile.read(parent + "/shop/replykit.yaml") == "source-locale: en\ntarget-locales: [de, ko]\n")
        #expect(TextFile.read(parent + "/shop/locales/de/acknowledgement/message-received.reply") == "")
        #expect(TextFile.read(parent + "/shop/locales/de/tone.yaml") == TextFile.read(Self.repository + "/locales/de/tone.yaml"))
        #expect(TextFile.read(parent + "/shop/locales/en/tone.yaml") == TextFile.read(Self.repository + "/locales/en/tone.yaml"))
        #expect(TextFile.read(parent + "/shop/channels/amazon.yaml") == TextFile.read(Self.repository + "/channels/amazon.yaml"))

        let lint = ReplyKitBinary.run(["lint", "--catalog", "shop"], directory: parent)
        #expect(lint.status == 0, "\(lint.stdout)")
        let findings = lint.stdout.split(separator: "\n").filter { $0.contains(": warning: ") || $0.contains(": error: ") }
        var expected: [String] = []
        for locale in ["de", "ko"] {
            for block in ["closing", "greeting", "greeting-anonymous", "next-step", "received", "subject"] {
                expected.append(
                    "shop/locales/\(locale)/acknowledgement/message-received.reply:1:1: warning: block '\(block)' of acknowledgement/message-received has no '\(locale)' translation [missing-translation]"
                )
            }
        }
        #expect(findings.map(String.init) == expected)
        #expect(lint.stdout.hasSuffix("0 errors, 12 warnings in 2 files\n"))
        // Each one's fix names the stamp the translated block takes.
        #expect(lint.stdout.contains("fix: add '[subject] @2469f5fe' and its translation at the end of the file"))
    }

    @Test func theExampleRendersStrictlyInTheSourceAndFallsBackElsewhere() {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        #expect(ReplyKitBinary.run(["init", "--locales", "fr"], directory: directory).status == 0)
        let render = ReplyKitBinary.run(
            [
                "render", "acknowledgement/message-received", "--locale", "en", "--strict", "--case",
                "examples/cases/acknowledgement-message-received.json",
            ], directory: directory)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(
            render.stdout == """
                Subject: We have received your message (ticket CS-2026-104512)

                Dear Maria Lopez,

                Thank you for getting in touch. Your message has reached us, and we have logged it under ticket number CS-2026-104512.

                A member of our team will get back to you within 24 hours. If there is anything you would like to add in the meantime, simply reply to this message.

                Kind regards,
                The Customer Service Team

                """)
        let french = ReplyKitBinary.run(
            [
                "render", "acknowledgement/message-received", "--locale", "fr", "--strict", "--case",
                "examples/cases/acknowledgement-message-received.json",
            ], directory: directory)
        #expect(french.status == 1)
    }

    /// A region's tag takes its language's pack; a language with none gets none.
    @Test func aRegionTakesItsLanguagesPack() {
        let parent = Self.temporaryDirectory()
        defer { Self.remove(parent) }
        let made = ReplyKitBinary.run(["init", "c", "--locales", "de-AT"], directory: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.isEmpty)
        #expect(made.stdout.contains("  locales/de/tone.yaml  "))
        #expect(made.stdout.contains("tone pack for de, which serves de-AT\n"))
        #expect(
            Self.files(parent + "/c").filter { $0.hasSuffix("tone.yaml") } == ["locales/de/tone.yaml", "locales/en/tone.yaml"])
    }

    @Test(arguments: [
        (
            ["--locales", "de,en"],
            "error: --locales names the source locale 'en'; the templates are written in it, so remove it from --locales\n"
        ),
        (
            ["--source", "de", "--locales", "fr,de"],
            "error: --locales names the source locale 'de'; the templates are written in it, so remove it from --locales\n"
        ),
        (["--locales", "de,fr,de"], "error: --locales names 'de' twice; name each locale once\n"),
        (
            ["--locales", "de_AT"],
            "error: --locales: 'de_AT' is not a BCP 47 locale tag; write one such as 'de', 'de-AT' or 'zh-Hans'\n"
        ),
        (
            ["--locales", "de,,fr"],
            "error: --locales 'de,,fr' has an empty entry; separate tags with single commas, as in 'de,fr,ja'\n"
        ),
        (
            ["--source", "english"],
            "error: --source 'english' is not a BCP 47 locale tag; write one such as 'en', 'de' or 'pt-BR'\n"
        ),
    ])
    func badLocalesAreRefusedAndNothingIsWritten(arguments: [String], message: String) {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        let result = ReplyKitBinary.run(["init"] + arguments, directory: directory)
        #expect(result.status == 2)
        #expect(result.stderr == message)
        #expect(Self.files(directory).isEmpty)
    }

    @Test func aDirectoryWithACatalogIsRefused() {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        #expect(ReplyKitBinary.run(["init", "c"], directory: directory).status == 0)
        let before = Self.files(directory + "/c")
        let again = ReplyKitBinary.run(["init", "c", "--locales", "de"], directory: directory)
        #expect(again.status == 2)
        #expect(
            again.stderr
                == "error: 'c' already holds a catalog (c/replykit.yaml); add templates to it with 'replykit new', or choose another directory\n"
        )
        #expect(Self.files(directory + "/c") == before)
    }

    @Test func aFileInitWouldWriteIsNeverOverwritten() {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        _ = ReplyKitBinary.run(["-p", directory + "/examples/cases"], executable: "/bin/mkdir")
        let mine = directory + "/examples/cases/acknowledgement-message-received.json"
        _ = ReplyKitBinary.run(["-c", "printf mine > \"$0\"", mine], executable: "/bin/sh")
        let result = ReplyKitBinary.run(["init"], directory: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: '.' already has 'examples/cases/acknowledgement-message-received.json', which init would write; nothing was written. Move it away or choose another directory\n"
        )
        #expect(Self.files(directory) == ["examples/cases/acknowledgement-message-received.json"])
        #expect(TextFile.read(mine) == "mine")
    }
}
