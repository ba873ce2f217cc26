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
                let translated = Dictionary(translation.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                // One pass from the end: for each source block, the first later one the translation has.
                var following: [Block?] = Array(repeating: nil, count: template.blocks.count)
                var later: Block?
                for index in template.blocks.indices.reversed() {
                    following[index] = later
                    if let block = translated[template.blocks[index].id] { later = block }
                }
                var endLine: Int?  // the file's last line, counted once
                for (index, block) in template.blocks.enumerated() where translated[block.id] == nil {
                    let next = following[index]
                    let line = next?.line ?? endLine ?? Self.lastLine(of: translation.fileText)
                    if next == nil { endLine = line }
                    report.add(
                        translation.file, line: line, column: 1,
                        "block '\(block.id)' of \(template.id) has no '\(tag)' translation",
                        fix: next.map {
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
