import ExactJSON
import Testing

/// `replykit render --batch` given bad lines, hostile cases and wrong flags: a bad line is an
/// error line and the run goes on; a usage error stops it with status 2.
@Suite struct BatchInputTests {
    /// A valid line before and after the bad one: the bad line never stops the run.
    static func around(_ bad: [UInt8]) -> ReplyKitBinary.Result {
        let good = { (id: String) in Array((BatchRenderTests.line(id) + "\n").utf8) }
        return BatchRenderTests.batch(good("before") + bad + [0x0A] + good("after"))
    }

    @Test(arguments: [
        ("not json", "invalid-json", "the line is not valid JSON: expected a value, found 'n' at column 1"),
        (#"{"id": "x", "id": "y"}"#, "invalid-json", #"duplicate key "id" at column 13 (first at line 1, column 2)"#),
        ("", "bad-input", "blank line: every line must be one JSON object; remove it"),
        ("  \t ", "bad-input", "blank line: every line must be one JSON object; remove it"),
        (#"["a"]"#, "bad-input", "the line is an array, not a JSON object"),
        (#"{"template": "apology/damaged-item"}"#, "bad-input", "no 'id': give each line an id (a string or a number)"),
        (#"{"id": true}"#, "bad-input", "'id' is a boolean; give a string or a number"),
        (#"{"id": 1, "locale": "de", "case": {}, "formt": "html"}"#, "bad-input", "unknown field 'formt'"),
        (#"{"id": 1, "template": 7, "locale": "de", "case": {}}"#, "bad-input", "'template' must be a template id"),
        (#"{"id": 1, "template": [], "locale": "de", "case": {}}"#, "bad-input", "'template' must be a template id"),
        (#"{"id": 1, "template": "a", "case": {}}"#, "bad-input", "'locale' must be a BCP 47 tag"),
        (#"{"id": 1, "template": "a", "locale": "de"}"#, "bad-input", "no 'case': give the case data as a JSON object"),
        (#"{"id": 1, "template": "a", "locale": "de", "case": {}, "format": "json"}"#, "bad-input", "'format' must be"),
        (#"{"id": 1, "template": "a", "locale": "de", "case": {}, "strict": "yes"}"#, "bad-input", "'strict' must be"),
        (#"{"id": 1, "template": "a/../../etc", "locale": "de", "case": {}}"#, "unknown-template", "unknown template"),
        (#"{"id": 1, "template": "remedy/full-refund", "locale": "d e", "case": {}}"#, "invalid-locale", "'d e' is not"),
        (#"{"id": 1, "template": "remedy/full-refund", "locale": "de", "case": []}"#, "invalid-case", "(case): expected"),
    ])
    func aBadLineIsAnErrorLineBetweenRenderedOnes(line: String, type: String, message: String) throws {
        let result = Self.around(Array(line.utf8))
        #expect(result.status == 1)
        let outputs = try BatchRenderTests.outputs(result)
        #expect(outputs.count == 3)
        #expect(outputs[0]["id"] == .string("before") && outputs[0]["body"] != nil)
        #expect(outputs[2]["id"] == .string("after") && outputs[2]["body"] != nil)
        #expect(outputs[1]["error"]?["type"] == .string(type))
        #expect(outputs[1]["error"]?["line"] == .number("2"))
        guard case .string(let text)? = outputs[1]["error"]?["message"] else {
            Issue.record("no message: \(result.stdout)")
            return
        }
        #expect(text.contains(message), "\(text)")
        #expect(result.stderr.hasPrefix("rendered 2 lines, 1 failed, in "))
    }

    /// Read as bytes and checked, as a case file is: never repaired with U+FFFD.
    @Test func invalidUTF8IsReportedAtItsColumn() throws {
        let result = Self.around(Array(#"{"id": "Ren"#.utf8) + [0xE9] + Array(#""}"#.utf8))
        let outputs = try BatchRenderTests.outputs(result)
        #expect(outputs[1]["id"] == .null)
        #expect(outputs[1]["error"]?["type"] == .string("invalid-json"))
        #expect(outputs[1]["error"]?["message"] == .string("the line is not valid JSON: invalid UTF-8 at column 12 (byte 11)"))
        #expect(outputs[1]["error"]?["column"] == .number("12"))
    }

    @Test func caseProblemsAndStrictWarningsAreTyped() throws {
        let result = BatchRenderTests.batch([
            #"{"id": "p", "template": "remedy/full-refund", "locale": "de", "case": {"order": {"id": 7}}}"#,
            BatchRenderTests.line("s", locale: "it", extra: #", "strict": true"#),
            #"{"id": "u", "template": "remedy/ful-refund", "locale": "de", "case": {}}"#,
        ])
        let outputs = try BatchRenderTests.outputs(result)
        guard case .array(let problems)? = outputs[0]["error"]?["problems"],
            case .array(let warnings)? = outputs[1]["error"]?["warnings"]
        else {
            Issue.record("no problems or warnings: \(result.stdout)")
            return
        }
        #expect(
            problems.first
                == .object([("path", .string("order.id")), ("expected", .string("string")), ("found", .string("the number 7"))]))
        #expect(
            problems.last
                == .object([
                    ("path", .string("refund.method")), ("expected", .string("card | paypal | store-credit (required)")),
                    ("found", .string("nothing")),
                ]))
        #expect(problems.count == 4)
        #expect(outputs[1]["error"]?["type"] == .string("strict"))
        #expect(warnings.count == 7)
        #expect(warnings.first?["kind"] == .string("fallback") && warnings.first?["wanted"] == .string("it"))
        #expect(outputs[2]["error"]?["suggestions"] == .array([.string("remedy/full-refund")]))
    }

    /// A huge case renders; a line over 1 MiB is refused without being held; markup and controls
    /// in case data stay data; nesting deeper than the parser allows is an error, not a crash.
    @Test func hugeAndHostileCases() throws {
        let name = String(repeating: "Anna ", count: 100_000)
        let hostile = BatchRenderTests.damagedItemCase.replacing(
            "Anna Kowalski", with: #"</p><script>x</script>\u0007\u202E"#)
        let tooLong = #"{"id": "long", "pad": ""# + String(repeating: "x", count: 3 << 20) + #""}"#
        let result = BatchRenderTests.batch([
            BatchRenderTests.line("huge").replacing("Anna Kowalski", with: name),
            #"{"id": "hostile", "template": "apology/damaged-item", "locale": "de", "format": "html", "case": \#(hostile)}"#,
            tooLong,
            #"{"id": "deep", "case": "# + String(repeating: "[", count: 10_000) + "}",
            BatchRenderTests.line("after"),
        ])
        #expect(result.status == 1)
        let outputs = try BatchRenderTests.outputs(result)
        #expect(outputs.map(\.["id"]) == [.string("huge"), .string("hostile"), .null, .null, .string("after")])
        #expect(outputs[0]["error"] == nil)
        if case .string(let body)? = outputs[0]["body"] { #expect(body.count > 500_000) }
        guard case .string(let html)? = outputs[1]["body"] else {
            Issue.record("no body: \(result.stdout.prefix(2000))")
            return
        }
        #expect(html.contains("&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;") && !html.contains("<script>"))
        #expect(outputs[1]["warnings"]?.serialized.contains(#""kind":"removed-control-characters""#) == true)
        #expect(
            outputs[2]["error"]?["message"]
                == .string(
                    "the line has 3145753 bytes, more than the limit of 1048576 (1 MiB); split the case or leave out what the template does not use"
                ))
        #expect(outputs[3]["error"]?["type"] == .string("invalid-json"))
    }

    @Test(arguments: [
        (["--locale", "de"], "--batch reads each reply's template, locale and case from its input line"),
        (["--case", "x.json"], "leave out --locale and --case"),
        (["--format", "json"], "--batch always writes JSON lines"),
        (["--jobs", "0"], "--jobs must be at least 1, not 0"),
        (["--shard", "3/3"], "The value '3/3' is invalid for '--shard <I/N>'"),
        (["--shard", "1"], "The value '1' is invalid for '--shard <I/N>'"),
        (["/no/such.jsonl"], "cannot read the batch file '/no/such.jsonl' (No such file or directory)"),
        (["/tmp"], "cannot read the batch file '/tmp': it is a directory"),
        (["apology/damaged-item"], "with --batch the argument is the JSON-lines file, and each line names its template"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = ReplyKitBinary.run(["render", "--batch", "--catalog", RenderCommandTests.repository] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["--shard", "0/2"], ["--jobs", "2"]])
    func batchFlagsNeedBatch(arguments: [String]) {
        let result = ReplyKitBinary.run(
            ["render", "apology/damaged-item", "--locale", "de", "--case", RenderCommandTests.example] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(arguments[0]) works only with --batch"))
    }

    @Test func readsStandardInputAndExitsZeroWhenEveryLineRendered() throws {
        let result = ReplyKitBinary.run(
            ["render", "--batch", "--catalog", RenderCommandTests.repository, "--format", "markdown"],
            stdin: BatchRenderTests.line("1") + "\r\n" + BatchRenderTests.line("2"))
        #expect(result.status == 0, "\(result.stdout)")
        let outputs = try BatchRenderTests.outputs(result)
        #expect(outputs.map(\.["id"]) == [.string("1"), .string("2")])
        // Markdown: the closing's line break is a hard break.
        #expect(outputs[1]["body"]?.serialized.hasSuffix(#"Mit freundlichen Grüßen\\\nIhr Kundenservice-Team""#) == true)
    }
}
