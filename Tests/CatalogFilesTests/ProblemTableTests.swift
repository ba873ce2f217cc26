import CatalogFiles
import MessageFormatSyntax
import Testing

/// One problem a file must produce: `code file:line:column: message`.
struct ProblemCase: CustomTestStringConvertible, Sendable {
    enum Kind: Sendable { case template, translation, manifest }
    var name: String
    var kind: Kind
    var text: String
    var expected: String
    var testDescription: String { name }

    init(_ name: String, _ kind: Kind, _ text: String, _ expected: String) {
        self.name = name
        self.kind = kind
        self.text = text
        self.expected = expected
    }

    init(_ name: String, _ text: String, _ expected: String) {
        self.init(name, .template, text, expected)
    }

    func problems() -> [CatalogProblem] {
        switch kind {
        case .template: TemplateFile.parse(text, file: "t.reply", id: "t").1
        case .translation: TranslationFile.parse(text, file: "l.reply", id: "t", locale: "de").1
        case .manifest: Manifest.parse(text, file: "replykit.yaml").1
        }
    }
}

private func headerWith(_ lines: String) -> String {
    "---\nkind: apology\nchannels: [email]\nsummary: Test.\n\(lines)---\n[a]\nx\n"
}

let problemCases: [ProblemCase] = [
    // Header (line 1 is '---', so the YAML starts on line 2).
    ProblemCase(
        "unknown input type", headerWith("inputs:\n  order.id: strin\n"),
        "bad-input-declaration t.reply:6:13: unknown input type 'strin' for order.id; expected string, number, integer, money, date, datetime, list, boolean, or a | b | c (did you mean 'string'?)"
    ),
    ProblemCase(
        "bad enumeration value", headerWith("inputs:\n  remedy: refund | Replacement\n"),
        "bad-input-declaration t.reply:6:20: enumeration value 'Replacement' for remedy is not valid; values use lowercase letters, digits and '-', starting with a letter or digit"
    ),
    ProblemCase(
        "empty enumeration value", headerWith("inputs:\n  remedy: refund | | other\n"),
        "bad-input-declaration t.reply:6:20: the enumeration for remedy has an empty value; write its values as 'a | b | c'"),
    ProblemCase(
        "input without type", headerWith("inputs:\n  order.id:\n"),
        "bad-input-declaration t.reply:6:3: input order.id needs a type written on one line, as in 'order.id: string', found nothing; expected string, number, integer, money, date, datetime, list, boolean, or a | b | c"
    ),
    ProblemCase(
        "bad input path", headerWith("inputs:\n  order..id: string\n"),
        "bad-input-declaration t.reply:6:3: 'order..id' is not a valid input path; write dotted names of letters, digits, '_' and '-', such as 'order.id'"
    ),
    ProblemCase(
        "inputs as a list", headerWith("inputs:\n  - order.id\n"),
        "bad-input-declaration t.reply:6:3: inputs must be a map of paths to types, as in 'order.id: string', found a list"),
    ProblemCase(
        "unknown kind", "---\nkind: apologie\nchannels: [email]\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:2:7: unknown kind 'apologie'; expected apology, remedy, review-response, acknowledgement, or follow-up (did you mean 'apology'?)"
    ),
    ProblemCase(
        "unknown channel", "---\nkind: apology\nchannels: [email, e-mail]\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:3:19: unknown channel 'e-mail'; expected email, chat, or marketplace, or a channel with a pack (channels/e-mail.yaml; see docs/channel-packs.md) (did you mean 'email'?)"
    ),
    ProblemCase(
        "channels not a list", "---\nkind: apology\nchannels: email\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:3:11: channels must be a list, as in 'channels: [email, chat]', found 'email'"),
    ProblemCase(
        "unknown header key", "---\nkind: apology\nchannels: [chat]\nsummary: s\ntone: warm\n---\n[a]\nx",
        "bad-header t.reply:5:1: unknown header key 'tone'; expected kind, channels, summary, inputs, or sms-segments"),
    ProblemCase(
        "missing summary", "---\nkind: apology\nchannels: [chat]\n---\n[a]\nx",
        "bad-header t.reply:1:1: the header has no 'summary'; add a line such as 'summary: When to use this template, in one line.'"
    ),
    ProblemCase(
        "multi-line summary", "---\nkind: apology\nchannels: [chat]\nsummary: |\n  one\n  two\n---\n[a]\nx",
        "bad-header t.reply:4:10: summary must be one line; shorten it"),
    ProblemCase(
        "header is a list", "---\n- kind\n- apology\n---\n[a]\nx",
        "bad-header t.reply:2:1: the header must be a map of keys (kind, channels, summary, inputs), found a list"),
    ProblemCase(
        "YAML syntax error", "---\nkind: apology\nchannels: [email, chat\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:4:8: the header is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3); check the indentation and quote values that contain ': ', ' #', '[' or '{'"
    ),
    ProblemCase(
        "tab indentation", "---\nkind: apology\nchannels: [chat]\nsummary: s\ninputs:\n\torder.id: string\n---\n[a]\nx",
        "bad-header t.reply:6:1: the header is not valid YAML: found character that cannot start any token (while scanning for the next token at line 6); YAML is indented with spaces, not tabs"
    ),
    ProblemCase(
        "duplicate header key", "---\nkind: apology\nchannels: [chat]\nkind: remedy\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:4:1: 'kind' is given more than once in the header (first at line 2); keep one"),
    ProblemCase(
        "duplicate input",
        "---\nkind: apology\nchannels: [chat]\nsummary: s\ninputs:\n  order.id: string\n  order.id: number\n---\n[a]\nx",
        "bad-header t.reply:7:3: 'order.id' is given more than once in the header (first at line 6); keep one"),
    ProblemCase(
        "alias without anchor", "---\nkind: *k\nchannels: [chat]\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:2:7: the header is not valid YAML: found '*k', but no '&k' before it"),
    ProblemCase(
        "nested too deep", "---\nkind: apology\nchannels: " + String(repeating: "[", count: 65) + "\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:3:74: the header nests lists and maps more than 64 levels deep; flatten it"),
    ProblemCase(
        "control character", "---\nkind: é\u{7}\nchannels: [chat]\nsummary: s\n---\n[a]\nx",
        "bad-header t.reply:2:8: the header is not valid YAML: control characters are not allowed; remove the control character"),
    ProblemCase(
        "no header", "[a]\nx",
        "bad-header t.reply:1:1: a source template starts with a YAML header between two '---' lines, giving its kind, channels and summary; add one"
    ),
    ProblemCase(
        "header never closed", "---\nkind: apology\nchannels: [chat]\nsummary: s\n[a]\nx",
        "bad-header t.reply:1:1: the header opened on line 1 has no closing '---' line; add '---' after the header's last line"),
    ProblemCase(
        "no blocks", "---\nkind: apology\nchannels: [chat]\nsummary: s\n---\n\n",
        "bad-block t.reply:6:1: the template has no blocks; add one, such as a line '[body]' followed by its text"),

    // Blocks (the sample header's blocks start on line 10).
    ProblemCase(
        "text before the first block", Sample.header + "Hello\n[a]\nx",
        "bad-block t.reply:10:1: text before the first block; start a block with a line such as '[greeting]', or remove the text"),
    ProblemCase(
        "wrong-case block id before the first block", Sample.header + "\n[Greeting]\nx\n[a]\ny",
        "bad-block t.reply:11:2: '[Greeting]' is not a valid block line: 'Greeting' is not a valid block id; ids use lowercase letters, digits and '-', starting with a letter or digit (did you mean '[greeting]'?); if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "wrong-case block id after a block", Sample.header + "[a]\nx\n[Closing]\nKind regards",
        "bad-block t.reply:12:2: '[Closing]' is not a valid block line: 'Closing' is not a valid block id; ids use lowercase letters, digits and '-', starting with a letter or digit (did you mean '[closing]'?); if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "block id with '_'", Sample.header + "[a]\nx\n[sign_off]\nBye",
        "bad-block t.reply:12:2: '[sign_off]' is not a valid block line: 'sign_off' is not a valid block id; ids use lowercase letters, digits and '-', starting with a letter or digit (did you mean '[sign-off]'?); if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "block id that cannot be repaired, with its text skipped", Sample.header + "[a]\nx\n[Grüße]\ny\n\nz\n[b]\nw",
        "bad-block t.reply:12:2: '[Grüße]' is not a valid block line: 'Grüße' is not a valid block id; ids use lowercase letters, digits and '-', starting with a letter or digit, as in '[greeting]'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "empty block id", Sample.header + "[a]\nx\n[]\ny",
        "bad-block t.reply:12:2: '[]' is not a valid block line: the block id is empty; ids use lowercase letters, digits and '-', starting with a letter or digit, as in '[greeting]'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "block line without ]", Sample.header + "[greeting\nx\n[a]\ny",
        "bad-block t.reply:10:10: '[greeting' is not a valid block line: expected ']' to close the block id, as in '[greeting]'"),
    ProblemCase(
        "block line without ] after a block", Sample.header + "[a]\nx\n[closing\ny",
        "bad-block t.reply:12:9: '[closing' is not a valid block line: expected ']' to close the block id, as in '[closing]'"),
    ProblemCase(
        "no space after ]", Sample.header + "[a]\nx\n[b]when flag\ny",
        "bad-block t.reply:12:4: '[b]when flag' is not a valid block line: expected a space or the end of the line after '[b]', found 'w'"
    ),
    ProblemCase(
        "unknown word after the id", Sample.header + "[greeting] if x\nx\n[a]\ny",
        "bad-block t.reply:10:12: '[greeting] if x' is not a valid block line: unexpected 'if' after '[greeting]' (did you mean 'when'?); a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "misspelt 'when' after a block", Sample.header + "[a]\nx\n[sign-off] whenn remedy = refund\ny",
        "bad-block t.reply:12:12: '[sign-off] whenn remedy = refund' is not a valid block line: unexpected 'whenn' after '[sign-off]' (did you mean 'when'?); a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "capitalised 'When'", Sample.header + "[a] When flag\nx",
        "bad-block t.reply:10:5: '[a] When flag' is not a valid block line: unexpected 'When' after '[a]' (did you mean 'when'?); a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "misspelt 'when' still opens a run for 'otherwise'", Sample.header + "[a] whenn flag\nx\n[b] otherwise\ny",
        "bad-block t.reply:10:5: '[a] whenn flag' is not a valid block line: unexpected 'whenn' after '[a]' (did you mean 'when'?); a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "misspelt 'otherwise'", Sample.header + "[a] when flag\nx\n[b] otherwize\ny",
        "bad-block t.reply:12:5: '[b] otherwize' is not a valid block line: unexpected 'otherwize' after '[b]' (did you mean 'otherwise'?); a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "unknown condition keyword", Sample.header + "[a]\nx\n[b] unless flag\ny",
        "bad-block t.reply:12:5: '[b] unless flag' is not a valid block line: unexpected 'unless' after '[b]'; a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "duplicate block", Sample.header + "[greeting]\nA\n\n[other]\nB\n[greeting]\nC",
        "duplicate-block t.reply:15:2: block 'greeting' is defined twice (first at line 10); rename or remove one"),
    ProblemCase(
        "otherwise without a run", Sample.header + "[a]\nx\n[b] otherwise\ny",
        "bad-condition t.reply:12:5: 'otherwise' needs a conditional block before it"),
    ProblemCase(
        "otherwise first", Sample.header + "[b] otherwise\ny",
        "bad-condition t.reply:10:5: 'otherwise' needs a conditional block before it"),
    ProblemCase(
        "otherwise after otherwise", Sample.header + "[a] when flag\nx\n[b] otherwise\ny\n[c] otherwise\nz",
        "bad-condition t.reply:14:5: 'otherwise' needs a conditional block before it"),
    ProblemCase(
        "text after otherwise", Sample.header + "[a] when flag\nx\n[b] otherwise now\ny",
        "bad-condition t.reply:12:15: unexpected 'now' after 'otherwise'; 'otherwise' takes no path or value"),
    ProblemCase(
        "undeclared input", Sample.header + "[a] when remedi\nx",
        "bad-condition t.reply:10:10: condition uses 'remedi', which is not a declared input (did you mean 'remedy'?)"),
    ProblemCase(
        "undeclared input, no suggestion", Sample.header + "[a] when customer.name\nx",
        "bad-condition t.reply:10:10: condition uses 'customer.name', which is not a declared input; declare it under 'inputs' in the header"
    ),
    ProblemCase(
        "value not in the enumeration", Sample.header + "[a] when remedy = refunded\nx",
        "bad-condition t.reply:10:19: value 'refunded' is not one of remedy's values: refund, replacement, partial-refund (did you mean 'refund'?)"
    ),
    ProblemCase(
        "boolean compared to text", Sample.header + "[a] when flag = yes\nx",
        "bad-condition t.reply:10:17: flag is a boolean; compare it with 'true' or 'false', or write 'when flag'"),
    ProblemCase(
        "list compared to a value", Sample.header + "[a] when items = 3\nx",
        "bad-condition t.reply:10:10: items is a list and cannot equal a value; write 'when items' to test that it is not empty, or compare items.count"
    ),
    ProblemCase(
        "count compared to a word", Sample.header + "[a] when items.count = many\nx",
        "bad-condition t.reply:10:24: items.count is an integer, but 'many' is not a whole number"),
    ProblemCase(
        "when without a path", Sample.header + "[a] when\nx",
        "bad-condition t.reply:10:5: expected an input path after 'when', as in 'when customer.name' or 'when remedy = refund'"),
    ProblemCase(
        "when with a bad path", Sample.header + "[a] when 9lives\nx",
        "bad-condition t.reply:10:10: '9lives' is not an input path; write 'when path' or 'when path = value' with a dotted path such as 'customer.name'"
    ),
    ProblemCase(
        "when without a value", Sample.header + "[a] when remedy =\nx",
        "bad-condition t.reply:10:17: expected a value after '=', as in 'when remedy = value'"),
    ProblemCase(
        "when with junk", Sample.header + "[a] when remedy refund\nx",
        "bad-condition t.reply:10:17: expected '= value' or the end of the line after 'when remedy', found 'r'"),
    ProblemCase(
        "stamp in a source template", Sample.header + "[a] @5d1f0c2a\nx",
        "bad-block t.reply:10:5: version stamps belong in translations; remove '@5d1f0c2a' from the source template"),
    ProblemCase(
        "MF2 syntax error on line 3 of a block", Sample.header + "[body]\nFirst line\nSecond line\nThird {$x line\n",
        "message-error t.reply:13:11: block 'body': syntax error: expected a function (':name'), an attribute ('@name') or '}' to close the placeholder opened at 13:7, found 'l'"
    ),
    ProblemCase(
        "MF2 data-model error", Sample.header + "[a]\n.input {$n :integer}\n.match $n\none {{x}}",
        "message-error t.reply:12:1: block 'a': no variant has only catch-all (*) keys: add a fallback variant '* {{…}}' whose keys are all '*'"
    ),
    ProblemCase(
        "MF2 error after a blank-line-trimmed start", Sample.header + "[a]\n#: note\n\n\n  Hello }\n",
        "message-error t.reply:14:9: block 'a': syntax error: unescaped '}' in the pattern; write '\\}' for a brace"),

    // Translations.
    ProblemCase(
        "condition in a translation", .translation, "[greeting] when customer.name\nHallo",
        "bad-condition l.reply:1:12: conditions belong in the source template; remove 'when customer.name' from the translation"),
    ProblemCase(
        "otherwise in a translation", .translation, "[a]\nx\n[greeting] otherwise\nHallo",
        "bad-condition l.reply:3:12: conditions belong in the source template; remove 'otherwise' from the translation"),
    ProblemCase(
        "bad stamp", .translation, "[a] @9A3E77B0\nx",
        "bad-block l.reply:1:5: expected '@' and 8 lowercase hex digits (the source block's version), found '@9A3E77B0'; copy the stamp from 'replykit' or remove it"
    ),
    ProblemCase(
        "short stamp", .translation, "\n[a] @9a3e77b\nx",
        "bad-block l.reply:2:5: expected '@' and 8 lowercase hex digits (the source block's version), found '@9a3e77b'; copy the stamp from 'replykit' or remove it"
    ),
    ProblemCase(
        "header in a translation", .translation, "---\nkind: apology\n---\n[a]\nx",
        "bad-block l.reply:1:1: a translation has no header; remove the lines from '---' to '---' (kind, channels, summary and inputs live in the source template)"
    ),
    ProblemCase(
        "text before the first translated block", .translation, "\n\n  Hallo\n[a]\nx",
        "bad-block l.reply:3:3: text before the first block; start a block with a line such as '[greeting]', or remove the text"),
    ProblemCase(
        "duplicate translated block", .translation, "[a] @12345678\nx\n[a]\ny",
        "duplicate-block l.reply:3:2: block 'a' is defined twice (first at line 1); rename or remove one"),
    ProblemCase(
        "wrong-case block id in a translation", .translation, "[a] @4392b46b\nx\n[Greeting] @56c3d154\ny",
        "bad-block l.reply:3:2: '[Greeting] @56c3d154' is not a valid block line: 'Greeting' is not a valid block id; ids use lowercase letters, digits and '-', starting with a letter or digit (did you mean '[greeting]'?); if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "stamp without '@'", .translation, "[a]\nx\n[b] 56c3d154\ny",
        "bad-block l.reply:3:5: '[b] 56c3d154' is not a valid block line: unexpected '56c3d154' after '[b]' (did you mean '@56c3d154'?); in a translation a block line is '[id]', optionally followed by the source block's '@' stamp; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "misspelt condition in a translation", .translation, "[a]\nx\n[b] whenn x\ny",
        "bad-block l.reply:3:5: '[b] whenn x' is not a valid block line: unexpected 'whenn' after '[b]'; in a translation a block line is '[id]', optionally followed by the source block's '@' stamp; if the line is text, write its '[' as '{|[|}'"
    ),
    ProblemCase(
        "MF2 error in a translation", .translation, "[a]\nHallo {$name :}",
        "message-error l.reply:2:15: block 'a': syntax error: expected a name after ':', found '}'"),

    // Manifest.
    ProblemCase(
        "manifest without source locale", .manifest, "target-locales: [de]\n",
        "bad-manifest replykit.yaml:1:1: the manifest has no source-locale; add a line such as 'source-locale: en'"),
    ProblemCase(
        "bad locale tag", .manifest, "source-locale: en\ntarget-locales: [de, pt_BR]\n",
        "bad-manifest replykit.yaml:2:22: target locale 'pt_BR' is not a BCP 47 language tag; use '-' between subtags, as in 'pt-BR'"
    ),
    ProblemCase(
        "target locales not a list", .manifest, "source-locale: en\ntarget-locales: de\n",
        "bad-manifest replykit.yaml:2:17: target-locales must be a list, as in 'target-locales: [de, ja]', found 'de'"),
    ProblemCase(
        "source locale as target", .manifest, "source-locale: en\ntarget-locales:\n  - de\n  - en\n",
        "bad-manifest replykit.yaml:4:5: 'en' is the source locale; remove it from target-locales"),
    ProblemCase(
        "unknown manifest key", .manifest, "source-locale: en\ntarget-locale: [de]\n",
        "bad-manifest replykit.yaml:2:1: unknown manifest key 'target-locale'; expected source-locale, target-locales or lint (did you mean 'target-locales'?)"
    ),
    ProblemCase(
        "manifest not YAML", .manifest, "source-locale: en\ntarget-locales: [de\n",
        "bad-manifest replykit.yaml:3:1: the manifest is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2); check the indentation and quote values that contain ': ', ' #', '[' or '{'"
    ),
    ProblemCase(
        "manifest is a list", .manifest, "- en\n- de\n",
        "bad-manifest replykit.yaml:1:1: the manifest must be a map with source-locale and target-locales, found a list"),
]

