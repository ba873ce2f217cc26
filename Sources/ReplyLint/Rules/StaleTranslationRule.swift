import CatalogFiles

/// A translation block whose `@` stamp is not the current version of its source block (the
/// source changed since it was translated), or that has no stamp at all (nobody recorded which
/// version it translates): the text may say something the source no longer says.
///
/// Reported at the stamp, or where it belongs after `[id]`. A malformed stamp is a
/// `catalog-syntax` error and is not reported again here.
struct StaleTranslationRule: Rule {
    let id = "stale-translation"
    let defaultSeverity = Severity.warning
    let summary =
        "A translation block stamped with an older version of its source block (or not stamped) may no longer say what the source says."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for pair in context.translatedBlocks {
            let current = blockHash(pair.source.text)
            guard pair.block.sourceHash != current else { continue }
            let line = context.line(pair.block.line, of: pair.translation.file, fileText: pair.translation.fileText)
            let afterID = pair.block.id.unicodeScalars.count + 2  // `[id]`
            let stampColumn = Self.stampColumn(in: line, after: afterID)
            let fix = "update the text to the current source, then set @\(current)"
            if let stamp = pair.block.sourceHash {
                report.add(
                    pair.translation.file, line: pair.block.line, column: stampColumn ?? afterID + 2,
                    "block '\(pair.block.id)' translates an older version of the source block (@\(stamp); the source is now @\(current))",
                    fix: fix, block: pair.block.id)
            } else if stampColumn == nil {
                report.add(
                    pair.translation.file, line: pair.block.line, column: afterID + 1,
                    "block '\(pair.block.id)' has no '@' stamp saying which version of the source block it translates",
                    fix: fix, block: pair.block.id)
            }
        }
    }

    /// The 1-based column of the `@` after the block id, if the line has one.
    static func stampColumn(in line: [Unicode.Scalar], after column: Int) -> Int? {
        guard line.count > column, let index = line[column...].firstIndex(of: "@") else { return nil }
        return index + 1
    }
}
