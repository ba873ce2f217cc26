import CatalogFiles

/// A translation block with no text (or only white space): it renders as nothing, so the reply
/// silently loses a sentence, where leaving the block out would fall back to another locale.
struct EmptyTranslationRule: Rule {
    let id = "empty-translation"
    let defaultSeverity = Severity.error
    let summary = "A translation block with no text renders as nothing; translate it or remove it so that it falls back."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for pair in context.translatedBlocks where pair.block.isBlank {
            report.add(
                context.location(of: pair.block, file: pair.translation.file),
                "block '\(pair.block.id)' of the \(pair.locale) translation is empty",
                fix: "translate the source text below '[\(pair.block.id)]', or remove the block so that it falls back")
        }
    }
}
