import MessageFormatSyntax

extension Scope {
    /// Picks the variant as the spec's pattern selection does: resolve the selectors, keep the
    /// variants whose keys all match, and take the best by the selectors' key order.
    func select(_ selectorVariables: FixedList<CompiledVariable>, _ variants: FixedList<CompiledVariant>) -> FixedList<CompiledPart> {
        withUnsafeTemporaryAllocation(of: Resolved.Value?.self, capacity: selectorVariables.count) { selectors in
            for index in selectorVariables.indices {
                let variable = selectorVariables[index]
                let value = value(of: resolve(variable))
                if let value, value.isSelectable {
                    (selectors.baseAddress! + index).initialize(to: value)
                } else {
                    report(MessageError(.badSelector, "$\(name(of: variable))", at: variable.range))
                    (selectors.baseAddress! + index).initialize(to: nil)
                }
            }
            defer { for index in selectors.indices { selectors[index] = nil } }
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
    }

    private func matches(
        _ keys: FixedList<CompiledKey>, _ selectors: UnsafeMutableBufferPointer<Resolved.Value?>, _ failedKeys: inout Set<String>?
    ) -> Bool {
        for index in keys.indices {
            guard case .literal(let key) = keys[index] else { continue }
            guard let selector = selectors[index] else { return false }
            do {
                if try !selector.matches(key, of: program) { return false }
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
    private func isBetter(
        _ keys1: FixedList<CompiledKey>, than keys2: FixedList<CompiledKey>, _ selectors: UnsafeMutableBufferPointer<Resolved.Value?>
    ) -> Bool {
        for index in keys1.indices {
            switch (keys1[index], keys2[index]) {
            case (.catchAll, .catchAll): continue
            case (.catchAll, .literal): return false
            case (.literal, .catchAll): return true
            case (.literal(let key1), .literal(let key2)):
                // Keys equal after NFC normalization share a text index.
                if key1.textIndex == key2.textIndex { continue }
                guard let selector = selectors[index] else { return false }
                return selector.isBetterMatch(key1, than: key2, of: program)
            }
        }
        return false
    }
}