@Suite struct ProblemTableTests {
    @Test(arguments: problemCases)
    /// Each input produces exactly the one problem expected, at its exact position.
    func reportsProblemAtItsPosition(_ testCase: ProblemCase) {
        let problems = testCase.problems()
        #expect(problems.map(\.summary) == [testCase.expected])
    }

    @Test func mf2ErrorCarriesItsKind() {
        let problems = TemplateFile.parse(
            Sample.header + "[a]\n\n.input {$n :integer}\n.match $n\none {{x}}", file: "t.reply", id: "t"
        ).1
        #expect(problems.map(\.code) == [.message])
        #expect(problems.first?.mf2 == .missingFallbackVariant)
        let syntax = TemplateFile.parse(Sample.header + "[a]\n{", file: "t.reply", id: "t").1
        #expect(syntax.first?.mf2 == .syntaxError)
    }

    @Test func brokenBlocksStayInTheTemplate() throws {
        // A block whose message does not parse is kept (with an empty message), so that
        // translations are still checked against it.
        let (template, problems) = TemplateFile.parse(Sample.header + "[a]\nHello {$name\n[b]\nfine", file: "t.reply", id: "t")
        #expect(problems.count == 1)
        #expect(try #require(template).blocks.map(\.id) == ["a", "b"])
        #expect(try #require(template).blocks[0].text == "Hello {$name")
    }

    @Test func unusableHeaderGivesNoTemplateButStillChecksBlocks() {
        let (template, problems) = TemplateFile.parse(
            "---\nkind: nope\nchannels: [chat]\nsummary: s\n---\n[a] otherwise\n{", file: "t.reply", id: "t")
        #expect(template == nil)
        #expect(
            problems.map(\.summary) == [
                "bad-header t.reply:2:7: unknown kind 'nope'; expected apology, remedy, review-response, acknowledgement, or follow-up",
                "bad-condition t.reply:6:5: 'otherwise' needs a conditional block before it",
                "message-error t.reply:7:2: block 'a': syntax error: expected '}' to close the placeholder opened at 7:1, found end of message",
            ])
    }

    @Test func invalidHeaderYAMLDoesNotCascadeIntoConditions() {
        let (_, problems) = TemplateFile.parse("---\nkind: [\n---\n[a] when remedy = refund\nx", file: "t.reply", id: "t")
        #expect(problems.map(\.code) == [.badHeader])
    }
}
