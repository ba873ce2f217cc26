import MessageFormatSyntax
import Testing

@Suite("Parsing valid messages")
struct ParserTests {
    typealias B = Build

    static let structures: [(String, Message)] = [
        ("", B.simple()),
        ("hello", B.simple(B.text("hello"))),
        ("\n hello\t", B.simple(B.text("\n hello\t"))),
        ("   ", B.simple(B.text("   "))),
        ("\\\\\\{\\|\\}", B.simple(B.text("\\{|}"))),
        ("a\\{b {x} c\\}d", B.simple(B.text("a{b "), .expression(B.expression(literal: "x")), B.text(" c}d"))),
        ("hello {$place}!", B.simple(B.text("hello "), .expression(B.expression(variable: "place")), B.text("!"))),
        ("{|a\\|b\\\\c|}", B.simple(.expression(B.expression(literal: "a|b\\c")))),
        ("{|foo {bar}|}", B.simple(.expression(B.expression(literal: "foo {bar}")))),
        ("{-1.5e3}", B.simple(.expression(B.expression(literal: "-1.5e3")))),
        ("{:f}", B.simple(.expression(B.expression(B.function("f"))))),
        (
            "{$x :ns:func a=1 b:c=$y d=|e f|}",
            B.simple(
                .expression(
                    B.expression(
                        variable: "x",
                        B.function("ns:func", [B.option("a", "1"), B.option("b:c", variable: "y"), B.option("d", "e f")]))))
        ),
        (
            "{42 @foo @bar=13}",
            B.simple(
                .expression(
                    B.expression(
                        literal: "42", attributes: [Attribute(name: "foo"), Attribute(name: "bar", value: B.literal("13"))])))
        ),
        (
            "{a @c = d}",
            B.simple(
                .expression(
                    B.expression(
                        literal: "a", attributes: [Attribute(name: "c", value: B.literal("d"))])))
        ),
        (
            "{#b}x{/b}{#img src=|a.png| /}",
            B.simple(
                .markup(Markup(kind: .open, name: "b")), B.text("x"), .markup(Markup(kind: .close, name: "b")),
                .markup(Markup(kind: .standalone, name: "img", options: [B.option("src", "a.png")])))
        ),
        (
            "{#ns:tag a:foo=|foo| b:bar=$bar @x}",
            B.simple(
                .markup(
                    Markup(
                        kind: .open, name: "ns:tag",
                        options: [B.option("a:foo", "foo"), B.option("b:bar", variable: "bar")],
                        attributes: [Attribute(name: "x")])))
        ),
        ("{{}}", Message(body: .pattern(B.pattern()))),
        ("  {{ a }}  \n", Message(body: .pattern(B.pattern(B.text(" a "))))),
        ("{{.input {$x}}}", Message(body: .pattern(B.pattern(B.text(".input "), .expression(B.expression(variable: "x")))))),
        (
            ".input{$x}.local $y={$x :f}{{{$y}}}",
            Message(
                declarations: [
                    B.input(B.expression(variable: "x")),
                    B.local("y", B.expression(variable: "x", B.function("f"))),
                ],
                body: .pattern(B.pattern(.expression(B.expression(variable: "y")))))
        ),
        (
            ".input {$n :number} .match $n one {{One}} |*| {{star}} * {{Other}}",
            Message(
                declarations: [B.input(B.expression(variable: "n", B.function("number")))],
                body: .matcher(
                    Matcher(
                        selectors: [B.variable("n")],
                        variants: [
                            B.variant(["one"], B.pattern(B.text("One"))),
                            B.variant(["*"], B.pattern(B.text("star"))),
                            B.variant([nil], B.pattern(B.text("Other"))),
                        ])))
        ),
        (
            ".local $a={a :f}.local $b={b :f}.match $a $b a b{{}}* *{{}}",
            Message(
                declarations: [
                    B.local("a", B.expression(literal: "a", B.function("f"))),
                    B.local("b", B.expression(literal: "b", B.function("f"))),
                ],
                body: .matcher(
                    Matcher(
                        selectors: [B.variable("a"), B.variable("b")],
                        variants: [
                            B.variant(["a", "b"], B.pattern()),
                            B.variant([nil, nil], B.pattern()),
                        ])))
        ),
        // Bidi controls around names are not part of them.
        (
            ".local $\u{200E}foo\u{200F} = {3} {{{$\u{200E}foo\u{200F}}}}",
            Message(
                declarations: [B.local("foo", B.expression(literal: "3"))],
                body: .pattern(B.pattern(.expression(B.expression(variable: "foo")))))
        ),
        ("{\u{200F} #b \u{200E} }", B.simple(.markup(Markup(kind: .open, name: "b")))),
        (
            "{1 :number minimumFractionDigits\u{200F}=\u{200E}1 }",
            B.simple(
                .expression(
                    B.expression(
                        literal: "1", B.function("number", [B.option("minimumFractionDigits", "1")]))))
        ),
        ("{:\u{2066}ns\u{2069}:\u{200E}f}", B.simple(.expression(B.expression(B.function("ns:f"))))),
        // Bidi controls in text and quoted literals are kept.
        ("  \u{061C} Hello world!", B.simple(B.text("  \u{061C} Hello world!"))),
        ("{|\u{200E}x|}", B.simple(.expression(B.expression(literal: "\u{200E}x")))),
        ("hello {\u{3000}world\r}", B.simple(B.text("hello "), .expression(B.expression(literal: "world")))),
        (
            "{¡؝ᚁ\u{200B}‐‰\u{2060}\u{206A}、\u{E000}ﷰ}",
            B.simple(.expression(B.expression(literal: "¡؝ᚁ\u{200B}‐‰\u{2060}\u{206A}、\u{E000}ﷰ")))
        ),
        ("{🏳️‍🌈}", B.simple(.expression(B.expression(literal: "🏳️‍🌈")))),
    ]

