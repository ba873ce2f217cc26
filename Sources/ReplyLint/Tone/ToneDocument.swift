import CatalogFiles
import MessageFormatSyntax

/// A file whose text tone rules read: a source template (in the source locale) or a translation.
struct ToneDocument {
    let file: String
    let fileText: String
    let blocks: [Block]
    /// The kind of the template (a translation's is its source's).
    let kind: TemplateKind
    /// The locale the text is written in: the source locale, or the translation's directory name.
    let locale: String
    let templateID: String

    /// Every source template, then every translation (by locale, then id).
    static func all(in context: LintContext) -> [ToneDocument] {
        let source = context.files.manifest.sourceLocale
        var documents = context.files.templates.map {
            ToneDocument(
                file: $0.file, fileText: $0.fileText, blocks: $0.blocks, kind: $0.kind, locale: source, templateID: $0.id)
        }
        var kinds: [String: TemplateKind] = [:]
        for template in context.files.templates { kinds[template.id] = template.kind }
        for (locale, translations) in context.files.translations.sorted(by: { $0.key < $1.key }) {
            for translation in translations {
                guard let kind = kinds[translation.id] else { continue }
                documents.append(
                    ToneDocument(
                        file: translation.file, fileText: translation.fileText, blocks: translation.blocks,
                        kind: kind, locale: locale, templateID: translation.id))
            }
        }
        return documents
    }

    /// The literal text of every variant of every block: placeholders and markup are not text.
    var runs: [ToneRun] {
        var runs: [ToneRun] = []
        for (blockIndex, block) in blocks.enumerated() {
            let source = Array(block.text.utf8)
            for (variant, pattern) in block.message.textRuns.enumerated() {
                for run in pattern where !run.text.isEmpty {
                    runs.append(
                        ToneRun(block: blockIndex, variant: variant, run: run, escapes: Self.escapes(in: run, source: source)))
                }
            }
        }
        return runs
    }

    /// The file position of a UTF-8 offset into a run's (escape-resolved) text.
    func location(_ context: LintContext, _ run: ToneRun, offset: Int) -> LintLocation {
        context.location(in: blocks[run.block], offset: run.sourceOffset(of: offset), file: file, fileText: fileText)
    }

    /// The offsets in a run's resolved text of the characters written escaped (`\{`), in order.
    static func escapes(in run: TextRun, source bytes: [UInt8]) -> [Int] {
        var escapes: [Int] = []
        var position = run.offset
        for resolved in 0..<run.text.utf8.count where position < bytes.count {
            if bytes[position] == 0x5C, position + 1 < bytes.count, [0x5C, 0x7B, 0x7D, 0x7C].contains(bytes[position + 1]) {
                escapes.append(resolved)
                position += 1
            }
            position += 1
        }
        return escapes
    }

    /// The position of the first block's `[id]` line (or the file's start), for findings about the
    /// whole file: a `#: lint-disable` in the first block suppresses them.
    func firstBlockLocation(_ context: LintContext) -> LintLocation {
        guard let first = blocks.first else { return LintLocation(file: file, line: 1, column: 1) }
        return context.location(of: first, file: file)
    }

    /// A run's text is escape-resolved (`\{` is `{`): map an offset in it back to the message source.
    static func sourceOffset(of resolved: Int, in run: TextRun, message: String) -> Int {
        ToneRun(block: 0, variant: 0, run: run, escapes: escapes(in: run, source: Array(message.utf8))).sourceOffset(of: resolved)
    }
}

/// One text run of one variant of one block.
struct ToneRun {
    /// Index of the block in the document.
    let block: Int
    /// Index of the variant (pattern) in the block's message.
    let variant: Int
    let run: TextRun
    /// Offsets in the run's text of the characters that were escaped in the source.
    var escapes: [Int] = []

    /// The offset in the message source of UTF-8 `resolved` in the run's text: each escape
    /// before it adds its backslash.
    func sourceOffset(of resolved: Int) -> Int {
        var low = 0
        var high = escapes.count
        while low < high {
            let middle = (low + high) / 2
            if escapes[middle] < resolved { low = middle + 1 } else { high = middle }
        }
        return run.offset + resolved + low
    }

    /// The text of a UTF-8 range of the run, whitespace runs shown as one space.
    func text(_ start: Int, _ end: Int) -> String {
        let utf8 = run.text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(utf8.startIndex, offsetBy: end)
        var result = ""
        var lastWasSpace = false
        for scalar in run.text[from..<to].unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { result.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result
    }
}

/// A finding computed ahead of the rule that reports it.
struct ToneFinding: Sendable {
    var location: LintLocation
    var message: String
    var fix: String?
}

extension String {
    /// The text with every `%s` replaced by `value`.
    func toneFilling(_ value: String) -> String {
        split(separator: "%s", omittingEmptySubsequences: false).joined(separator: value)
    }
}
