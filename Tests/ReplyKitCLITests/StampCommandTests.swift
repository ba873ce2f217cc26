import CatalogFiles
import Testing

@testable import ReplyKitCLI

#if canImport(Glibc)
    import Glibc
#endif

/// `replykit stamp`: only the stamps change, atomically, and only in a translation of the catalog.
@Suite struct StampCommandTests {
    /// The Polish translation of `StaleCommandTests.newTemplate` with CR LF line ends, a
    /// byte-order mark, trailing spaces and a tab: a file as an editor on another system saves it.
    static let polish =
        "\u{FEFF}[subject] @63325940\r\nZamówienie {$order.id} jest opóźnione  \r\n\r\n"
        + "[body]   @e07c99f0  \r\nPrzepraszamy bardzo, że paczka spóźnia się o 3 dni.\r\n\r\n"
        + "[closing]\t\r\nZ poważaniem\r\n"

    static func catalog(polish: String = polish) -> String {
        LintCommandTests.catalog([
            "replykit.yaml": StaleCommandTests.manifest, "templates/delay/late.reply": StaleCommandTests.newTemplate,
            "locales/pl/delay/late.reply": polish,
        ])
    }

    static func contents(_ path: String) -> [UInt8] {
        (try? TextFile.bytes(path, limit: 1 << 20)) ?? []
    }

    /// Every block of the file: only the stamps of the stale ones change, every other byte stays.
    @Test func everyBlockByteForByte() {
        let directory = Self.catalog()
        let file = directory + "/locales/pl/delay/late.reply"
        let result = ReplyKitBinary.run(["stamp", file, "--catalog", directory])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                stamped 2 blocks of \(file) as reviewed against the current source:
                  body     @e07c99f0 -> @64214cba
                  closing  (no stamp) -> @4a18631e
                1 other block was already stamped with the current source

                """)
        let expected =
            "\u{FEFF}[subject] @63325940\r\nZamówienie {$order.id} jest opóźnione  \r\n\r\n"
            + "[body]   @64214cba  \r\nPrzepraszamy bardzo, że paczka spóźnia się o 3 dni.\r\n\r\n"
            + "[closing] @4a18631e\t\r\nZ poważaniem\r\n"
        #expect(Self.contents(file) == Array(expected.utf8))
        #expect(ReplyKitBinary.run(["stale", "--catalog", directory]).status == 0)
    }

    /// `--block` stamps that block alone; run from the catalog directory, paths are catalog-relative.
    @Test func oneBlock() {
        let directory = Self.catalog()
        let result = ReplyKitBinary.run(["stamp", "locales/pl/delay/late.reply", "--block", "body"], directory: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "stamped 1 block of locales/pl/delay/late.reply as reviewed against the current source:\n  body  @e07c99f0 -> @64214cba\n"
        )
        let expected = Self.polish.replacing("@e07c99f0", with: "@64214cba")
        #expect(Self.contents(directory + "/locales/pl/delay/late.reply") == Array(expected.utf8))
        // Stamped again: nothing to do, and the file is not written.
        let again = ReplyKitBinary.run(["stamp", "locales/pl/delay/late.reply", "--block", "body"], directory: directory)
        #expect(
            again.stdout
                == "nothing to stamp in locales/pl/delay/late.reply: 1 block was already stamped with the current source\n")
    }

    /// A mistyped block id is refused with a suggestion, and nothing is written.
    @Test func unknownBlockIsRefused() {
        let directory = Self.catalog()
        let file = directory + "/locales/pl/delay/late.reply"
        let result = ReplyKitBinary.run(["stamp", file, "--catalog", directory, "--block", "bdy", "--block", "closing"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: \(file) has no block 'bdy' (did you mean 'body'?); its blocks are subject, body, closing\nNothing was stamped.\n"
        )
        #expect(Self.contents(file) == Array(Self.polish.utf8))
    }

    /// A block not translated yet, and one the source no longer has, are refused.
    @Test func untranslatedAndObsoleteBlocks() {
        let directory = Self.catalog(polish: "[subject] @63325940\nX\n\n[old-block] @12345678\nY\n")
        let file = directory + "/locales/pl/delay/late.reply"
        let untranslated = ReplyKitBinary.run(["stamp", file, "--catalog", directory, "--block", "body"])
        #expect(untranslated.status == 2)
        #expect(untranslated.stderr.contains("block 'body' is not translated in \(file) yet; translate it, then stamp it"))
        let obsolete = ReplyKitBinary.run(["stamp", file, "--catalog", directory, "--block", "old-block"])
        #expect(obsolete.status == 2)
        #expect(
            obsolete.stderr.contains(
                "block 'old-block' of \(file) is not in the source template templates/delay/late.reply any more"))
        // The whole file: the obsolete block is left alone and said so.
        let all = ReplyKitBinary.run(["stamp", file, "--catalog", directory])
        #expect(all.status == 0)
        #expect(
            all.stdout.hasSuffix(
                "not stamped: block 'old-block' is not in the source template any more; remove it from the translation\n"))
        #expect(Self.contents(file) == Array("[subject] @63325940\nX\n\n[old-block] @12345678\nY\n".utf8))
    }

    /// Only a translation file of the catalog can be stamped.
    @Test func notATranslationFile() {
        let directory = Self.catalog()
        let template = ReplyKitBinary.run(["stamp", directory + "/templates/delay/late.reply", "--catalog", directory])
        #expect(template.status == 2)
        #expect(
            template.stderr
                == "error: '\(directory)/templates/delay/late.reply' is a source template: stamps belong in its translations, such as locales/pl/delay/late.reply\n"
        )
        let manifest = ReplyKitBinary.run(["stamp", directory + "/replykit.yaml", "--catalog", directory])
        #expect(manifest.status == 2)
        #expect(
            manifest.stderr.hasPrefix(
                "error: '\(directory)/replykit.yaml' is not a translation file of the catalog at '\(directory)'"))
        let missing = ReplyKitBinary.run(["stamp", directory + "/locales/pl/delay/lat.reply", "--catalog", directory])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: cannot read '\(directory)/locales/pl/delay/lat.reply': there is no such file\n")
        let noCatalog = ReplyKitBinary.run(["stamp", "x.reply"], directory: "/")
        #expect(noCatalog.status == 2)
        #expect(noCatalog.stderr.hasPrefix("error: there is no replykit.yaml in the current directory"))
    }

    /// The file is replaced, not written in place: its permissions stay, no temporary file is left.
    @Test func writtenAtomicallyWithItsPermissions() {
        let directory = Self.catalog()
        let file = directory + "/locales/pl/delay/late.reply"
        chmod(file, 0o640)
        var before = stat()
        stat(file, &before)
        let result = ReplyKitBinary.run(["stamp", file, "--catalog", directory])
        #expect(result.status == 0)
        var after = stat()
        stat(file, &after)
        #expect(after.st_mode & 0o7777 == 0o640)
        #expect(after.st_ino != before.st_ino)
        let listing = ReplyKitBinary.run(["-a", directory + "/locales/pl/delay"], executable: "/bin/ls")
        #expect(listing.stdout == ".\n..\nlate.reply\n")
    }
}
