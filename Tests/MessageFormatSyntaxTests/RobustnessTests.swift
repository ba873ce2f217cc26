import MessageFormatSyntax
import Testing

@Suite("Robustness")
struct RobustnessTests {
    @Test func parsesAMegabyteMessage() throws {
        let chunk = "Lorem ipsum dolor sit amet, \\{consectetur\\} adipiscing elit. ünïcödé 日本語 🥔\n"
        let source = String(repeating: chunk, count: 1_000_000 / chunk.utf8.count + 1)
        #expect(source.utf8.count > 1_000_000)
        let message = try Message.parse(source)
        guard case .pattern(let pattern) = message.body, case .text(let text, let range)? = pattern.parts.first else {
            Issue.record("expected one text part")
            return
        }
        #expect(pattern.parts.count == 1)
        #expect(range == SourceRange(start: 0, end: source.utf8.count))
        #expect(text.hasPrefix("Lorem ipsum dolor sit amet, {consectetur}"))
    }

    @Test func parsesAMegabyteQuotedLiteral() throws {
        let value = String(repeating: "a\\|b ", count: 200_000)
        let message = try Message.parse("{|\(value)|}")
        guard case .literal(let literal)? = expression(message, 0)?.operand else {
            Issue.record("expected a literal")
            return
        }
        #expect(literal.value.utf8.count == 800_000)
    }

    @Test func parsesTenThousandPlaceholders() throws {
        var source = ".input {$n :number}\n.match $n\n* {{"
        for index in 0..<10_000 {
            source += "item \(index): {$v\(index) :number minimumFractionDigits=2 @a=b}{#b}x{/b} "
        }
        source += "}}"
        let message = try Message.parse(source)
        guard case .matcher(let matcher) = message.body else {
            Issue.record("expected a matcher")
            return
        }
        #expect(matcher.variants[0].pattern.parts.count == 50_001)
        #expect(message.validate().isEmpty)
        #expect(try Message.parse(message.description) == message)
    }

    @Test func manyDeclarationsAndVariants() throws {
        var source = ""
        for index in 0..<2_000 { source += ".local $x\(index) = {\(index) :f}\n" }
        source += ".match $x0 $x1\n"
        for index in 0..<2_000 { source += "\(index) * {{\(index)}}\n" }
        source += "* * {{other}}"
        let message = try Message.parse(source)
        #expect(message.declarations.count == 2_000)
        #expect(message.validate().isEmpty)
    }

    static let seeds = [
        "hello {$name :string @x=y}!",
        ".input {$n :number} .match $n 1 {{one}} * {{other}}",
        ".local $x = {|a\\|b| :f opt=$y} {{ {#b a=1/}{$x}{/b} }}",
        "{{ \\{escaped\\} }}",
        "{\u{200E}$x\u{200F} :ns:f a=b}",
        ".local $a={a :f}.local $b={b :f}.match $a $b a b{{}}* *{{}}",
        "{#img src=|a.png| @alt=|x|/}",
        "日本語 {$名前 :string} 🥔",
        "{|4.2| :number minimumFractionDigits=2}",
        ".input {$x} .local $y = {$x :f} {{{$y}}}",
        "{{.input {$x}}}",
        "  {{ }}  ",
        "a\\\\b\\{c",
        "{:f @a @b=c}",
        ".input {$x :x} .match $x |*| {{star}} * {{other}}",
        "{$x @a=|long attribute value|}",
        "{ :f\u{3000}k=v\r\n}",
        ".local $x = {1} \u{200F} {{ {$x}}}",
        "x {#a}{/a}{#b/}",
        "{-1.5e+3}",
    ]

    /// Every prefix of a valid message either parses or throws one syntax error; none crashes.
    @Test(arguments: seeds)
    func everyPrefixParsesOrFails(seed: String) {
        let scalars = Array(seed.unicodeScalars)
        for length in 0...scalars.count {
            var prefix = ""
            prefix.unicodeScalars.append(contentsOf: scalars[..<length])
            checkParsesOrFails(prefix)
        }
    }

    @Test func randomSoupNeverCrashes() {
        let alphabet: [Unicode.Scalar] = [
            "{", "}", "|", "\\", "$", ":", "@", "#", "/", "=", "*", ".", " ", "\t", "\n", "\r", "a", "z", "0", "-",
            "\u{0}", "\u{200E}", "\u{061C}", "\u{2066}", "\u{3000}", Unicode.Scalar(0xFFFE as UInt32)!, "é", "🥔", "i", "n", "p",
            "u", "t",
        ]
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<3_000 {
            var source = ""
            for _ in 0..<Int(generator.next() % 40) {
                source.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            checkParsesOrFails(source)
            checkParsesOrFails(".input {$x :f} .match $x " + source)
            checkParsesOrFails("{" + source)
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(generator.next() % 60)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            checkParsesOrFails(String(decoding: bytes, as: UTF8.self))
        }
    }

    private func checkParsesOrFails(_ source: String) {
        do {
            let message = try Message.parse(source)
            _ = message.validate()
            let reparsed = try? Message.parse(message.description)
            #expect(reparsed == message, "round trip of \(source.debugDescription)")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].kind == .syntaxError)
            if let range = error.errors[0].range {
                #expect(range.start >= 0 && range.end <= source.utf8.count)
            }
            _ = error.errors[0].rendered(source: source)
        }
    }
}

/// A small deterministic random number generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
