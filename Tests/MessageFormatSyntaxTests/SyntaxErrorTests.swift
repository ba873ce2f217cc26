import MessageFormatSyntax
import Testing

/// U+FDD0, a noncharacter (which Swift string literals cannot spell with `\u{}`).
let nonCharacter = String(Character(Unicode.Scalar(0xFDD0 as UInt32)!))

@Suite("Syntax errors")
struct SyntaxErrorTests {
    /// A source, where its error starts (line, column in scalars), and a piece of the detail.
    struct Case: Sendable, CustomStringConvertible {
        var source: String
        var line: Int
        var column: Int
        var detail: String
        init(_ source: String, _ line: Int, _ column: Int, _ detail: String) {
            self.source = source
            self.line = line
            self.column = column
            self.detail = detail
        }
        var description: String { source.debugDescription }
    }

    static let cases: [Case] = [
        Case(
            "hello {world", 1, 13,
            "expected a function (':name'), an attribute ('@name') or '}' to close the placeholder opened at 1:7, found end of message"
        ),
        Case("{", 1, 2, "expected '}' to close the placeholder opened at 1:1, found end of message"),
        Case("}", 1, 1, "unescaped '}'"),
        Case("{}", 1, 1, "empty placeholder"),
        Case("empty { } placeholder", 1, 7, "empty placeholder"),
        Case("{{", 1, 3, "expected '}}' to close the pattern opened at 1:1, found end of message"),
        Case("{{a}b}}", 1, 4, "unescaped '}' in the pattern opened at 1:1"),
        Case("{{}}}", 1, 5, "unexpected '}' after the end of the message body"),
        Case("{{extra}} content", 1, 11, "unexpected 'c' after the end of the message body"),
        Case("missing space {42:func}", 1, 18, "missing space before the function ':func'"),
        Case("missing space {|foo|@bar}", 1, 21, "missing space before the attribute '@bar'"),
        Case("{:func @bar=42@baz}", 1, 15, "missing space before the attribute '@baz'"),
        Case("{:f a=1b=2}", 1, 9, "found '='"),
        Case(".foo {42} {{bar}}", 1, 1, "unknown keyword '.foo'; expected .input, .local or .match"),
        Case(".Input {$x} {{}}", 1, 1, "unknown keyword '.Input'"),
        Case(".", 1, 1, "expected a keyword after '.'"),
        Case(
            ".5 percent", 1, 1,
            "unknown keyword '.5'; expected .input, .local or .match; a pattern that starts with '.' must be quoted as '{{…}}'"),
        Case(".local $x = {1} {$x}", 1, 17, "expected '{{' to start the quoted pattern of a complex message, found '{'"),
        Case("  .x", 1, 3, "unknown keyword '.x'"),
        Case(".local $var = {|no message body|}", 1, 34, "after the declarations, found end of message"),
        Case(".local bar = {|foo|} {{_}}", 1, 8, "expected a variable ('$name') after .local, found 'b'"),
        Case(".local$bar = {|foo|} {{_}}", 1, 7, "missing space before the variable '$bar'"),
        Case(".local $bar {|foo|} {{_}}", 1, 13, "expected '=' after '.local $bar', found '{'"),
        Case(".local $bar = |foo| {{_}}", 1, 15, "expected an expression"),
        Case(".local $x = {#b} {{_}}", 1, 14, "markup is not allowed"),
        Case(".input {|x|} {{}}", 1, 9, "an .input expression must start with a variable"),
        Case(".match {{foo}}", 1, 8, "expected a selector variable ('$name') after .match, found '{'"),
        Case(".input {$x :x} .match$x * {{foo}}", 1, 22, "expected a space after '.match', found '$'"),
        Case(".input {$x :x} .match $x* {{foo}}", 1, 25, "missing space before the variant key '*'"),
        Case(".input {$x :x} .match $x|x| {{foo}} * {{foo}}", 1, 25, "missing space before the variant key '|x|'"),
        Case(".input {$x :x} .match $x $y ** {{foo}}", 1, 30, "missing space before the variant key '*'"),
        Case(".input {$x :x} .match $x", 1, 25, "expected a variant key (a literal or '*'), found end of message"),
        Case(".input {$x :x} .match $x * foo", 1, 31, "expected another key or '{{'"),
        Case(".local $x = {1 :number}.match $x\u{061C}1 {{one}}* {{other}}", 1, 34, "missing space before the variant key '1'"),
        Case(".local $foo\u{061C}bar = {2} {{ }}", 1, 13, "expected '=' after '.local $foo', found 'b'"),
        Case(
            "bad {:placeholder option=}", 1, 26, "expected a literal or a variable as the value of the option 'option', found '}'"
        ),
        Case("bad {:placeholder option value}", 1, 26, "expected '=' after the option name 'option', found 'v'"),
        Case("bad {::placeholder}", 1, 7, "expected a name after ':', found ':'"),
        Case("bad {:placeholder::foo}", 1, 19, "expected a name after the namespace 'placeholder:'"),
        Case("bad {:placeholder @attribute=$foo}", 1, 30, "must be a literal, not a variable"),
        Case("{ @misplaced = attribute }", 1, 3, "an attribute must follow an operand or a function"),
        Case("no {|literal} end", 1, 18, "expected '|' to close the literal opened at 1:5, found end of message"),
        Case("{|foo| #markup}", 1, 8, "found '#'"),
        Case("{#img/ }", 1, 7, "expected '}' right after '/'"),
        Case("{/img/}", 1, 6, "found '/'"),
        Case("bad \\n escape", 1, 5, "invalid escape '\\' followed by 'n'"),
        Case("ends with \\", 1, 11, "'\\' at the end of the message"),
        Case("nul \u{0} here", 1, 5, "U+0000 NULL is not allowed"),
        Case("{|nul \u{0}|}", 1, 7, "U+0000 NULL"),
        Case("{\(nonCharacter)}", 1, 2, "found U+FDD0"),
        Case("{a\u{3000}b}", 1, 4, "found 'b'"),
        // Multi-line sources: lines end at LF, CRLF or CR; columns count scalars.
        Case(".input {$x :number}\n.match $x\n  one {{One}\n", 3, 12, "unescaped '}' in the pattern opened at 3:7"),
        Case(
            ".input {$x :number}\n.match $x\n  one {{One}", 3, 13,
            "expected '}}' to close the pattern opened at 3:7, found end of message"),
        Case(".local $a = {1}\r\n.local $b = {2}\r\n{{x}} y", 3, 7, "unexpected 'y'"),
        Case("line one\rline two {", 2, 11, "placeholder opened at 2:10"),
        Case("line one\nline two\nwxyz{$x:f}", 3, 8, "missing space before the function ':f'"),
        Case("Привет, {$имя :f опция}", 1, 23, "expected '=' after the option name 'опция', found '}'"),
        Case("🏳️‍🌈 {$x @}", 1, 11, "expected a name after '@', found '}'"),
        Case("日本語\n\t{!}", 2, 3, "found '!'"),
    ]

