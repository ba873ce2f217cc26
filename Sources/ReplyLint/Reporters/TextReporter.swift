/// The human-readable report:
///
///     templates/refund.md:12:5: error: unknown variable '$amout' [unknown-variable]
///     Your refund of {$amout} is on its way.
///                    ^
///       fix: did you mean '$amount'?
///
///     1 error, 0 warnings in 1 file
///
/// The caret line copies the tabs before the column and pads everything else with spaces,
/// wide (East Asian, emoji) characters with two and combining or invisible ones with none, so the
/// caret sits under the column on a terminal. Control characters from the catalog (escape codes
/// included) are shown as U+FFFD, so a report without colours has no escape codes at all.
enum TextReporter {
    static func render(_ result: LintResult, options: ReportOptions) -> String {
        let style = Style(colors: options.colors)
        var lines = Lines(sources: result.sources)
        var blocks: [String] = []
        for finding in result.findings {
            var block = [
                style.bold("\(options.reportPath(finding.file)):\(finding.line):\(finding.column):") + " "
                    + style.level(finding.severity) + ": " + sanitized(finding.message) + " [\(sanitized(finding.rule))]"
            ]
            if let source = lines.line(finding.line, of: finding.file) {
                block.append(source)
                block.append(caretPadding(source, column: finding.column) + style.caret("^"))
            }
            if let fix = finding.fix, !fix.isEmpty {
                block.append("  fix: " + sanitized(fix))
            }
            blocks.append(block.joined(separator: "\n"))
        }
        blocks.append(summary(result.findings))
        return blocks.joined(separator: "\n\n")
    }

    /// `2 errors, 1 warning in 3 files` (infos only when there are some), or
    /// `no problems found in the catalog`.
    static func summary(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "no problems found in the catalog" }
        let counts = FindingCounts(findings)
        var parts = [counted(counts.errors, "error"), counted(counts.warnings, "warning")]
        if counts.infos > 0 { parts.append(counted(counts.infos, "info")) }
        let files = Set(findings.map(\.file)).count
        return parts.joined(separator: ", ") + " in " + counted(files, "file")
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// What goes before the caret: for each scalar before `column` (1-based, in scalars), a tab
    /// for a tab and blanks as wide as the scalar shows; past the end of the line, one space per column.
    static func caretPadding(_ line: String, column: Int) -> String {
        let before = max(column - 1, 0)
        var padding = ""
        var count = 0
        for scalar in line.unicodeScalars where count < before {
            count += 1
            if scalar == "\t" {
                padding += "\t"
            } else {
                padding += String(repeating: " ", count: displayWidth(scalar))
            }
        }
        if count < before { padding += String(repeating: " ", count: before - count) }
        return padding
    }

    /// Terminal columns a scalar takes: 0 for combining marks and format characters, 2 for wide
    /// characters, 1 otherwise.
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Control characters other than tab (ESC among them) replaced with U+FFFD, one for one so
    /// columns still count the same.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    /// The catalog's files split into lines (`\n` or `\r\n`), each split once.
    struct Lines {
        let sources: [String: String]
        var split: [String: [String]] = [:]

        init(sources: [String: String]) { self.sources = sources }

        /// Line `number` (1-based) of `file`, sanitized; nil when the file or line does not exist
        /// (the empty "line" after a final newline does not).
        mutating func line(_ number: Int, of file: String) -> String? {
            if split[file] == nil {
                guard let text = sources[file] else { return nil }
                var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { piece in
                    var line = Substring(piece)
                    if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
                    return String(line)
                }
                if text.unicodeScalars.last == "\n" { lines.removeLast() }
                split[file] = lines
            }
            guard let lines = split[file], number >= 1, number <= lines.count else { return nil }
            return TextReporter.sanitized(lines[number - 1])
        }
    }

    /// ANSI styling, or none.
    struct Style {
        let colors: Bool

        func bold(_ text: String) -> String { wrap(text, "1") }
        func caret(_ text: String) -> String { wrap(text, "32") }

        func level(_ severity: Severity) -> String {
            switch severity {
            case .error: wrap("error", "31")
            case .warning: wrap("warning", "33")
            case .info: wrap("info", "34")
            }
        }

        private func wrap(_ text: String, _ code: String) -> String {
            colors ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
        }
    }
}
