import CatalogFiles

/// Runs every rule over a catalog and returns the findings, with the manifest's levels,
/// suppressions and the locale filter applied, sorted by file and position.
public struct Linter: Sendable {
    /// Target locales to check (nil: all); findings about other locales are dropped.
    public var locales: Set<String>?
    /// Whether to render every example in the pseudo-locales en-XA and ar-XB too and report
    /// replies over a channel's limit (`pseudo-length`).
    public var pseudo: Bool

    /// A linter for `locales` (nil: every target locale), with the pseudo-locale length check when
    /// `pseudo` is true.
    public init(locales: Set<String>? = nil, pseudo: Bool = false) {
        self.locales = locales
        self.pseudo = pseudo
    }

    /// Lints the catalog in `directory`.
    public func lint(directory: String) -> LintResult {
        let (files, problems) = CatalogFiles.load(directory: directory)
        let (contents, readProblems) = CatalogReader.read(directory: directory)
        return lint(files, problems: problems + readProblems, contents: contents, directory: directory)
    }

    /// Lints an in-memory catalog (catalog-relative path → text).
    public func lint(files: [String: String]) -> LintResult {
        let (parsed, problems) = CatalogFiles.load(files: files)
        return lint(parsed, problems: problems, contents: files.mapValues(TextFile.withLineFeeds))
    }

    private func lint(_ files: CatalogFiles?, problems: [CatalogProblem], contents: [String: String], directory: String? = nil)
        -> LintResult
    {
        guard let files else {
            // Without a usable manifest there is nothing to lint but the problems themselves.
            let findings = problems.map {
                Finding(
                    rule: "catalog-syntax", severity: .error, file: $0.file, line: $0.line, column: $0.column, message: $0.message
                )
            }
            return LintResult(findings: findings.sorted(by: Self.order), rules: RuleRegistry.descriptions, sources: contents)
        }
        var examples: [String: String] = [:]
        for template in files.templates {
            let name = "examples/cases/" + template.id.replacingSlashes() + ".json"
            if let text = contents[name] { examples[template.id] = text }
        }
        var context = LintContext(
            files: files, problems: problems, exampleCases: examples,
            catalogFiles: directory == nil ? contents : [:], catalogDirectory: directory)
        context.rendersPseudoLocales = pseudo
        let rules = RuleRegistry.rules + ToneRules.rules(for: context)
        var levels: [String: Severity?] = [:]
        var findings: [Finding] = []
        var config = FindingReport(rule: "lint-config", severity: .error)
        let known = Set(rules.map(\.id) + RuleRegistry.meta.map(\.id))
        for entry in files.manifest.lintLevels {
            guard known.contains(entry.rule) else {
                config.add(
                    "replykit.yaml", line: entry.line, column: entry.column, "lint: unknown rule '\(entry.rule)'",
                    fix: "see 'replykit lint --list-rules'")
                continue
            }
            switch entry.level {
            case "off": levels[entry.rule] = .some(nil)
            case let name:
                guard let severity = Severity(rawValue: name) else {
                    config.add(
                        "replykit.yaml", line: entry.line, column: entry.column,
                        "lint: level '\(name)' for \(entry.rule) is not error, warning, info or off")
                    continue
                }
                levels[entry.rule] = severity
            }
        }
        findings += config.findings
        for rule in rules {
            let level: Severity?? = levels[rule.id]
            if case .some(.none) = level { continue }
            var report = FindingReport(rule: rule.id, severity: level.flatMap { $0 } ?? rule.defaultSeverity)
            rule.check(context, &report)
            findings += report.findings
        }
        var suppressions = Suppressions(files)
        findings = suppressions.apply(to: findings, levels: levels, known: known)
        if let locales {
            findings = findings.filter { $0.locale.map(locales.contains) ?? true }
        }
        let descriptions =
            rules.map(RuleDescription.init) + RuleRegistry.meta
        var sources = contents
        for template in files.templates { sources[template.file] = template.fileText }
        for translations in files.translations.values {
            for translation in translations { sources[translation.file] = translation.fileText }
        }
        return LintResult(findings: findings.sorted(by: Self.order), rules: descriptions, sources: sources)
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        (a.file, a.line, a.column, a.rule, a.message) < (b.file, b.line, b.column, b.rule, b.message)
    }
}

/// The outcome of a lint run.
public struct LintResult: Sendable {
    /// Every finding, sorted by file and position.
    public let findings: [Finding]
    /// Every rule that ran (for reporters such as SARIF).
    public let rules: [RuleDescription]
    /// The text of every catalog file read, by catalog-relative path (for source excerpts).
    public let sources: [String: String]

    /// A result from findings, the rules that ran, and the files' text (for reporters and tests).
    public init(findings: [Finding], rules: [RuleDescription], sources: [String: String]) {
        self.findings = findings
        self.rules = rules
        self.sources = sources
    }

    /// How many findings are errors.
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    /// How many findings are warnings.
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
}

extension String {
    func replacingSlashes() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}
