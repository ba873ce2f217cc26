import ExactJSON

/// SARIF 2.1.0 for GitHub code scanning: one run of `replykit-lint` whose driver lists every rule
/// that ran, and one result per finding, located by a repository-relative URI under `%SRCROOT%`,
/// with columns in Unicode code points and a stable `primaryLocationLineHash` fingerprint.
enum SARIFReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let toolName = "replykit-lint"
    static let informationURI = "https://github.com/replykit/replykit"
    /// Kept in step with `replykit --version` (the CLI's version is not visible from here).
    static let toolVersion = "0.1.0"

    static func render(_ result: LintResult, options: ReportOptions) -> String {
        document(result, options: options).serialized
    }

    static func document(_ result: LintResult, options: ReportOptions) -> JSON {
        let rules = ruleList(result)
        var indexes: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { indexes[rule.id] = index }
        var occurrences: [String: Int] = [:]
        let results = result.findings.map { finding -> JSON in
            let path = options.reportPath(finding.file)
            let hash = fingerprint(rule: finding.rule, path: path, message: finding.message)
            occurrences[hash, default: 0] += 1
            return .object([
                ("ruleId", .string(finding.rule)),
                ("ruleIndex", .number(String(indexes[finding.rule]!))),
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(finding.messageWithFix))])),
                (
                    "locations",
                    .array([
                        .object([
                            (
                                "physicalLocation",
                                .object([
                                    (
                                        "artifactLocation",
                                        .object([
                                            ("uri", .string(uri(path))),
                                            ("uriBaseId", .string("%SRCROOT%")),
                                        ])
                                    ),
                                    (
                                        "region",
                                        .object([
                                            ("startLine", .number(String(max(finding.line, 1)))),
                                            ("startColumn", .number(String(max(finding.column, 1)))),
                                        ])
                                    ),
                                ])
                            )
                        ])
                    ])
                ),
                (
                    "partialFingerprints",
                    .object([
                        ("primaryLocationLineHash", .string("\(hash):\(occurrences[hash]!)"))
                    ])
                ),
            ])
        }
        return .object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string(toolName)),
                                        ("informationUri", .string(informationURI)),
                                        ("version", .string(toolVersion)),
                                        ("rules", .array(rules.map(descriptor))),
                                    ])
                                )
                            ])
                        ),
                        ("columnKind", .string("unicodeCodePoints")),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
    }

    /// The result's rules, each id once, then any rule a finding names that the result does not
    /// describe (so every result has a `ruleIndex`).
    static func ruleList(_ result: LintResult) -> [RuleDescription] {
        var seen: Set<String> = []
        var rules: [RuleDescription] = []
        for rule in result.rules where seen.insert(rule.id).inserted { rules.append(rule) }
        for finding in result.findings where seen.insert(finding.rule).inserted {
            rules.append(
                RuleDescription(id: finding.rule, severity: finding.severity, summary: "Findings of the rule '\(finding.rule)'."))
        }
        return rules
    }

    private static func descriptor(_ rule: RuleDescription) -> JSON {
        let help =
            rule.summary + "\n\nDefault level: \(rule.severity.rawValue). Set another level (error, warning, info or off) "
            + "for the whole catalog under 'lint:' in replykit.yaml, or turn the rule off for one block with the annotation "
            + "'#: lint-disable \(rule.id): <reason>'. 'replykit lint --list-rules' lists every rule."
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(upperCamelCase(rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.summary + " Default level: \(rule.severity.rawValue)."))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("help", .object([("text", .string(help))])),
        ])
    }

    /// SARIF's level names: `note` for info.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `missing-translation` → `MissingTranslation`, `tone/commands` → `ToneCommands`.
    static func upperCamelCase(_ id: String) -> String {
        id.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// A relative URI reference for a path: bytes outside the unreserved characters, `/` and the
    /// sub-delimiters percent-encoded (spaces, `%`, `#`, `?`, `:`, non-ASCII as UTF-8).
    static func uri(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isAlphanumeric || "-._~/!$&'()*+,;=@".unicodeScalars.contains(scalar) {
                output.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return output
    }

    /// 16 hex digits of FNV-1a (64-bit) over rule, path and message: the same finding gets the
    /// same fingerprint on every run and machine, wherever its line moves.
    static func fingerprint(rule: String, path: String, message: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in Array(rule.utf8) + [0] + Array(path.utf8) + [0] + Array(message.utf8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
