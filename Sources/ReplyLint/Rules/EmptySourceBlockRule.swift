import CatalogFiles

/// A block of a source template with no text (or only white space): it renders as an empty
/// paragraph in every locale, and gives translators nothing to translate.
struct EmptySourceBlockRule: Rule {
    let id = "empty-source-block"
    let defaultSeverity = Severity.error
    let summary = "A source template's block must have text; an empty one renders as an empty paragraph."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for template in context.files.templates {
            for block in template.blocks where block.isBlank {
                report.add(
                    context.location(of: block, file: template.file),
                    "block '\(block.id)' has no text: it renders as an empty paragraph",
                    fix: "write its text, or remove the block")
            }
        }
    }
}
