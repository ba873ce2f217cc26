import CatalogFiles
import ExactJSON
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `replykit render --batch`: JSON lines in, one JSON line out per input line, in input order.
@Suite struct BatchRenderTests {
    /// The German damaged-item case, on one line.
    static let damagedItemCase: String = {
        let text = TextFile.read(RenderCommandTests.example) ?? "{}"
        return (try? JSON.parse(text))?.serialized ?? "{}"
    }()

    static let compositionCase: String = {
        let text = TextFile.read(RenderCommandTests.repository + "/examples/compositions/late-delivery-with-store-credit.json")
        return text.flatMap { try? JSON.parse($0) }?.serialized ?? "{}"
    }()

    static func line(
        _ id: String, template: String = #""apology/damaged-item""#, locale: String = "de", case: String = damagedItemCase,
        extra: String = ""
    ) -> String {
        #"{"id": "\#(id)", "template": \#(template), "locale": "\#(locale)", "case": \#(`case`)\#(extra)}"#
    }

    /// Runs `render --batch` on `input` given as a file (standard input is written whole before the
    /// output is read, so a large input would fill the pipes).
    static func batch(_ input: [UInt8], _ arguments: [String] = []) -> ReplyKitBinary.Result {
        let path = CaseFileTests.file(input)
        defer { unlink(path) }
        return ReplyKitBinary.run(["render", "--batch", path, "--catalog", RenderCommandTests.repository] + arguments)
    }

    static func batch(_ lines: [String], _ arguments: [String] = []) -> ReplyKitBinary.Result {
        batch(Array(lines.map { $0 + "\n" }.joined().utf8), arguments)
    }

    static func outputs(_ result: ReplyKitBinary.Result) throws -> [JSON] {
        try result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { try JSON.parse(String($0)) }
    }

    @Test func rendersEachLineAsTheJSONOfItsReply() throws {
        let result = Self.batch([Self.line("a"), Self.line("b", locale: "de-CH", extra: #", "format": "html""#)])
        #expect(result.status == 0, "\(result.stderr)")
        let outputs = try Self.outputs(result)
        #expect(outputs.count == 2)
        #expect(outputs[0]["id"] == .string("a"))
        #expect(
            outputs[0]["subject"] == .string("Ihre Bestellung EU-2026-418837 ist beschädigt angekommen – das tut uns leid"))
        guard case .string(let body)? = outputs[0]["body"], case .string(let html)? = outputs[1]["body"] else {
            Issue.record("no body")
            return
        }
        #expect(body.hasPrefix("Guten Tag Anna Kowalski,\n\n"))
        #expect(body.contains("Wir haben Ihnen 129,90\u{A0}€ über Ihre ursprüngliche Zahlungsart erstattet."))
        #expect(html.hasPrefix(#"<div lang="de" dir="ltr">\#n<p>Guten Tag Anna Kowalski,</p>"#))
        #expect(html.contains("EUR\u{A0}129.90"))
        #expect(outputs[1]["locale"] == .string("de"))
        #expect(outputs[1]["formattingLocale"] == .string("de-CH"))
        #expect(outputs[0]["warnings"] == .array([]))
        // stderr is not a terminal here: no progress line, only the summary.
        #expect(result.stderr.hasPrefix("rendered 2 lines, 0 failed, in "))
        #expect(result.stderr.hasSuffix(" lines/s)\n") && result.stderr.split(separator: "\n").count == 1)
    }

    /// Chunks (of 256 lines) render at once and finish in any order: the first ones, all renders,
    /// finish after later ones of cheap error lines. The output keeps the input's order.
    @Test func keepsInputOrderWithManyLines() throws {
        let lines = (0..<3000).map { index in
            if index < 300 || index % 50 == 0 {
                return index % 2 == 0
                    ? Self.line("\(index)", locale: ["de", "ja", "ar", "pl", "zh-Hans"][index % 5])
                    : Self.line(
                        "\(index)", template: #"["apology/late-delivery", "remedy/store-credit"]"#, locale: "fr",
                        case: Self.compositionCase)
            }
            return index % 2 == 0
                ? #"{"id": "\#(index)", "template": "apology/damaged-itme", "locale": "de", "case": {}}"# : "not json \(index)"
        }
        let parallel = Self.batch(lines, ["--jobs", "4"])
        #expect(parallel.status == 1)
        let outputs = try Self.outputs(parallel)
        #expect(outputs.count == 3000)
        for (index, output) in outputs.enumerated() {
            if index < 300 || index % 50 == 0 {
                #expect(output["id"] == .string("\(index)") && output["subject"] != nil, "\(output)")
            } else if index % 2 == 0 {
                #expect(output["id"] == .string("\(index)") && output["error"]?["type"] == .string("unknown-template"))
            } else {
                #expect(output["id"] == .null && output["error"]?["line"] == .number("\(index + 1)"))
            }
        }
        #expect(parallel.stderr.hasPrefix("rendered 354 lines, 2,646 failed, in "))
        let serial = Self.batch(lines, ["--jobs", "1"])
        #expect(serial.stdout == parallel.stdout)
    }

    /// Every line of an N-way split renders in exactly one shard; together they are the whole output.
    @Test(arguments: [2, 3, 7])
    func shardsTogetherAreTheWholeOutput(count: Int) throws {
        let lines = (0..<60).map { index in
            index % 9 == 4 ? #"{"id": "\#(index)"}"# : Self.line("\(index)", locale: ["de", "en", "fr"][index % 3])
        }
        let whole = try Self.outputs(Self.batch(lines))
        #expect(whole.count == 60)
        var union: [JSON] = []
        for index in 0..<count {
            let shard = Self.batch(lines, ["--shard", "\(index)/\(count)"])
            let outputs = try Self.outputs(shard)
            #expect(outputs.map(\.["id"]) == stride(from: index, to: 60, by: count).map { .string("\($0)") })
            #expect(shard.stderr.contains(", shard \(index)/\(count)"))
            union += outputs
        }
        func id(_ output: JSON) -> Int { if case .string(let id)? = output["id"] { Int(id) ?? -1 } else { -1 } }
        // The error of a line names its line in the whole input, in every shard.
        #expect(union.sorted { id($0) < id($1) } == whole)
    }

    @Test func compositionsAsJoinedIdsOrAListRenderTheSameReply() throws {
        let result = Self.batch([
            #"{"id": 1, "template": "apology/late-delivery+remedy/store-credit", "locale": "fr", "case": \#(Self.compositionCase)}"#,
            #"{"id": 2, "template": ["apology/late-delivery", "remedy/store-credit"], "locale": "fr", "case": \#(Self.compositionCase)}"#,
        ])
        #expect(result.status == 0, "\(result.stdout)")
        let outputs = try Self.outputs(result)
        #expect(outputs[0]["id"] == .number("1"))
        #expect(outputs[0]["body"] == outputs[1]["body"])
        let single = ReplyKitBinary.run([
            "render", "apology/late-delivery+remedy/store-credit", "--locale", "fr", "--format", "json", "--case",
            RenderCommandTests.repository + "/examples/compositions/late-delivery-with-store-credit.json",
            "--catalog", RenderCommandTests.repository,
        ])
        #expect(outputs[0]["body"] == (try JSON.parse(single.stdout))["body"])
    }
}
