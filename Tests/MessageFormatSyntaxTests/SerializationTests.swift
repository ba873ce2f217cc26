import MessageFormatSyntax
import Testing

@Suite("Serialization")
struct SerializationTests {
    /// Tricky messages that parse: printing and re-parsing each gives an equal message.
    static let roundTripSources: [String] = [
        "", "a", "hello", "   ", "\n hello\t", "\\\\", "\\\\\\{\\|\\}", "a|b", "x.y", "|literal text|",
        "hello {world}", "hello {|world|}", "hello {$place-.}", "{a :u:f}", "{$x :f}", "{:f}",
        "{{}}", "  {{}}  ", "{{trailing whitespace}} \n", "{{ leading and trailing }}",
        "{{.input {$x}}}", "{{ .local $x = {$y}}}", "{{.}}", "{{  .}}", "{{\u{200E}.x}}",
        "{#tag}", "{#tag foo=bar/}", "{/tag foo=bar}", "{#ns:tag}content{/ns:tag}",
        "{#tag a:foo=|foo| b:bar=$bar}", "{#img alt=|a b| @x @y=|z| /}", "{/a @c}",
        "{42 @foo @bar=13}", "{a @c = d}", "{:f k = v}", "{||}", "{|a|}", "{|\\\\|}",
        "{|a\\\\\\{\\|\\}|}", "{|foo {bar}|}", "{|  spaced  |}", "{|.|}", "{.}", "{-0}", "{0E-1}",
        "{+}", "{-}", "{·}", "{🥔}", "{🏳️‍🌈}", "{¡؝ᚁ\u{200B}‐‰\u{2060}\u{206A}、\u{E000}ﷰ}",
        "hello { world\t\n}", "hello {\u{3000}world\r}", "{$one} and {$two}",
        ".input{$x}{{}}", "\t.input{$x}{{}}\n", ".input{$x}.input{$y}{{}}", ".local $x ={a}.input{$y}{{}}",
        ".local $a={a :f}.match $a a{{}}*{{}}",
        ".local $a={a :f}.local $b={b :f}.match $a $b a b{{}}* *{{}}",
        ".local $foo = {$baz} .local $bar = {$foo} {{bar {$bar}}}",
        ".input {$n :number minimumFractionDigits=2 @note=|x y|} .match $n 1 {{one}} |one two| {{two}} * {{{$n}}}",
        ".input {$x :string} .match $x |*| {{star}} |\\|| {{pipe}} |\\\\| {{backslash}} * {{other}}",
        "  \u{061C} Hello world!", "\u{200E} .local $x = {1} {{ {$x}}}", ".local $x = {1} {{ {$x}}} \u{2066}",
        ".local $\u{200E}foo\u{200F} = {3} {{{$\u{200E}foo\u{200F}}}}", "{\u{200F} #b \u{200E} }",
        "{1 :number minimumFractionDigits\u{200F}=\u{200E}1 }", "{|\u{200E}|}", "text with \u{200F} bidi",
        ".local $Ḍ̇ = {foo} {{{$Ḍ̇}}}", "Ḍ̇", "{{\\}\\}}}", "\\{not a placeholder\\}",
        "{$x :ns:func a=1 b:c=$y d=|e f| @a @b=c}", "multi\nline\r\nmessage {$x}\r",
        "a . is fine after text", "x {#a/}{#b /}{/c}",
    ]

    @Test("parse(description) == parse(source)", arguments: roundTripSources)
    func roundTrips(source: String) throws {
        let message = try Message.parse(source)
        let printed = message.description
        let reparsed = try Message.parse(printed)
        #expect(reparsed == message, "printed as \(printed.debugDescription)")
        // Printing is stable: a second round prints the same text.
        #expect(reparsed.description == printed)
    }

    static let canonicalForms: [(String, String)] = [
        ("hello {  $x   :number   style = percent }", "hello {$x :number style=percent}"),
        ("{|a|}{b}{|c d|}", "{|a|}{b}{|c d|}"),
        ("{|a\\{b|}", "{|a{b|}"),
        ("a\\|b", "a|b"),
        ("x {#b   k=v  @a=|1|  /}", "x {#b k=v @a=|1| /}"), ("{x @a = 1}", "{x @a=1}"),
        ("{{  .x}}", "{{  .x}}"),
        ("{{ x }}", " x "),
        ("{{}}", ""),
        ("{{\\{\\{}}", "\\{\\{"),
        (".input {$x :f}  .local  $y = {$x}   {{y}}", ".input {$x :f}\n.local $y = {$x}\n{{y}}"),
        (".input {$x :f} .match $x one{{1}}*{{2}}", ".input {$x :f}\n.match $x\none {{1}}\n* {{2}}"),
        ("{$\u{200E}x\u{200F}}", "{$x}"),
    ]

    @Test("prints canonical source", arguments: canonicalForms)
    func prints(source: String, expected: String) throws {
        #expect(try Message.parse(source).description == expected)
    }

    @Test func quotesLiteralsThatCannotBeUnquoted() {
        #expect(Literal("abc").description == "abc")
        #expect(Literal("-1.5").description == "-1.5")
        #expect(Literal("").description == "||")
        #expect(Literal("a b").description == "|a b|")
        #expect(Literal("a|b\\c").description == "|a\\|b\\\\c|")
        #expect(Literal("\u{200E}x").description == "|\u{200E}x|")
        #expect(Literal("abc", isQuoted: true).description == "|abc|")
    }

    @Test func printsBuiltMessages() throws {
        let message = Message(
            declarations: [
                .local(
                    name: "greeting",
                    expression: Expression(
                        operand: .literal(Literal("Hello, world")),
                        function: FunctionRef(name: "string", options: [Option(name: "u:dir", value: .literal(Literal("ltr")))]),
                        range: SourceRange(start: 0, end: 0)), range: SourceRange(start: 0, end: 0))
            ],
            body: .pattern(
                Pattern(
                    parts: [.text(".{$x}\\", range: SourceRange(start: 0, end: 0))],
                    range: SourceRange(start: 0, end: 0))))
        #expect(message.description == ".local $greeting = {|Hello, world| :string u:dir=ltr}\n{{.\\{$x\\}\\\\}}")
        #expect(try Message.parse(message.description) == message)
    }
}
