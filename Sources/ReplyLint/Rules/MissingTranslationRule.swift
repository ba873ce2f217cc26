import CatalogFiles

/// A template with no translation file for a target locale of the manifest, or a source block
/// that an existing translation leaves out: customers of that locale get the text of the next
/// locale in the chain (in the end the source language) for it.
///
/// A missing file is reported at line 1 of the source template; a missing block at the `[id]`
/// line of the translation block that follows it in source order (where it belongs), or at the
/// file's last line when no block follows.
struct MissingTranslationRule: Rule {
    let id = "missing-translation"
    let defaultSeverity = Severity.warning
    let summary = "Every template needs a translation of every block into every target locale, or it renders in another language."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for tag in context.files.manifest.targetLocales {
            for template in context.files.templates {
                guard let translation = context.translation(of: template.id, locale: tag) else {
                    report.add(
                        template.file, line: 1, column: 1, "\(template.id) has no '\(tag)' translation",
                        fix: "create locales/\(tag)/\(template.id).reply with its \(template.blocks.count) blocks", locale: tag)
                    continue
                }
                let translated = Set(translation.blocks.map(\.id))
                for (index, block) in template.blocks.enumerated() where !translated.contains(block.id) {
                    let following = template.blocks[(index + 1)...].lazy.compactMap { next in
                        translation.blocks.first { $0.id == next.id }
                    }.first
                    let line = following?.line ?? Self.lastLine(of: translation.fileText)
                    report.add(
                        translation.file, line: line, column: 1,
                        "block '\(block.id)' of \(template.id) has no '\(tag)' translation",
                        fix: following.map {
                            "add '[\(block.id)] @\(blockHash(block.text))' and its translation before '[\($0.id)]'"
                        }
                            ?? "add '[\(block.id)] @\(blockHash(block.text))' and its translation at the end of the file",
                        locale: tag)
                }
            }
        }
    }

    /// The number of the last line that has text (1 for an empty file).
    static func lastLine(of text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = lines.lastIndex { !$0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
        return (last ?? 0) + 1
    }
}
