import CatalogFiles
import MessageFormatSyntax
import Testing

@testable import ReplyLint

/// The indexes that keep every rule linear give the answers the scans they replace gave.
@Suite struct LinearLookupTests {
    @Test(arguments: [
        // offset, line, column in "ab\nçd\r\nef\rgh": ç is two bytes, CR LF and CR end lines (as SourceLocation).
        (0, 1, 1), (2, 1, 3), (3, 2, 1), (5, 2, 2), (6, 2, 3), (7, 3, 1), (8, 3, 1), (10, 3, 3), (11, 4, 1),
        (13, 4, 3), (99, 4, 3),
    ])
    func lineAndColumn(offset: Int, line: Int, column: Int) {
        let index = LineIndex("ab\nçd\r\nef\rgh")
        #expect(index.location(ofOffset: offset) == (line, column))
    }

    @Test func columnsPastTheCheckpointsOfALongLine() {
        // 100 × "é" (2 bytes each) then "x": the x is byte 200, scalar 101 of the line.
        let text = "first\n" + String(repeating: "é", count: 100) + "x"
        let index = LineIndex(text)
        #expect(index.location(ofOffset: 6 + 200) == (2, 101))
        #expect(index.location(ofOffset: 6 + 64) == (2, 33))
        #expect(index.line(2).count == 101)
        #expect(index.line(1) == Array("first".unicodeScalars))
        #expect(index.line(3) == [])
    }

    @Test func equivalentsFollowChainsBothWays() throws {
        let message = try Message.parse(
            ".local $c = {$b}\n.local $b = {$a}\n.local $d = {$b :number}\n.local $e = {$x}\n{{{$c}}}")
        let declarations = Declarations(message)
        #expect(declarations.equivalents(of: "b") == ["a", "b", "c", "d"])
        #expect(declarations.equivalents(of: "x") == ["x", "e"])
        #expect(declarations.annotations(of: "d").map(\.name) == ["number"])
    }

    @Test func exceptionsRemoveOnlyTheMatchesInsideThem() {
        let excepted = [ToneMatch(start: 0, end: 14, token: 0), ToneMatch(start: 30, end: 40, token: 0)]
        let found = [
            ToneMatch(start: 4, end: 14, token: 0),  // inside the first
            ToneMatch(start: 20, end: 25, token: 0),  // between
            ToneMatch(start: 28, end: 32, token: 0),  // overlaps the second, not inside
            ToneMatch(start: 33, end: 36, token: 0),  // inside the second
            ToneMatch(start: 45, end: 50, token: 0),  // after
        ]
        #expect(ToneDocumentText.outside(excepted, found).map(\.start) == [20, 28, 45])
    }

    @Test func escapesShiftSourceOffsets() {
        // Resolved "a{b}c" from source "a\{b\}c" at offset 3 of the message.
        let run = ToneRun(block: 0, variant: 0, run: TextRun(text: "a{b}c", offset: 3), escapes: [1, 3])
        #expect([0, 1, 2, 3, 4, 5].map(run.sourceOffset(of:)) == [3, 4, 6, 7, 9, 10])
    }

    @Test func missingBlocksOfALongTemplateAnchorAtTheNextTranslatedBlock() throws {
        let ids = (0..<300).map { "b\($0)" }
        let template =
            "---\nkind: acknowledgement\nchannels: [email]\nsummary: Test.\ninputs:\n  order.id: string\n---\n"
            + ids.map { "[\($0)]\nText \($0).\n" }.joined(separator: "\n")
        // The translation has b100 (line 1) and b200 (line 4) only.
        let translation = "[b100]\nText b100 de.\n\n[b200]\nText b200 de.\n"
        let result = Linter().lint(files: [
            "replykit.yaml": "source-locale: en\ntarget-locales: [de]\n",
            "templates/t.reply": template,
            "locales/de/t.reply": translation,
        ])
        let missing = result.findings.filter { $0.rule == "missing-translation" }
        #expect(missing.count == 298)
        let lines = Dictionary(grouping: missing, by: \.line).mapValues(\.count)
        #expect(lines == [1: 100, 4: 99, 5: 99])  // before b100, before b200, at the last line
        #expect(missing.first { $0.message.hasPrefix("block 'b150'") }?.fix?.hasSuffix("before '[b200]'") == true)
    }
}
