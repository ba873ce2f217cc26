/// A lint rule: one check, with a stable id, a default level and a one-line description.
///
/// Rules live one per file under `Rules/` (tone rules come from the locale packs instead) and are
/// listed in ``RuleRegistry``. A rule reports findings through the context; the linter applies
/// levels from the manifest, suppressions and the locale filter afterwards.
///
/// Internal, as are the context and report it works with: the linter runs its own rules and the
/// catalog's tone packs, and takes no rules from outside (a team's own checks are tone-pack
/// entries, `docs/tone-packs.md`).
protocol Rule: Sendable {
    /// Stable id, kebab-case (`missing-translation`).
    var id: String { get }
    /// The level used unless the manifest's `lint:` map says otherwise.
    var defaultSeverity: Severity { get }
    /// One line: what the rule flags and why.
    var summary: String { get }
    /// Checks the catalog and reports findings.
    func check(_ context: LintContext, _ report: inout FindingReport)
}

/// A rule's description, for `replykit lint --list-rules` and SARIF.
public struct RuleDescription: Sendable, Hashable {
    /// The rule's stable id, kebab-case (`missing-translation`, `tone/commands`).
    public var id: String
    /// The rule's default level, before the manifest's `lint:` map.
    public var severity: Severity
    /// One line: what the rule flags and why.
    public var summary: String
}

extension RuleDescription {
    /// The description of `rule`.
    init(_ rule: any Rule) {
        self.init(id: rule.id, severity: rule.defaultSeverity, summary: rule.summary)
    }
}

/// Where a rule puts its findings. The severity is filled in from the rule and the manifest.
struct FindingReport {
    let rule: String
    let severity: Severity
    var findings: [Finding] = []

    init(rule: String, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    /// Reports a finding at a position in a file; `locale` is the target locale it concerns, if any.
    mutating func add(
        _ file: String, line: Int, column: Int, _ message: String, fix: String? = nil,
        block: String? = nil, locale: String? = nil
    ) {
        findings.append(
            Finding(
                rule: rule, severity: severity, file: file, line: line, column: column,
                message: message, fix: fix, block: block, locale: locale ?? Self.locale(of: file)))
    }

    /// Reports a finding at a location computed by the context.
    mutating func add(_ location: LintLocation, _ message: String, fix: String? = nil, locale: String? = nil) {
        add(location.file, line: location.line, column: location.column, message, fix: fix, block: location.block, locale: locale)
    }

    /// `de` for `locales/de/…`, nil for other files.
    static func locale(of file: String) -> String? {
        let parts = file.split(separator: "/", maxSplits: 2)
        return parts.count >= 2 && parts[0] == "locales" ? String(parts[1]) : nil
    }
}

/// A position in a catalog file, with the block it is in.
struct LintLocation: Sendable, Hashable {
    var file: String
    var line: Int
    var column: Int
    var block: String?

    init(file: String, line: Int, column: Int, block: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.block = block
    }
}
