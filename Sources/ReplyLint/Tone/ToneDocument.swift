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
            for (variant, pattern) in block.message.textRuns.enumerated() {
                for run in pattern where !run.text.isEmpty {
                    runs.append(ToneRun(block: blockIndex, variant: variant, run: run))
                }
            }
        }
        return runs
    }

    /// The file position of a UTF-8 offset into a run's (escape-resolved) text.
    func location(_ context: LintContext, _ run: ToneRun, offset: Int) -> LintLocation {
        let block = blocks[run.block]
        return context.location(
            in: block, offset: Self.sourceOffset(of: offset, in: run.run, message: block.text),
            file: file, fileText: fileText)
    }

    /// The position of the first block's `[id]` line (or the file's start), for findings about the
    /// whole file: a `#: lint-disable` in the first block suppresses them.
    func firstBlockLocation(_ context: LintContext) -> LintLocation {
        guard let first = blocks.first else { return LintLocation(file: file, line: 1, column: 1) }
        return context.location(of: first, file: file)
    }

    /// A run's text is escape-resolved (`\{` is `{`): map an offset in it back to the message source.
    static func sourceOffset(of resolved: Int, in run: TextRun, message: String) -> Int {
        let bytes = Array(message.utf8)
        var position = run.offset
        var remaining = resolved
        while remaining > 0, position < bytes.count {
            if bytes[position] == 0x5C, position + 1 < bytes.count, [0x5C, 0x7B, 0x7D, 0x7C].contains(bytes[position + 1]) {
                position += 1
            }
            position += 1
            remaining -= 1
        }
        return position
    }
}

/// One text run of one variant of one block.
struct ToneRun {
    /// Index of the block in the document.
    let block: Int
    /// Index of the variant (pattern) in the block's message.
    let variant: Int
    let run: TextRun

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
