import CatalogFiles
import MessageFormatSyntax

/// A translation block whose markup (`{#b}`, `{/b}`, `{#link}`, `{#br/}`) differs from its source
/// block's, by name and kind, counted: a lost `{#link}` drops the link from the HTML reply, a lost
/// `{/b}` leaves the rest of it bold. Variants may differ, so each markup counts as many times as
/// the variant that uses it most (for a message without `.match`: as many times as it is used).
///
/// Reported at the first extra markup, or at the start of the text when markup is only missing.
struct MarkupParityRule: Rule {
    let id = "markup-parity"
    let defaultSeverity = Severity.warning
    let summary = "A translation block must use the same markup ({#b}, {/b}, {#link}, {#br/}) as its source block."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        // A source block is compared with each of its translations: count its markup once.
        var sourceCounts: [String: [String: Int]] = [:]
        for pair in context.translatedBlocks where !pair.block.isBlank && pair.block.parses && pair.source.parses {
            let key = pair.template.id + "\u{0}" + pair.source.id
            let expected =
                sourceCounts[key]
                ?? {
                    let counts = Self.counts(pair.source.message)
                    sourceCounts[key] = counts
                    return counts
                }()
            let found = Self.counts(pair.block.message)
            guard expected != found else { continue }
            var missing: [String] = []
            var extra: [String] = []
            for shape in Set(expected.keys).union(found.keys).sorted() {
                let difference = (found[shape] ?? 0) - (expected[shape] ?? 0)
                if difference < 0 { missing += Array(repeating: shape, count: -difference) }
                if difference > 0 { extra += Array(repeating: shape, count: difference) }
            }
            let extraShapes = Set(extra)
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
            if !extra.isEmpty { parts.append("not in the source " + extra.joined(separator: ", ")) }
            let location =
                pair.block.message.markups.first { extraShapes.contains($0.shape) }.map {
                    context.location(
                        in: pair.block, offset: $0.range.start, file: pair.translation.file, fileText: pair.translation.fileText)
                } ?? context.textStart(of: pair.block, file: pair.translation.file)
            report.add(
                location, "block '\(pair.block.id)' has different markup than the source: \(parts.joined(separator: "; "))",
                fix: "use the source's markup: " + Self.list(expected))
        }
    }

    /// Each markup shape with the largest number of times one pattern uses it.
    static func counts(_ message: Message) -> [String: Int] {
        var result: [String: Int] = [:]
        for pattern in message.patterns {
            var counts: [String: Int] = [:]
            for case .markup(let markup) in pattern.parts { counts[markup.shape, default: 0] += 1 }
            result.merge(counts) { max($0, $1) }
        }
        return result
    }

    static func list(_ counts: [String: Int]) -> String {
        if counts.isEmpty { return "none" }
        return counts.keys.sorted().map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }.joined(separator: ", ")
    }
}

extension Markup {
    /// `{#b}`, `{/b}` or `{#br/}`: the markup as written, without options.
    var shape: String {
        switch kind {
        case .open: "{#\(name)}"
        case .close: "{/\(name)}"
        case .standalone: "{#\(name)/}"
        }
    }
}
