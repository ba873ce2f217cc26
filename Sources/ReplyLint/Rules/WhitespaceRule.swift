import CatalogFiles
import MessageFormatSyntax

/// Spaces at the start or end of a line of text, or two spaces in a row inside text, in source
/// and translation blocks: they show up in the reply (a double space in an e-mail, a ragged SMS)
/// and in diffs. Only literal text is checked: spaces that lay out `.match` variants or sit
/// inside placeholders are syntax, not text. Reported at the first space of each run.
struct WhitespaceRule: Rule {
    let id = "whitespace"
    let defaultSeverity = Severity.warning
    let summary = "Text must not have spaces at the start or end of a line, or two spaces in a row."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for located in context.allBlocks where !located.block.isBlank && located.block.parses {
            let bytes = Array(located.block.text.utf8)
            for pattern in located.block.message.patterns {
                let parts = pattern.parts
                for (index, part) in parts.enumerated() {
                    guard case .text(_, let range) = part, range.end <= bytes.count else { continue }
                    for run in Self.runs(bytes, range) {
                        let atLineStart = run.lowerBound == range.start ? index == 0 : Self.isNewline(bytes[run.lowerBound - 1])
                        let atLineEnd =
                            run.upperBound == range.end ? index == parts.count - 1 : Self.isNewline(bytes[run.upperBound])
                        let message: String
                        let fix: String
                        switch (atLineStart, atLineEnd) {
                        case (true, true):
                            message = "a line of text that is only spaces"
                            fix = "remove the spaces"
                        case (true, false):
                            message = "spaces at the start of a line of text"
                            fix = "remove the leading spaces"
                        case (false, true):
                            message = "spaces at the end of a line of text"
                            fix = "remove the trailing spaces"
                        case (false, false):
                            guard run.count >= 2 else { continue }
                            message = "\(run.count) spaces in a row"
                            fix = "use one space"
                        }
                        report.add(
                            context.location(located, offset: run.lowerBound),
                            "block '\(located.block.id)': \(message)", fix: fix)
                    }
                }
            }
        }
    }

    /// The runs of spaces and tabs in `bytes[range]`.
    static func runs(_ bytes: [UInt8], _ range: SourceRange) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for offset in range.start..<range.end {
            let blank = bytes[offset] == 0x20 || bytes[offset] == 0x09
            if blank, start == nil { start = offset }
            if !blank, let first = start {
                result.append(first..<offset)
                start = nil
            }
        }
        if let first = start { result.append(first..<range.end) }
        return result
    }

    static func isNewline(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
}