    @Test("parses to the expected data model", arguments: structures)
    func parsesStructure(source: String, expected: Message) throws {
        #expect(try Message.parse(source) == expected)
    }

    @Test func quotednessIsRecorded() throws {
        let message = try Message.parse("{|a|} {b} {:f o=|c| p=d}")
        guard case .literal(let quoted)? = expression(message, 0)?.operand,
            case .literal(let unquoted)? = expression(message, 2)?.operand
        else {
            Issue.record("expected literal operands")
            return
        }
        #expect(quoted.isQuoted && quoted.value == "a")
        #expect(!unquoted.isQuoted && unquoted.value == "b")
        let options = expression(message, 4)?.function?.options ?? []
        #expect(options.map(\.name) == ["o", "p"])
        guard case .literal(let o)? = options.first?.value, case .literal(let p)? = options.last?.value else {
            Issue.record("expected literal option values")
            return
        }
        #expect(o.isQuoted && !p.isQuoted)
    }

    @Test func namesAreStoredUnnormalized() throws {
        // U+1E0C U+0307 and U+0044 U+0323 U+0307 are canonically equivalent.
        let composed = "\u{1E0C}\u{0307}"
        let decomposed = "D\u{0323}\u{0307}"
        let message = try Message.parse(".local $\(decomposed) = {foo} {{{$\(composed)}}}")
        let name = message.declarations[0].name
        #expect(Array(name.unicodeScalars) == Array(decomposed.unicodeScalars))
        #expect(name == composed)
    }

    @Test func spansCoverTheirNodes() throws {
        let source = ".input {$n :number style=percent @a=b}\n.match $n\none {{x {#b}y{/b}}}\n* {{z}}"
        let message = try Message.parse(source)
        let declaration = message.declarations[0]
        #expect(slice(source, declaration.range) == ".input {$n :number style=percent @a=b}")
        let expression = declaration.expression
        #expect(slice(source, expression.range) == "{$n :number style=percent @a=b}")
        #expect(slice(source, expression.operand?.range) == "$n")
        #expect(slice(source, expression.function?.range) == ":number style=percent")
        #expect(slice(source, expression.function?.options[0].range) == "style=percent")
        #expect(slice(source, expression.attributes[0].range) == "@a=b")
        guard case .matcher(let matcher) = message.body else {
            Issue.record("expected a matcher")
            return
        }
        #expect(slice(source, matcher.range) == ".match $n\none {{x {#b}y{/b}}}\n* {{z}}")
        #expect(slice(source, matcher.selectors[0].range) == "$n")
        #expect(slice(source, matcher.variants[0].range) == "one {{x {#b}y{/b}}}")
        #expect(slice(source, matcher.variants[0].keys[0].range) == "one")
        #expect(slice(source, matcher.variants[1].keys[0].range) == "*")
        let pattern = matcher.variants[0].pattern
        #expect(slice(source, pattern.range) == "x {#b}y{/b}")
        guard case .text(_, let textRange) = pattern.parts[0], case .markup(let open) = pattern.parts[1] else {
            Issue.record("expected text then markup")
            return
        }
        #expect(slice(source, textRange) == "x ")
        #expect(slice(source, open.range) == "{#b}")
    }

    @Test func textWithEscapesIsOnePartSpanningTheSource() throws {
        let source = "a\\{b\\}c {x}"
        let message = try Message.parse(source)
        guard case .text(let text, let range)? = part(message, 0) else {
            Issue.record("expected text")
            return
        }
        #expect(text == "a{b}c ")
        #expect(slice(source, range) == "a\\{b\\}c ")
    }

    @Test func simplePatternKeepsSurroundingWhitespace() throws {
        let message = try Message.parse("  hi {$x}  ")
        #expect(message == Build.simple(Build.text("  hi "), .expression(Build.expression(variable: "x")), Build.text("  ")))
    }

    @Test func allowsWhitespaceAndBidiAroundComplexParts() throws {
        let sources = [
            "\u{200E} .local $x = {1} {{ {$x}}}",
            ".local $x = {1} \u{200F} {{ {$x}}}",
            ".local $x = {1} {{ {$x}}} \u{2066}",
            ".input \u{2067} {$x :number} {{hello}}",
            ".local $x \u{2068} = \u{2069} {1} {{hello}}",
            ".local\u{2067} $x = {1} {{hello}}",
            ".local $x = {1 :number}\n.match $x\n1 {{one}}\n\u{061C} * {{other}}",
            ".local $x = {1 :number}.match $x \u{061C}1 {{one}}* {{other}}",
            ".local $x = {1 :number} .local $y = {$x :number}.match $x $y\n1\u{200E} 1 {{one}}* * {{other}}",
            "\t.input{$x}{{}}\n",
        ]
        for source in sources {
            #expect(throws: Never.self, "\(source.debugDescription)") { try Message.parse(source) }
        }
    }
}
