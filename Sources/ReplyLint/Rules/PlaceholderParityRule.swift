import CatalogFiles
import MessageFormatSyntax

/// A translation block that reads a different set of variables than its source block: a missing
/// one drops information the customer needs (the amount, the order number), an extra one shows
/// data the source deliberately left out (or is a typo). Locals are the message's own business
/// and are not compared.
///
/// Reported at the first use of the first extra variable, or at the start of the text when
/// variables are only missing. Blocks that do not parse, and empty blocks, are left to
/// `catalog-syntax` and `empty-translation`.
struct PlaceholderParityRule: Rule {
    let id = "placeholder-parity"
    let defaultSeverity = Severity.error
    let summary = "A translation block must use the same variables as its source block: none missing, none added."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        // A source block is compared with each of its translations: read its variables once.
        var sourceNames: [String: Set<String>] = [:]
        for pair in context.translatedBlocks where !pair.block.isBlank && pair.block.parses && pair.source.parses {
            let key = pair.template.id + "\u{0}" + pair.source.id
            let expected =
                sourceNames[key]
                ?? {
                    let names = pair.source.message.externalNames
                    sourceNames[key] = names
                    return names
                }()
            let references = pair.block.message.externalReferences
            let found = Set(references.map(\.name))
            guard found != expected else { continue }
            let missing = expected.subtracting(found).sorted()
            let extraNames = found.subtracting(expected)
            let extra = extraNames.sorted()
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing " + missing.map { "$" + $0 }.joined(separator: ", ")) }
            if !extra.isEmpty { parts.append("not in the source " + extra.map { "$" + $0 }.joined(separator: ", ")) }
            let location =
                references.first { extraNames.contains($0.name) }.map {
                    context.location(
                        in: pair.block, offset: $0.range.start, file: pair.translation.file, fileText: pair.translation.fileText)
                } ?? context.textStart(of: pair.block, file: pair.translation.file)
            var fixes: [String] = []
            if !missing.isEmpty { fixes.append("show " + missing.map { "{$\($0)}" }.joined(separator: ", ")) }
            if !extra.isEmpty {
                fixes.append("remove " + extra.map { "$" + $0 }.joined(separator: ", ") + " or use the source's variable")
            }
            report.add(
                location, "block '\(pair.block.id)' uses different variables than the source: \(parts.joined(separator: "; "))",
                fix: fixes.joined(separator: "; "))
        }
    }
}
