import CatalogFiles
import MessageFormatSyntax

/// A translation block whose text is exactly the source block's: usually copied and never
/// translated. Blocks whose text has no letters (only placeholders, numbers, punctuation) are
/// the same in every language and are not reported; a name that really is the same (a brand, a
/// sign-off) takes a `#: lint-disable unchanged-translation: reason` annotation.
struct UnchangedTranslationRule: Rule {
    let id = "unchanged-translation"
    let defaultSeverity = Severity.warning
    let summary = "A translation block identical to its source block was probably copied and never translated."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for pair in context.translatedBlocks where pair.block.text == pair.source.text && !pair.block.isBlank {
            let hasLetters = pair.block.message.textRuns.joined().contains { run in run.text.contains { $0.isLetter } }
            guard hasLetters else { continue }
            report.add(
                context.location(of: pair.block, file: pair.translation.file),
                "block '\(pair.block.id)' of the \(pair.locale) translation is the same as the source text",
                fix:
                    "translate it, or add '#: lint-disable unchanged-translation: <why it is the same in \(pair.locale)>' below '[\(pair.block.id)]'"
            )
        }
    }
}
