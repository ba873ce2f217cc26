import CatalogFiles

/// Every problem found while reading the catalog (file syntax, headers, MF2 syntax and data
/// model, cross-file checks) as a finding: a catalog that does not parse cannot ship.
struct CatalogProblemRule: Rule {
    let id = "catalog-syntax"
    let defaultSeverity = Severity.error
    let summary = "The catalog's files must parse: manifest, headers, blocks, and MessageFormat syntax and data model."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for problem in context.problems {
            let detail = problem.mf2.map { " (\($0.rawValue))" } ?? ""
            report.add(problem.file, line: problem.line, column: problem.column, problem.message + detail)
        }
    }
}
