import Testing

@testable import CatalogEmbedder

/// The Swift source the starter catalog is embedded as: every file's text in a literal that Swift
/// reads back as exactly that text, whatever it contains.
@Suite struct SwiftSourceTests {
    struct LiteralCase: Sendable, CustomTestStringConvertible {
        let text: String
        let literal: String
        let testDescription: String
    }

    static let literals: [LiteralCase] = [
        LiteralCase(text: "Hello\n", literal: "#\"\"\"\nHello\n\n\"\"\"#", testDescription: "a line"),
        LiteralCase(text: "", literal: "#\"\"\"\n\n\"\"\"#", testDescription: "nothing"),
        LiteralCase(text: "no newline", literal: "#\"\"\"\nno newline\n\"\"\"#", testDescription: "no final newline"),
        LiteralCase(
            text: "{$a} \"quoted\" \\ \\n {{x}}\n", literal: "#\"\"\"\n{$a} \"quoted\" \\ \\n {{x}}\n\n\"\"\"#",
            testDescription: "quotes, backslashes and braces stay as they are"),
        LiteralCase(
            text: "say \"#hi\" \"\"\"#", literal: "##\"\"\"\nsay \"#hi\" \"\"\"#\n\"\"\"##",
            testDescription: "a quote then a hash takes two hashes"),
        LiteralCase(
            text: "a \\#( b \\##\n", literal: "###\"\"\"\na \\#( b \\##\n\n\"\"\"###",
            testDescription: "a backslash then hashes takes one hash more"),
        LiteralCase(
            text: "one\r\ntwo\rthree\n", literal: "#\"\"\"\none\\#u{D}\ntwo\\#u{D}three\n\n\"\"\"#",
            testDescription: "carriage returns escaped, so Swift does not turn CR LF into LF"),
        LiteralCase(
            text: "tab\there, nul\u{0}, bell\u{7}, escape\u{1B}, delete\u{7F}",
            literal: "#\"\"\"\ntab\there, nul\\#u{0}, bell\\#u{7}, escape\\#u{1B}, delete\\#u{7F}\n\"\"\"#",
            testDescription: "control characters escaped, tabs kept"),
        LiteralCase(
            text: "\u{FEFF}مرحبًا {$customer.name}، 您好\n", literal: "#\"\"\"\n\u{FEFF}مرحبًا {$customer.name}، 您好\n\n\"\"\"#",
            testDescription: "other text as written"),
        LiteralCase(
            text: "\"#\r", literal: "##\"\"\"\n\"#\\##u{D}\n\"\"\"##", testDescription: "escapes use the literal's hashes"),
        LiteralCase(
            text: "    indented\n  \n", literal: "#\"\"\"\n    indented\n  \n\n\"\"\"#",
            testDescription: "indentation and trailing spaces kept"),
    ]

    @Test(arguments: literals)
    func literal(_ test: LiteralCase) {
        #expect(SwiftSource.literal(test.text) == test.literal)
    }

    @Test func pathsAreQuotedAndEscaped() {
        #expect(SwiftSource.quoted("templates/apology/damaged-item.reply") == "\"templates/apology/damaged-item.reply\"")
        #expect(SwiftSource.quoted("a\"b\\c\td") == "\"a\\\"b\\\\c\\u{9}d\"")
    }

    @Test func theGeneratedFileListsTheFilesInOrder() {
        let source = SwiftSource.embedding([
            (path: "templates/b.reply", text: "B\n"),
            (path: "replykit.yaml", text: "source-locale: en\n"),
        ])
        #expect(
            source == """
                // Generated at build time by the EmbedStarterCatalog plugin (the CatalogEmbedder tool)
                // from replykit.yaml, templates/ and locales/. Do not edit: edit those files.

                extension EmbeddedCatalog {
                    package static let files: [String: String] = [
                        "replykit.yaml": #\"\"\"
                source-locale: en

                \"\"\"#,
                        "templates/b.reply": #\"\"\"
                B

                \"\"\"#,
                    ]
                }

                """)
    }

    @Test func invalidUTF8IsAnErrorAtItsPosition() {
        let bytes: [UInt8] = Array("[subject]\nCafé ".utf8) + [0xE9, 0x0A]
        #expect(
            throws: EmbedError(
                message: "locales/fr/x.reply:2:6: error: the file is not valid UTF-8 (byte 0xE9 here); save it as UTF-8")
        ) {
            try CatalogEmbedder.text(of: bytes, path: "locales/fr/x.reply")
        }
        #expect((try? CatalogEmbedder.text(of: Array("Café\n".utf8), path: "x")) == "Café\n")
    }
}
