import CatalogFiles
import MessageFormatSyntax
import Testing

@Suite struct TemplateFileTests {
    let parsed = TemplateFile.parse(Sample.template, file: "templates/apology/damaged-item.reply", id: "apology/damaged-item")

    @Test func validTemplateHasNoProblems() throws {
        #expect(parsed.1.map(\.summary) == [])
        #expect(parsed.0 != nil)
    }

    @Test func header() throws {
        let template = try #require(parsed.0)
        #expect(template.id == "apology/damaged-item")
        #expect(template.file == "templates/apology/damaged-item.reply")
        #expect(template.kind == .apology)
        #expect(template.channels == ["email", "chat"])
        #expect(template.summary == "The item arrived damaged; apologise and confirm the chosen remedy.")
        #expect(template.fileText == Sample.template)
    }

    /// YAML's null, unquoted, is nothing; in quotes it is text. Numbers and booleans are text too.
    @Test(arguments: ["~", "null", "Null", "NULL", ""])
    func nullIsNothing(spelling: String) throws {
        let text = "---\nkind: apology\nchannels: [email]\nsummary: \(spelling)\ninputs: \(spelling)\n---\n[a]\nx\n"
        let problems = TemplateFile.parse(text, file: "t.reply", id: "t").1
        // The summary is reported missing; the inputs, being nothing, are simply none.
        #expect(problems.count == 1)
        #expect(
            problems.first?.summary.hasSuffix(": summary must be one line of text saying when to use the template, found nothing")
                == true)
    }

    @Test(arguments: [
        ("\"null\"", "null"), ("'~'", "~"), ("true", "true"), ("42", "42"), ("0x1F", "0x1F"), ("2026-11-22", "2026-11-22"),
    ])
    func otherScalarsAreText(written: String, summary: String) throws {
        let text = "---\nkind: apology\nchannels: [email]\nsummary: \(written)\n---\n[a]\nx\n"
        let (template, problems) = TemplateFile.parse(text, file: "t.reply", id: "t")
        #expect(problems.isEmpty)
        #expect(template?.summary == summary)
    }

    @Test func inputs() throws {
        let template = try #require(parsed.0)
        #expect(
            template.inputs == [
                InputDeclaration(path: "customer.name", type: .string, isOptional: true, line: 6, column: 3),
                InputDeclaration(path: "order.id", type: .string, isOptional: false, line: 7, column: 3),
                InputDeclaration(path: "order.items", type: .list, isOptional: false, line: 8, column: 3),
                InputDeclaration(path: "delivered", type: .date, isOptional: false, line: 9, column: 3),
                InputDeclaration(
                    path: "remedy", type: .enumeration(["refund", "replacement", "partial-refund"]), isOptional: false, line: 10,
                    column: 3),
                InputDeclaration(path: "refund", type: .money, isOptional: true, line: 11, column: 3),
                InputDeclaration(path: "gift", type: .boolean, isOptional: false, line: 12, column: 3),
            ])
        #expect(
            template.inputs.map(\.type.description) == [
                "string", "string", "list", "date", "refund | replacement | partial-refund", "money", "boolean",
            ])
    }

    @Test func blocks() throws {
        let blocks = try #require(parsed.0).blocks
        #expect(
            blocks.map(\.id) == [
                "subject", "greeting", "greeting-anonymous", "apology", "remedy-refund", "remedy-other", "remedy-none",
                "gift-note",
            ])
        #expect(
            blocks.map(\.condition) == [
                .always, .present(path: "customer.name"), .otherwise, .always,
                .equals(path: "remedy", value: "refund"), .equals(path: "remedy", value: "replacement"), .otherwise,
                .equals(path: "gift", value: "true"),
            ])
        #expect(blocks.map(\.line) == [14, 17, 20, 25, 32, 36, 38, 40])
        #expect(blocks.map(\.textLine) == [15, 18, 23, 26, 33, 37, 39, 41])
        #expect(blocks.map(\.textColumn) == [1, 1, 1, 1, 1, 1, 1, 1])
        #expect(blocks.allSatisfy { $0.sourceHash == nil })
    }

    @Test func blockTextsAreExact() throws {
        let blocks = try #require(parsed.0).blocks
        #expect(blocks[0].text == "Your order {$order.id}: we are sorry")
        #expect(blocks[2].text == "Hello,")
        #expect(
            blocks[3].text == """
                .input {$order.items.count :integer}
                .match $order.items.count
                one {{We are truly sorry that your item arrived damaged.}}
                *   {{We are truly sorry that {$order.items.count} of your items arrived damaged.}}
                """)
        #expect(
            blocks[4].text == """
                We have refunded {$refund :currency} to your original payment method.
                [see our returns policy](https://example.com/returns): a line that starts with a bracket but is not a block line is text.
                """)
        #expect(blocks[7].text == "Zażółć gęślą jaźń 😀 {$order.id}")
    }

    @Test func textOffsetsPointIntoTheFile() throws {
        let template = try #require(parsed.0)
        // Hand-checked: line 15 starts after 14 lines; the subject text starts at byte 303 (computed with Python).
        #expect(template.blocks[0].textOffset == 303)
        for block in template.blocks {
            #expect(block.textOffset == utf8Offset(of: block.text, in: Sample.template))
            let bytes = Array(Sample.template.utf8)
            #expect(
                String(decoding: bytes[block.textOffset..<(block.textOffset + block.text.utf8.count)], as: UTF8.self)
                    == block.text)
            let location = SourceLocation(offset: block.textOffset, in: Sample.template)
            #expect(location.line == block.textLine && location.column == block.textColumn)
        }
    }

    @Test func annotations() throws {
        let blocks = try #require(parsed.0).blocks
        #expect(blocks[2].annotations.map(\.text) == ["lint-ignore formal-greeting", "second note"])
        #expect(blocks[2].annotations.map(\.line) == [21, 22])
        #expect(blocks[0].annotations.isEmpty)
    }

    @Test func messagesAreParsed() throws {
        let blocks = try #require(parsed.0).blocks
        #expect(blocks[0].message == (try Message.parse("Your order {$order.id}: we are sorry")))
        guard case .matcher(let matcher) = blocks[3].message.body else {
            Issue.record("expected a .match message")
            return
        }
        #expect(matcher.selectors.map(\.name) == ["order.items.count"])
        #expect(matcher.variants.count == 2)
    }

    @Test func emptyInputsAndOptionalEnumeration() throws {
        let text =
            "---\nkind: follow-up\nchannels: [sms, google-play, google-business, marketplace]\nsummary: s\ninputs:\n  choice: a | b-2 ?\n  count: integer\n  total: number\n  at: datetime\n---\n[x]\nhi\n"
        let channels = ["email", "chat", "marketplace", "sms", "google-play", "google-business"]
        let (template, problems) = TemplateFile.parse(text, file: "t.reply", id: "t", channels: channels)
        #expect(problems.map(\.summary) == [])
        #expect(template?.kind == .followUp)
        #expect(template?.channels == ["sms", "google-play", "google-business", "marketplace"])
        #expect(template?.inputs.map(\.type) == [.enumeration(["a", "b-2"]), .integer, .number, .datetime])
        #expect(template?.inputs.map(\.isOptional) == [true, false, false, false])
        let none = TemplateFile.parse("---\nkind: remedy\nchannels: [chat]\nsummary: s\n---\n[x]\nhi", file: "t.reply", id: "t")
        #expect(none.1.isEmpty)
        #expect(none.0?.inputs == [])
    }

    @Test func crlfBomAndTabs() throws {
        let text =
            "\u{FEFF}---\r\nkind: review-response\r\nchannels: [google-play]\r\nsummary: s\r\ninputs:\r\n  items: list\r\n---\r\n\r\n[a]\twhen items.count = 2\r\n\tIndented\r\nline two\r\n\r\n[b]\r\nx"
        let (template, problems) = TemplateFile.parse(text, file: "t.reply", id: "t", channels: ["google-play"])
        #expect(problems.map(\.summary) == [])
        let blocks = try #require(template).blocks
        #expect(blocks.map(\.condition) == [.equals(path: "items.count", value: "2"), .always])
        #expect(blocks[0].text == "\tIndented\nline two")
        #expect(blocks[0].line == 9 && blocks[0].textLine == 10)
        // Offsets point into the file's text with LF line ends: the BOM, then lines 1-9 (13 CRs dropped).
        #expect(try #require(template).fileText.utf8.count == text.utf8.count - 13)
        #expect(blocks[0].textOffset == 3 + 4 + 22 + 24 + 11 + 8 + 14 + 4 + 1 + 25)
        #expect(blocks[1].text == "x")
    }

    @Test func emptyBlockText() throws {
        let (template, problems) = TemplateFile.parse(Sample.header + "[a]\n\n[b]\n#: note", file: "t.reply", id: "t")
        #expect(problems.isEmpty)
        let blocks = try #require(template).blocks
        #expect(blocks.map(\.text) == ["", ""])
        #expect(blocks[0].textLine == 11)
        #expect(blocks[1].annotations.map(\.text) == ["note"])
    }
}
