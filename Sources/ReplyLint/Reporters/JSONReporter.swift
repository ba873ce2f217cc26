import ExactJSON

/// One compact JSON document:
///
///     {"version":1,
///      "findings":[{"rule":…,"level":"error","file":…,"line":3,"column":7,"message":…,"fix":…,"block":…,"locale":…}],
///      "summary":{"errors":1,"warnings":0,"infos":0}}
///
/// `fix`, `block` and `locale` appear only when the finding has them; `file` carries the path prefix.
enum JSONReporter {
    static func render(_ result: LintResult, options: ReportOptions) -> String {
        document(result, options: options).serialized
    }

    static func document(_ result: LintResult, options: ReportOptions) -> JSON {
        let counts = FindingCounts(result.findings)
        return .object([
            ("version", .number("1")),
            ("findings", .array(result.findings.map { finding($0, options: options) })),
            (
                "summary",
                .object([
                    ("errors", .number(String(counts.errors))),
                    ("warnings", .number(String(counts.warnings))),
                    ("infos", .number(String(counts.infos))),
                ])
            ),
        ])
    }

    private static func finding(_ finding: Finding, options: ReportOptions) -> JSON {
        var members: [(String, JSON)] = [
            ("rule", .string(finding.rule)),
            ("level", .string(finding.severity.rawValue)),
            ("file", .string(options.reportPath(finding.file))),
            ("line", .number(String(finding.line))),
            ("column", .number(String(finding.column))),
            ("message", .string(finding.message)),
        ]
        if let fix = finding.fix { members.append(("fix", .string(fix))) }
        if let block = finding.block { members.append(("block", .string(block))) }
        if let locale = finding.locale { members.append(("locale", .string(locale))) }
        return .object(members)
    }
}