    @Test("reports a syntax error at the offending spot", arguments: cases)
    func reportsError(testCase: Case) throws {
        let error = try #require(syntaxError(testCase.source))
        #expect(error.kind == .syntaxError)
        #expect(error.location(in: testCase.source) == SourceLocation(line: testCase.line, column: testCase.column))
        #expect(error.detail.contains(testCase.detail), "\(error.detail)")
        #expect(error.message.hasPrefix("syntax error: "))
    }

    @Test func throwsExactlyOneError() {
        do {
            _ = try Message.parse("{a} {b")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].range == SourceRange(start: 6, end: 6))
        }
    }

    @Test func errorRangeCoversTheOffendingToken() throws {
        let source = ".frobnicate {$x} {{}}"
        let error = try #require(syntaxError(source))
        #expect(slice(source, error.range) == ".frobnicate")
        let emptySource = "x { } y"
        let empty = try #require(syntaxError(emptySource))
        #expect(slice(emptySource, empty.range) == "{ }")
        let multibyte = "{\(nonCharacter)}"
        #expect(slice(multibyte, try #require(syntaxError(multibyte)).range) == nonCharacter)
    }

    /// Characters excluded from names: each one is rejected as an unquoted literal.
    @Test(
        arguments: [
            0x7F, 0x85, 0xA0, 0x61C, 0x1680, 0x2000, 0x200A, 0x200E, 0x2028, 0x202A, 0x202F,
            0x205F, 0x2066, 0x2069, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF,
        ] as [UInt32])
    func excludedNameCharacters(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(syntaxError("{a\(Character(scalar))b}") != nil)
        #expect(syntaxError("{$a\(Character(scalar))b}") != nil)
    }

    /// Characters at the edges of the allowed ranges are accepted in names.
    @Test(
        arguments: [
            0xA1, 0x61B, 0x61D, 0x167F, 0x1681, 0x200B, 0x200D, 0x2010, 0x2027, 0x2030, 0x205E,
            0x2060, 0x2065, 0x206A, 0x2FFF, 0x3001, 0xD7FF, 0xE000, 0xFDCF, 0xFDF0, 0xFFFD,
            0x10000, 0x1FFFD, 0x10FFFD,
        ] as [UInt32])
    func allowedNameCharacters(value: UInt32) throws {
        let character = Character(try #require(Unicode.Scalar(value)))
        #expect(syntaxError("{$\(character)a\(character) :f\(character)}") == nil)
    }
}
