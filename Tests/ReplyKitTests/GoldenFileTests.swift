import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The golden files' own machinery: which files the templates need, and what a failure says.
@Suite struct GoldenFileTests {
    /// A template added under templates/ needs a golden file, and without one its test names the
    /// file and the command that writes it.
    @Test func aNewTemplateWithoutGoldenFileFailsWithTheCommand() throws {
        let root = "/tmp/replykit-golden-discovery-\(getpid())"
        let files = ["templates/apology/damaged-item.reply", "templates/remedy/gift-wrap.reply"]
        for directory in [root, "\(root)/templates", "\(root)/templates/apology", "\(root)/templates/remedy"] {
            mkdir(directory, 0o755)
        }
        defer {
            for file in files { unlink("\(root)/\(file)") }
            for directory in ["templates/apology", "templates/remedy", "templates", ""] { rmdir("\(root)/\(directory)") }
        }
        for file in files { #expect(GoldenFile.write("---\n", to: "\(root)/\(file)")) }

        #expect(
            GoldenTests.goldenFiles(root: root).map(\.path) == [
                "apology/damaged-item.txt", "apology/damaged-item.md", "apology/damaged-item.html", "remedy/gift-wrap.txt",
            ])
        let problem = GoldenTests.problem(
            GoldenFile(template: "remedy/gift-wrap", format: .text), rendered: "=== en ===\nHello\n", root: root)
        #expect(
            problem
                == "Tests/ReplyKitTests/Golden/remedy/gift-wrap.txt is missing: write it with "
                + "REPLYKIT_UPDATE_GOLDEN=1 swift test --filter GoldenTests, then read it in full")
    }

    static let golden = "=== en ===\nSubject: Hi\n\nDear Anna,\n\n=== de ===\nSubject: Hallo\n\nGuten Tag Anna,\n"

    /// A mismatch names the line of the file, the locale whose section holds it, the column, and
    /// both versions of the line (not two whole files).
    @Test(
        arguments: [
            (golden, nil),
            (
                "=== en ===\nSubject: Hi\n\nDear Anna,\n\n=== de ===\nSubject: Hallo\n\nGuten Tag, Anna,\n",
                """
                line 9 (de, line 3 of its section), column 10:
                  golden:   "Guten Tag Anna,"
                  rendered: "Guten Tag, Anna,"
                """
            ),
            (
                "=== en ===\nSubject: Hi\n\nDear Anna,\n\n=== de ===\nSubject: Hallo\n\nGuten Tag Anna,\n\n=== fr ===\nBonjour,\n",
                """
                line 11 (the header of fr):
                  golden:   (end of file)
                  rendered: "=== fr ==="
                """
            ),
            (
                "=== en ===\nSubject: Hi\n\nDear Anna,\n\n=== de ===\nSubject: Hallo\n\nGuten Tag Anna,",
                """
                line 10 (de, line 4 of its section):
                  golden:   ""
                  rendered: (end of file)
                """
            ),
            (
                "=== en ===\nSubject: Hi\n\nDear Anna,\u{2068}\n\n=== de ===\nSubject: Hallo\n\nGuten Tag Anna,\n",
                """
                line 4 (en, line 3 of its section), column 11:
                  golden:   "Dear Anna,"
                  rendered: "Dear Anna,\\u{2068}"
                """
            ),
        ] as [(String, String?)])
    func firstDifference(rendered: String, expected: String?) {
        #expect(GoldenFile.firstDifference(golden: Self.golden, rendered: rendered) == expected)
    }
}
