import MessageFormatSyntax

extension Scope {
    /// Picks the variant of `matcher` as the spec's pattern selection does: resolve the selectors,
    /// keep the variants whose keys all match, and take the best by the selectors' key order.
    mutating func select(_ matcher: Matcher) -> Pattern {
        let selectors: [(any MessageValue)?] = matcher.selectors.map { variable in
            let resolved = resolveVariable(variable, visible: allDeclarations)
            guard let value = resolved.value, value.isSelectable else {
                errors.report(MessageError(.badSelector, "$\(variable.name)", at: variable.range))
                return nil
            }
            return value
        }
        var failedKeys: Set<String> = []
        var best: Variant?
        for variant in matcher.variants {
            guard matches(variant.keys, selectors, &failedKeys) else { continue }
            if let current = best, !isBetter(variant.keys, than: current.keys, selectors) { continue }
            best = variant
        }
        // Validation guarantees a variant of catch-all keys, which always matches.
        return best?.pattern ?? matcher.variants[matcher.variants.count - 1].pattern
    }

    private func matches(
        _ keys: [VariantKey], _ selectors: [(any MessageValue)?], _ failedKeys: inout Set<String>
    ) -> Bool {
        for (index, key) in keys.enumerated() {
            guard case .literal(let literal) = key else { continue }
            guard let selector = selectors[index] else { return false }
            do {
                if try !selector.matches(literal.value) { return false }
            } catch {
                // Report each bad key once per selector, however many variants repeat it.
                if failedKeys.insert("\(index)\u{0}\(literal.value)").inserted {
                    var error = error
                    error.range = error.range ?? literal.range
                    errors.report(error)
                }
                return false
            }
        }
        return true
    }

    /// The spec's SelectorsCompare: is `keys1` a better match than `keys2`?
    private func isBetter(_ keys1: [VariantKey], than keys2: [VariantKey], _ selectors: [(any MessageValue)?]) -> Bool {
        for (index, (key1, key2)) in zip(keys1, keys2).enumerated() {
            switch (key1, key2) {
            case (.catchAll, .catchAll): continue
            case (.catchAll, .literal): return false
            case (.literal, .catchAll): return true
            case (.literal(let literal1), .literal(let literal2)):
                // Swift compares strings by canonical equivalence, which is the spec's NFC key comparison.
                if literal1.value == literal2.value { continue }
                guard let selector = selectors[index] else { return false }
                return selector.isBetterMatch(literal1.value, than: literal2.value)
            }
        }
        return false
    }
}
