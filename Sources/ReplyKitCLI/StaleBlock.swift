import CatalogFiles

/// A translation block whose `@` stamp is not the version of its source block's current text
/// (or that has no valid stamp): what `replykit stale` lists, decided as lint's
/// `stale-translation` rule decides it.
struct StaleBlock {
    /// The translation file (catalog-relative), its locale and template.
    var file: String
    var locale: String
    var template: String
    /// The block id, and where its stamp is (or belongs) in the translation file.
    var block: String
    var line: Int
    var column: Int
    /// The stamp as written; nil when there is none, or it is not 8 hex digits.
    var stamp: String?
    /// The hash of the source block's current text: the stamp `replykit stamp` would write.
    var current: String
    /// The source template file, the line of the block's `[id]` in it, and the block's text.
    var sourceFile: String
    var sourceLine: Int
    var sourceText: String

    /// Every stale block of the catalog, in the `locales` directories (every one when nil), by
    /// locale, then file, then line.
    static func all(in files: CatalogFiles, locales: Set<String>?) -> [StaleBlock] {
        var templates: [String: TemplateFile] = [:]
        for template in files.templates { templates[template.id] = template }
        var stale: [StaleBlock] = []
        for locale in files.translations.keys.sorted() where locales?.contains(locale) ?? true {
            for translation in files.translations[locale] ?? [] {
                guard let template = templates[translation.id] else { continue }
                var sources: [String: Block] = [:]
                for block in template.blocks { sources[block.id] = block }
                let lines = translation.fileText.split(separator: "\n", omittingEmptySubsequences: false)
                for block in translation.blocks {
                    guard let source = sources[block.id] else { continue }
                    let current = blockHash(source.text)
                    guard block.sourceHash != current else { continue }
                    let line = block.line - 1 < lines.count ? lines[block.line - 1] : ""
                    stale.append(
                        StaleBlock(
                            file: translation.file, locale: locale, template: template.id, block: block.id, line: block.line,
                            column: stampColumn(in: line, id: block.id), stamp: block.sourceHash, current: current,
                            sourceFile: template.file, sourceLine: source.line, sourceText: source.text))
                }
            }
        }
        return stale
    }

    /// The 1-based column of the `@` after `[id]` on a block line, or of the place after `[id]`
    /// where a stamp goes.
    static func stampColumn(in line: Substring, id: String) -> Int {
        let scalars = Array(line.unicodeScalars)
        let afterID = min(scalars.count, id.unicodeScalars.count + 2)  // `[id]`
        if let at = scalars[afterID...].firstIndex(of: "@") { return at + 1 }
        return afterID + 1
    }
}
