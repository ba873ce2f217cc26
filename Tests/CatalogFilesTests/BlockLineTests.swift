import CatalogFiles
import Testing

/// Which lines starting with '[' are block lines: a block line that is not valid is an error at its
/// position and never text of the block before it; other lines starting with '[' are text.
@Suite struct BlockLineTests {
    /// Lines that start with '[' but are not shaped like a block line: text of the block they are in.
    @Test(arguments: [
        "[see our returns policy](https://example.com/returns)",
        "[1/2] the first half",
        "[...] as you wrote",
        "[…] as you wrote",
        "[ ] a box to tick",
        "[x][ref] a reference",
        "[Bitte beachten Sie] the note",
        "[Note]: a footnote",
        "[",
        " [Closing] indented",
        "{|[|}Note] a bracket written as a literal",
    ])
    func bracketLinesThatAreText(line: String) throws {
        let (template, problems) = TemplateFile.parse(
            Sample.header + "[a]\nFirst line\n\(line)\nLast line", file: "t.reply", id: "t")
        #expect(problems.map(\.summary) == [])
        let blocks = try #require(template).blocks
        #expect(blocks.map(\.id) == ["a"])
        #expect(blocks.first?.text == "First line\n\(line)\nLast line")
    }

    @Test func invalidBlockLinesEndTheBlockBeforeThem() throws {
        let text =
            Sample.header
            + "[a]\nx\n[Closing]\nKind regards\n[sign-off] whenn flag\nBye\n[Grüße]\nskipped\n\nskipped too\n[b]\ny"
        let (template, problems) = TemplateFile.parse(text, file: "t.reply", id: "t")
        #expect(problems.map { "\($0.line):\($0.column)" } == ["12:2", "14:12", "16:2"])
        let blocks = try #require(template).blocks
        // The repairable lines make blocks under the id they were meant to have; the text after
        // the line that cannot be repaired belongs to no block.
        #expect(blocks.map(\.id) == ["a", "closing", "sign-off", "b"])
        #expect(blocks.map(\.text) == ["x", "Kind regards", "Bye", "y"])
        #expect(blocks.map(\.condition) == [.always, .always, .present(path: ""), .always])
    }

    @Test func invalidBlockLinesInATranslation() throws {
        let text = "[a] @4392b46b\nx\n[Closing] @56c3d154\nMit freundlichen Grüßen\n[b] 56c3d154\ny\n[c] whenn flag\nz"
        let (translation, problems) = TranslationFile.parse(text, file: "l.reply", id: "t", locale: "de")
        #expect(problems.map { "\($0.line):\($0.column)" } == ["3:2", "5:5", "7:5"])
        let blocks = try #require(translation).blocks
        #expect(blocks.map(\.id) == ["a", "closing", "b", "c"])
        #expect(blocks.map(\.text) == ["x", "Mit freundlichen Grüßen", "y", "z"])
        #expect(blocks.map(\.sourceHash) == ["4392b46b", "56c3d154", nil, nil])
    }
}
