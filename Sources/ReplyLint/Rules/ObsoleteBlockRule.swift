import CatalogFiles

/// A translation block whose id the source template no longer has (renamed or removed there):
/// it never renders, and it hides a missing translation of the block it used to be.
struct ObsoleteBlockRule: Rule {
    let id = "obsolete-block"
    let defaultSeverity = Severity.warning
    let summary =
        "A translation block the source template no longer has never renders; delete it (or rename it to the source block's id)."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for problem in context.problems where problem.code == .unknownBlock {
            let block = context.block(in: problem.file, containing: problem.line)
            let name = block.map { "'[\($0)]'" } ?? "the block"
            report.add(
                problem.file, line: problem.line, column: problem.column, problem.message,
                fix: "delete \(name) and its text", block: block)
        }
    }
}
