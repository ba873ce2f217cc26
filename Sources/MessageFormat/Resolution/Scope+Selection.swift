import MessageFormatSyntax

extension Scope {
    /// Picks the variant as the spec's pattern selection does: resolve the selectors, keep the
    /// variants whose keys all match, and take the best by the selectors' key order.
    ///
    /// Each selector's value stays in its slot, where a number caches its plural category and
    /// text for every key and for the placeholders of the chosen variant.
    mutating func select(_ selectors: [CompiledVariable], _ variants: [CompiledVariant]) -> [CompiledPart] {
        for index in selectors.indices {
            let variable = selectors[index]
            let slot = self.slot(of: selectors, index)
            var resolved = resolve(variable)
            if case .argument = resolved.content, let value = value(of: resolved) { resolved.content = .value(value) }
            slots[slot] = resolved
            if case .value(let value) = resolved.content, value.isSelectable { continue }
            report(MessageError(.badSelector, "$\(name(of: variable))", at: variable.range))
        }
        var failedKeys: Set<String>?
        var best = -1
        for index in variants.indices {
            guard matches(variants[index].keys, selectors, &failedKeys) else { continue }
            if best >= 0, !isBetter(variants[index].keys, than: variants[best].keys, selectors) { continue }
            best = index
        }
        // Validation guarantees a variant of catch-all keys, which always matches.
        return variants[best >= 0 ? best : variants.count - 1].parts
    }

    /// The slot holding selector `index`'s value: its declaration's, or one of its own.
    private func slot(of selectors: [CompiledVariable], _ index: Int) -> Int {
        if case .local(let declaration) = selectors[index].slot { return declaration }
        return program.declarations.count + index
    }

    private mutating func matches(
        _ keys: [CompiledKey], _ selectors: [CompiledVariable], _ failedKeys: inout Set<String>?
    ) -> Bool {
        for index in keys.indices {
            guard case .literal(let key) = keys[index] else { continue }
            do {
                // A number caches its plural category in its cell, for the other keys and variants.
                guard case .value(let value)? = slots[slot(of: selectors, index)]?.content, value.isSelectable,
                    try value.matches(key, of: program)
                else { return false }
            } catch {
                // Report each bad key once per selector, however many variants repeat it.
                if failedKeys == nil { failedKeys = [] }
                if failedKeys?.insert("\(index)\u{0}\(key.textIndex)").inserted == true {
                    var error = error
                    error.range = error.range ?? key.range
                    report(error)
                }
                return false
            }
        }
        return true
    }

    /// The spec's SelectorsCompare: is `keys1` a better match than `keys2`?
    private func isBetter(_ keys1: [CompiledKey], than keys2: [CompiledKey], _ selectors: [CompiledVariable]) -> Bool {
        for index in keys1.indices {
            switch (keys1[index], keys2[index]) {
            case (.catchAll, .catchAll): continue
            case (.catchAll, .literal): return false
            case (.literal, .catchAll): return true
            case (.literal(let key1), .literal(let key2)):
                // Keys equal after NFC normalization share a text index.
                if key1.textIndex == key2.textIndex { continue }
                guard case .value(let value)? = slots[slot(of: selectors, index)]?.content, value.isSelectable else {
                    return false
                }
                return value.isBetterMatch(key1, than: key2, of: program)
            }
        }
        return false
    }
}
