import ExactJSON
import Testing

/// `replykit format` as a user runs it: output, errors, exit codes.
@Suite struct FormatCommandTests {
    @Test func formatsWithArguments() {
        let result = ReplyKitBinary.run([
            "format", "Refund: {$r :currency} ({$n :integer} items)", "--locale", "de",
            "--args", #"{"r": {"amount": "129.90", "currency": "EUR"}, "n": 3}"#,
        ])
        #expect(result.status == 0)
        #expect(result.stdout == "Refund: 129,90\u{A0}€ (3 items)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func pluralsInPolish() {
        let message = ".input {$n :integer} .match $n one {{{$n} paczka}} few {{{$n} paczki}} * {{{$n} paczek}}"
        let outputs = [1, 3, 5, 22].map {
            ReplyKitBinary.run(["format", message, "--locale", "pl", "--args", #"{"n": \#($0)}"#]).stdout
        }
        #expect(outputs == ["1 paczka\n", "3 paczki\n", "5 paczek\n", "22 paczki\n"])
    }

    @Test func syntaxErrorShowsCaretAndExitsOne() {
        let result = ReplyKitBinary.run(["format", "Hello {$name"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("message:1:13: error: syntax error: expected"))
        #expect(result.stderr.hasSuffix("Hello {$name\n            ^\n"))
    }

    @Test func jsonOutputUsesSpecErrorNames() throws {
        let result = ReplyKitBinary.run(["format", "{$x :number} and {$y}", "--json", "--args", #"{"x": "abc"}"#])
        #expect(result.status == 1)
        let json = try JSON.parse(result.stdout)
        #expect(json["output"] == .string("\u{2068}{$x}\u{2069} and \u{2068}{$y}\u{2069}"))
        guard case .array(let errors)? = json["errors"] else {
            Issue.record("no errors array")
            return
        }
        #expect(errors.map { $0["type"] } == [.string("bad-operand"), .string("unresolved-variable")])
        // Each error points at its expression, or at the variable that has no value.
        #expect(errors.map { $0["column"] } == [.number("1"), .number("19")])
    }

    @Test func unknownLocaleFallsBackAndSaysSo() throws {
        let result = ReplyKitBinary.run(["format", "{1234.5 :number}", "--locale", "xx", "--json"])
        #expect(result.status == 0)
        let json = try JSON.parse(result.stdout)
        // ICU's root locale: no grouping separator.
        #expect(json["output"] == .string("1234.5"))
        guard case .array(let warnings)? = json["warnings"], case .string(let warning)? = warnings.first else {
            Issue.record("no warning")
            return
        }
        #expect(warning.contains("'xx'"))
    }

    @Test(arguments: [
        (
            ["format", "{$x}", "--args", "{\"x\": 1,}"],
            "--args is not valid JSON: expected a member name in double quotes, found '}' at line 1, column 9"
        ),
        (
            ["format", "{$x}", "--args", #"{"x": 1, "x": 2}"#],
            "--args is not valid JSON: duplicate key \"x\" at line 1, column 10 (first at line 1, column 2)"
        ),
        (["format", "{$x}", "--args", "[1]"], "--args must be a JSON object"),
        (["format", "{$x}", "--args", "{\"x\": null}"], "--args.x is null"),
        // Money and measures are read as case data reads them (CaseNumbers).
        (
            ["format", "{$x :currency}", "--args", #"{"x": {"amount": "5", "currency": "eur"}}"#],
            "--args.x.currency must be an ISO 4217 code such as \"EUR\", not \"eur\""
        ),
        (
            ["format", "{$x :currency}", "--args", #"{"x": {"amount": "5.", "currency": "EUR"}}"#],
            "--args.x.amount must be a decimal number such as \"129.90\", not \"5.\""
        ),
        (
            ["format", "{$x :currency}", "--args", #"{"x": {"amount": ".5", "currency": "EUR"}}"#],
            "--args.x.amount must be a decimal number such as \"129.90\", not \".5\""
        ),
        (["format", "{$x :number}", "--args", "{\"x\": 1e1000000}"], "--args.x must be a number ICU can format exactly"),
        (
            ["format", "{$x :currency}", "--args", #"{"x": {"amount": "1e1000000", "currency": "EUR"}}"#],
            "--args.x.amount must be a decimal number such as \"129.90\", not \"1e1000000\""
        ),
        (["format", "{$x}", "--args", "{\"x\": {\"amount\": 5}}"], "--args.x has \"amount\" but no \"currency\""),
        (["format", "hi", "--locale", "not a locale!"], "is not a BCP 47 locale tag"),
        (["format"], "Missing the message"),
        (["format", "hi", "--batch"], "not both"),
        (["format", "hi", "--bidi", "sideways"], "sideways"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) {
        let result = ReplyKitBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    /// Input without line breaks is read a bounded line at a time, never whole.
    @Test func batchLinesLongerThanOneMebibyteAreErrorLines() throws {
        let long = String(repeating: "a", count: (1 << 20) + 10)
        let input = long + "\n" + #"{"src": "{1 :number}", "locale": "en"}"# + "\n"
        let result = ReplyKitBinary.run(["format", "--batch"], stdin: input)
        #expect(result.status == 1)
        let lines = try result.stdout.split(separator: "\n").map { try JSON.parse(String($0)) }
        #expect(lines.count == 2)
        #expect(
            lines[0]["errors"].map {
                $0.serialized.contains("line 1: 1048586 bytes, longer than a line may be (1 MiB); not read")
            } == true)
        #expect(lines[1]["output"] == .string("1"))
    }

    @Test func aMessageOnStandardInputLargerThanOneMebibyteIsRefused() {
        let result = ReplyKitBinary.run(["format", "-"], stdin: String(repeating: "a", count: (1 << 20) + 1))
        #expect(result.status == 2)
        #expect(result.stderr.contains("the message: '/dev/stdin' is larger than 1 MiB; nothing was read from it"))
    }

    @Test func batchKeepsGoingPastBadLines() throws {
        let input = """
            {"src": "{$n :number} items", "locale": "fr", "params": [{"name": "n", "value": 1234.5}]}
            not json
            {"src": "{$d :date length=long}", "locale": "ja", "params": [{"name": "d", "type": "datetime", "value": "2026-11-22T10:00:00"}]}
            {"src": "{oops"}
            {"locale": "en"}

            {"src": "{1 :number}", "locale": "ar", "bidiIsolation": "none"}
            {"src": "{1 :number}", "src": "{2 :number}"}
            """
        let result = ReplyKitBinary.run(["format", "--batch"], stdin: input + "\n")
        #expect(result.status == 1)
        let lines = try result.stdout.split(separator: "\n").map { try JSON.parse(String($0)) }
        #expect(lines.count == 7)
        #expect(lines[0]["output"] == .string("1\u{202F}234,5 items"))
        #expect(lines[1]["output"] == .null)
        #expect(lines[1]["errors"].map { $0.serialized.contains("line 2: not valid JSON") } == true)
        #expect(lines[2]["output"] == .string("2026年11月22日"))
        #expect(lines[3]["errors"].map { $0.serialized.contains("syntax-error") } == true)
        #expect(lines[4]["errors"].map { $0.serialized.contains("needs \\\"src\\\"") } == true)
        #expect(lines[5]["output"] == .string("١"))
        #expect(lines[6]["errors"].map { $0.serialized.contains(#"line 8: not valid JSON: duplicate key \"src\""#) } == true)
    }

    @Test func readsTheMessageFromStandardInput() {
        let result = ReplyKitBinary.run(["format", "-", "--args", #"{"who": "Ana"}"#], stdin: "Hello {$who}\n")
        #expect(result.stdout == "Hello \u{2068}Ana\u{2069}\n")
    }

    @Test func helpHasExamples() {
        let result = ReplyKitBinary.run(["format", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("replykit format 'Hello {$name}!'"))
        #expect(result.stdout.contains("--batch"))
    }
}
