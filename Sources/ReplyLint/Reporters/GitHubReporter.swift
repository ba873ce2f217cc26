/// GitHub Actions workflow commands, one line per finding:
///
///     ::error file=catalog/templates/refund.md,line=12,col=5,title=unknown-variable::unknown variable '$amout'
///
/// `warning` for warnings and `notice` for infos; the fix, when there is one, is appended to the
/// message as ` Fix: …`. Property values escape `%`, CR, LF, `:` and `,`; the message escapes
/// `%`, CR and LF. A finding without a line (line < 1) is annotated on the whole file.
enum GitHubReporter {
    static func render(_ result: LintResult, options: ReportOptions) -> String {
        result.findings.map { command($0, options: options) }.joined(separator: "\n")
    }

    static func command(_ finding: Finding, options: ReportOptions) -> String {
        var properties = ["file=" + escapeProperty(options.reportPath(finding.file))]
        if finding.line >= 1 {
            properties.append("line=\(finding.line)")
            if finding.column >= 1 { properties.append("col=\(finding.column)") }
        }
        properties.append("title=" + escapeProperty(finding.rule))
        return "::\(name(finding.severity)) \(properties.joined(separator: ","))::\(escapeData(finding.messageWithFix))"
    }

    static func name(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF percent-encoded.
    static func escapeData(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// A command property's value: as the message, and `:` and `,` too.
    static func escapeProperty(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    private static func escape(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] { output += replacement } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }
}
