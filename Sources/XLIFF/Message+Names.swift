import MessageFormatSyntax

/// What import compares between a translation and its source, and what export tells the
/// translator: the variables a message reads and the markup it uses (folds over the queries of
/// MessageFormatSyntax's one walk).
extension Message {
    /// The names of the variables the message reads from its arguments (not `.local` ones), each
    /// once, in order of first use: declarations, selectors, placeholders, options.
    var argumentNames: [String] {
        var seen: Set<String> = []
        return externalReferences.map(\.name).filter { seen.insert($0).inserted }
    }

    /// Each markup shape (`{#b}`, `{/b}`, `{#br/}`) with the most times one pattern uses it.
    var markupCounts: [String: Int] {
        var result: [String: Int] = [:]
        for pattern in patterns {
            var counts: [String: Int] = [:]
            for case .markup(let markup) in pattern.parts {
                let shape =
                    switch markup.kind {
                    case .open: "{#\(markup.name)}"
                    case .close: "{/\(markup.name)}"
                    case .standalone: "{#\(markup.name)/}"
                    }
                counts[shape, default: 0] += 1
            }
            result.merge(counts) { max($0, $1) }
        }
        return result
    }

    /// Whether `other` says the same: equal declarations, and the same pattern or the same
    /// variants in any order (the order of variants does not change which one is chosen when
    /// their keys differ).
    func isEquivalent(to other: Message) -> Bool {
        guard declarations == other.declarations else { return false }
        switch (body, other.body) {
        case (.pattern(let a), .pattern(let b)):
            return a == b
        case (.matcher(let a), .matcher(let b)):
            guard a.selectors == b.selectors, a.variants.count == b.variants.count else { return false }
            let sorted = { (variants: [Variant]) in variants.sorted { $0.keys.description < $1.keys.description } }
            return sorted(a.variants) == sorted(b.variants)
        default:
            return false
        }
    }
}
