import MessageFormatSyntax
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
    private func rendered(_ source: String, file: String? = nil) throws -> String {
        try #require(syntaxError(source)).rendered(source: source, file: file)
    }

    @Test func rendersFileLineColumnAndCaret() throws {
        #expect(
            try rendered("hello {world", file: "greeting.mf2") == """
                greeting.mf2:1:13: error: syntax error: expected a function (':name'), an attribute ('@name') or '}' to close the placeholder opened at 1:7, found end of message
                hello {world
                            ^
                """)
    }

    @Test func omitsTheFileWhenNil() throws {
        #expect(
            try rendered("{42:func}") == """
                1:4: error: syntax error: missing space before the function ':func'
                {42:func}
                   ^
                """)
    }

    @Test func underlinesARangeOnOneLine() throws {
        #expect(
            try rendered("\n.frob {{}}") == """
                2:1: error: syntax error: unknown keyword '.frob'; expected .input, .local or .match; a pattern that starts with '.' must be quoted as '{{…}}'
                .frob {{}}
                ^~~~~
                """)
    }

    @Test func showsOnlyTheOffendingLineAndKeepsTabs() throws {
        let source = ".input {$x :f}\r\n.match $x\r\n\t\tone\t{{x}}\r\n\t* {{y}}\r\n\t\tfoo\t{x}"
        #expect(
            try rendered(source, file: "m") == """
                m:5:7: error: syntax error: expected another key or '{{' to start the variant's pattern, found '{'
                \t\tfoo\t{x}
                \t\t   \t^
                """)
    }

    @Test func alignsByScalarsAfterNonASCIIText() throws {
        #expect(
            try rendered("日本語 🥔 {$x @}") == """
                1:12: error: syntax error: expected a name after '@', found '}'
                日本語 🥔 {$x @}
                           ^
                """)
    }

    @Test func dataModelErrorsRenderTheirRange() throws {
        let source = ".input {$x :f}\n.match $x\n1 2 {{a}}\n* {{b}}"
        let error = try #require(try Message.parse(source).validate().first)
        #expect(error.location(in: source) == SourceLocation(line: 3, column: 1))
        #expect(
            error.rendered(source: source) == """
                3:1: error: a variant has a different number of keys than there are selectors: this variant has 2 keys but the matcher has 1 selector; a variant needs one key per selector
                1 2 {{a}}
                ^~~~~~~~~
                """)
    }

    @Test func multiLineRangesUnderlineToTheEndOfTheFirstLine() throws {
        let source = ".input {$x :f}\n.match $x\n1 {{a}}"
        let error = try #require(try Message.parse(source).validate().first)
        #expect(error.kind == .missingFallbackVariant)
        #expect(error.rendered(source: source).hasSuffix("\n.match $x\n^~~~~~~~~"))
    }

    @Test func errorsWithoutRangeRenderOneLine() {
        let error = MessageError(.unresolvedVariable, "$x", at: nil)
        #expect(error.location(in: "{$x}") == nil)
        #expect(error.rendered(source: "{$x}") == "error: no value was given for a variable: $x")
        #expect(error.rendered(source: "{$x}", file: "f.mf2") == "f.mf2: error: no value was given for a variable: $x")
    }

    @Test func rendersAllErrors() throws {
        let source = ".local $a = {$a} .local $a = {1} {{}}"
        let errors = MessageErrors(try Message.parse(source).validate())
        #expect(errors.errors.count == 2)
        #expect(errors.rendered(source: source).split(separator: "\n").count == 6)
    }
}
