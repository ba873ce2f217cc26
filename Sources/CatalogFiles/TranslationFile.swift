/// A translation of one template into one locale.
public struct TranslationFile: Sendable {
    /// The id of the template it translates (`apology/damaged-item`).
    public var id: String
    /// The locale tag, as written in the directory name.
    public var locale: String
    /// Catalog-relative path (`locales/de/apology/damaged-item.reply`).
    public var file: String
    /// Its blocks, in file order (a block whose id repeats an earlier one is left out).
    public var blocks: [Block]
    /// The whole file text with LF line ends, whatever the file had (block offsets point into it).
    public var fileText: String

    /// Parses a translation; every problem found, with positions. A translation is always usable
    /// (nil is never returned today): malformed lines are reported and left out.
    public static func parse(_ text: String, file: String, id: String, locale: String) -> (TranslationFile?, [CatalogProblem]) {
        let source = SourceText(text)
        var log = ProblemLog(file: file)
        var bodyStart = 0

        // A header copied from the source template: report it once and skip it.
        if let first = (0..<source.lines.count).first(where: { !source.isBlank($0) }), TemplateParse.isDashes(source, first) {
            let close = ((first + 1)..<source.lines.count).first { TemplateParse.isDashes(source, $0) }
            log.add(
                .badBlock, line: first + 1, column: 1,
                "a translation has no header; remove the lines from '---' to '---' (kind, channels, summary and inputs live in the source template)"
            )
            bodyStart = (close ?? first) + 1
        }

        let scanned = BlockParser(source: source, role: .translation).scan(from: bodyStart, &log)
        let blocks = scanned.filter { !$0.isDuplicate }.map(\.block)
        return (
            TranslationFile(id: id, locale: locale, file: file, blocks: blocks, fileText: source.text),
            CatalogAssembler.ordered(log.problems)
        )
    }
}
