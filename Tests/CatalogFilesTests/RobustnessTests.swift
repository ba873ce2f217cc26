import CatalogFiles
import Testing

/// Invariants every parse must keep, whatever the input.
private func checkInvariants(_ text: String, _ problems: [CatalogProblem], _ blocks: [Block], sourceLine: Int = #line) {
    let bytes = Array(text.utf8)
    var lineCount = 1
    var previousCR = false
    for byte in bytes {
        if byte == 0x0A { if !previousCR { lineCount += 1 } } else if byte == 0x0D { lineCount += 1 }
        previousCR = byte == 0x0D
    }
    for problem in problems {
        #expect(problem.line >= 1 && problem.line <= lineCount, "\(problem)")
        #expect(problem.column >= 1, "\(problem)")
        #expect(!problem.message.isEmpty)
    }
    // Block offsets point into the file's text with LF line ends.
    let lf = Array(text.replacing("\r\n", with: "\n").replacing("\r", with: "\n").utf8)
    for block in blocks {
        let end = block.textOffset + block.text.utf8.count
        #expect(block.textOffset >= 0 && end <= lf.count)
        if end <= lf.count, block.textOffset >= 0 {
            #expect(String(decoding: lf[block.textOffset..<end], as: UTF8.self) == block.text)
        }
        #expect(block.line >= 1 && block.textLine >= block.line && block.textColumn >= 1)
    }
}

/// Every prefix of `text` that ends on a Unicode scalar boundary (every UTF-8 boundary).
private func prefixes(_ text: String) -> [String] {
    var result: [String] = [""]
    var view = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        view.append(scalar)
        result.append(String(view))
    }
    return result
}

@Suite struct RobustnessTests {
    @Test func truncatedTemplatesNeverCrash() {
        let crlf = "\u{FEFF}" + Sample.template.replacing("\n", with: "\r\n")
        for text in [Sample.template, crlf] {
            for prefix in prefixes(text) {
                let (template, problems) = TemplateFile.parse(prefix, file: "t.reply", id: "t")
                checkInvariants(prefix, problems, template?.blocks ?? [])
                #expect(template != nil || !problems.isEmpty)
            }
        }
    }

    @Test func truncatedTranslationsAndManifestsNeverCrash() {
        for prefix in prefixes(Sample.translation) {
            let (translation, problems) = TranslationFile.parse(prefix, file: "l.reply", id: "t", locale: "de")
            checkInvariants(prefix, problems, translation?.blocks ?? [])
        }
        for prefix in prefixes("source-locale: en\ntarget-locales: [de, ja, zh-Hant]\n") {
            let (manifest, problems) = Manifest.parse(prefix, file: "replykit.yaml")
            checkInvariants(prefix, problems, [])
            #expect(manifest != nil || !problems.isEmpty)
        }
    }

    @Test func truncatedAtEveryByteWithRepairNeverCrashes() {
        let bytes = Array(Sample.template.utf8)
        for end in stride(from: 0, through: bytes.count, by: 1) {
            let text = String(decoding: bytes[..<end], as: UTF8.self)
            let (template, problems) = TemplateFile.parse(text, file: "t.reply", id: "t")
            checkInvariants(text, problems, template?.blocks ?? [])
        }
    }

    static let hostile: [String] = [
        "", "\u{FEFF}", "\r", "\n\n\n", "\r\n\r\n", "[", "[]", "[a", "[a]", "[a] when", "[a] when =", "[a] @",
        "---", "---\n---", "---\n---\n---", "---\r\n---\r\n[a]\r\n", "\u{0}\u{0}\u{0}", "---\n\u{0}: x\n---\n[a]\nb\u{0}",
        "---\nkind: apology\n\tchannels: [email]\n---\n[a]\nx",
        "---\nkind: &k apology\nchannels: [*k, *k]\nsummary: *k\ninputs: *k\n---\n[a]\nx",
        "---\n<<: {kind: apology}\n---\n[a]\nx",
        "---\nkind: apology\nchannels: [email]\nsummary: s\ninputs:\n  a: x | | \n  b: '|'\n  c: ' ?'\n  d: ?\n  e: [1]\n  ? [k]\n  : string\n---\n[a] when a\nx",
        "---\n" + String(repeating: "[", count: 5000) + "\n---\n[a]\nx",
        "---\n" + String(repeating: "{a: ", count: 3000) + "\n---\n[a]\nx",
        "---\nkind: " + String(repeating: "x", count: 100_000) + "\n---\n[a]\nx",
        "---\nkind: apology\nchannels: [email]\nsummary: s\n---\n" + String(repeating: "[a] otherwise\n", count: 2000),
        "---\nkind: apology\nchannels: [email]\nsummary: s\n---\n[a]\n" + String(repeating: "{", count: 10_000),
        "---\nkind: apology\nchannels: [email]\nsummary: s\n---\n[a] when \u{1F600} = \u{1F600}\n\u{1F600}",
        "---\r---\r[a]\rx\r",
        "\u{FEFF}[a] @12345678\r\n\u{FEFF}x",
        String(repeating: "#: \n", count: 100) + "[a]\n#:\n#: x\n",
    ]

    @Test(arguments: hostile)
    func hostileInputs(_ text: String) {
        let (template, problems) = TemplateFile.parse(text, file: "t.reply", id: "t")
        checkInvariants(text, problems, template?.blocks ?? [])
        let (translation, translationProblems) = TranslationFile.parse(text, file: "l.reply", id: "t", locale: "de")
        checkInvariants(text, translationProblems, translation?.blocks ?? [])
        let (_, manifestProblems) = Manifest.parse(text, file: "replykit.yaml")
        checkInvariants(text, manifestProblems, [])
    }

    @Test func binaryJunk() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in [1, 7, 64, 513, 4096] {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            for prefix in [[], Array("---\n".utf8), Array("[a]\n".utf8)] {
                let text = String(decoding: prefix + bytes, as: UTF8.self)
                let (template, problems) = TemplateFile.parse(text, file: "t.reply", id: "t")
                checkInvariants(text, problems, template?.blocks ?? [])
                let (translation, translationProblems) = TranslationFile.parse(text, file: "l.reply", id: "t", locale: "de")
                checkInvariants(text, translationProblems, translation?.blocks ?? [])
                _ = Manifest.parse(text, file: "replykit.yaml")
            }
        }
    }

    @Test func oddPathsInMemory() {
        let (catalog, problems) = CatalogFiles.load(files: [
            "replykit.yaml": "source-locale: en\ntarget-locales: [de]\n",
            "templates/.reply": "",
            "templates//a.reply": "",
            "locales/.reply": "",
            "locales//a.reply": "",
            "locales/de/.reply": "",
            "locales/de//x.reply": "",
        ])
        #expect(catalog?.templates.isEmpty == true)
        #expect(
            problems.filter { $0.code == .badTemplateID }.map(\.file) == [
                "locales/.reply", "locales//a.reply", "locales/de/.reply", "locales/de//x.reply", "templates/.reply",
                "templates//a.reply",
            ])
    }
}
