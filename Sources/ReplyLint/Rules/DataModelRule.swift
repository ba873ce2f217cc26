import CatalogFiles

/// MessageFormat 2 data-model errors in a block (a variant with the wrong number of keys, no `*`
/// variant, a selector without a function, a variable declared twice, an option given twice, two
/// variants with the same keys): the message parses but cannot be formatted.
struct DataModelRule: Rule {
    let id = "mf2-data-model"
    let defaultSeverity = Severity.error
    let summary =
        "A block's message must be a valid MessageFormat 2 data model (fallback variant, key counts, selector functions, no duplicates)."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for problem in context.problems where problem.code == .message && !CatalogProblemRule.owns(problem) {
            let detail = problem.mf2.map { " (\($0.rawValue))" } ?? ""
            report.add(
                problem.file, line: problem.line, column: problem.column, problem.message + detail,
                block: context.block(in: problem.file, containing: problem.line))
        }
    }
}
