import CatalogFiles

/// Every problem found while reading the catalog (file syntax, headers, MF2 syntax, cross-file
/// checks) as a finding: a catalog that does not parse cannot ship. Translation blocks the source
/// does not have are left to `obsolete-block`, and MF2 data-model errors to `mf2-data-model`.
struct CatalogProblemRule: Rule {
    let id = "catalog-syntax"
    let defaultSeverity = Severity.error
    let summary = "The catalog's files must parse: manifest, headers, blocks, and MessageFormat syntax."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for problem in context.problems where Self.owns(problem) {
            let detail = problem.mf2.map { " (\($0.rawValue))" } ?? ""
            report.add(problem.file, line: problem.line, column: problem.column, problem.message + detail)
        }
    }

    /// Whether a loader problem is this rule's rather than `obsolete-block`'s or `mf2-data-model`'s.
    static func owns(_ problem: CatalogProblem) -> Bool {
        switch problem.code {
        case .unknownBlock: false
        case .message: problem.mf2 == nil || problem.mf2 == .syntaxError
        default: true
        }
    }
}
