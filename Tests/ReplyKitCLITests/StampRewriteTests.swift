import Testing

@testable import ReplyKitCLI

/// Setting stamps in a file's bytes: nothing but the stamp changes, whatever the line ends.
@Suite struct StampRewriteTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let before: String
        let stamps: [Int: String]
        let after: String
        var testDescription: String { after.debugDescription }
    }

    static let cases: [Case] = [
        // A stamp replaced, one added; other lines untouched.
        Case(
            before: "[a] @00000000\nText [b]\n\n[b]\nMore\n", stamps: [1: "11111111", 4: "22222222"],
            after: "[a] @11111111\nText [b]\n\n[b] @22222222\nMore\n"),
        // Lone CR line ends count as line ends, and stay.
        Case(before: "[a]\rx\r[b] @0\r", stamps: [3: "33333333"], after: "[a]\rx\r[b] @33333333\r"),
        // Trailing spaces and tabs stay where they are.
        Case(before: "[a] \t\nx", stamps: [1: "44444444"], after: "[a] @44444444 \t\nx"),
        // A malformed stamp is replaced; a stamp written without its space gets one.
        Case(before: "[a] @not-a-hash\nx", stamps: [1: "55555555"], after: "[a] @55555555\nx"),
        Case(before: "[a]@0123\nx", stamps: [1: "66666666"], after: "[a] @66666666\nx"),
        // The last line, with no line end.
        Case(before: "x\n[z]", stamps: [2: "77777777"], after: "x\n[z] @77777777"),
    ]

    @Test(arguments: cases) func rewrite(_ test: Case) throws {
        let result = try StampRewrite.rewrite(Array(test.before.utf8), stamps: test.stamps)
        #expect(String(decoding: result, as: UTF8.self) == test.after)
    }

    @Test func aWordThatIsNotAStampIsRefused() {
        #expect(
            throws: StampRewrite.Problem(
                line: 2,
                message:
                    "line 2 has 'when x' after the block id where only an '@' stamp may be; fix the line ('replykit lint' says how), then stamp again"
            )
        ) {
            try StampRewrite.rewrite(Array("x\n[a] when x\n".utf8), stamps: [2: "12345678"])
        }
    }

    @Test func aLineThatIsNotABlockLineIsRefused() {
        #expect(throws: StampRewrite.Problem(line: 1, message: "line 1 is not a block line '[id]'; fix it, then stamp again")) {
            try StampRewrite.rewrite(Array("text\n".utf8), stamps: [1: "12345678"])
        }
        #expect(throws: StampRewrite.Problem(line: 5, message: "the file has no line 5")) {
            try StampRewrite.rewrite(Array("[a]\n".utf8), stamps: [5: "12345678"])
        }
    }
}
