import MessageFormatSyntax

/// What import compares between a translation and its source, and what export tells the
/// translator: the variables a message reads and the markup it uses.
extension Message {
    /// Every pattern of the message: the one pattern, or each variant's.
    var allPatterns: [Pattern] {
        switch body {
        case .pattern(let pattern): [pattern]
        case .matcher(let matcher): matcher.variants.map(\.pattern)
        }
    }

    /// The names of the variables the message reads from its arguments (not `.local` ones), in
    /// order of first use: declarations, selectors, placeholders, options.
    var argumentNames: [String] {
        var locals: Set<String> = []
        var names: [String] = []
        func use(_ name: String) { if !locals.contains(name), !names.contains(name) { names.append(name) } }
        func visit(_ options: [Option]) {
            for case .variable(let variable) in options.map(\.value) { use(variable.name) }
        }
        func visit(_ expression: Expression) {
            if case .variable(let variable) = expression.operand { use(variable.name) }
            visit(expression.function?.options ?? [])
        }
        for declaration in declarations {
            visit(declaration.expression)
            if case .local(let name, _, _) = declaration { locals.insert(name) }
        }
        if case .matcher(let matcher) = body { matcher.selectors.forEach { use($0.name) } }
        for pattern in allPatterns {
            for part in pattern.parts {
                switch part {
                case .text: break
                case .expression(let expression): visit(expression)
                case .markup(let markup): visit(markup.options)
                }
            }
        }
        return names
    }

    /// Each markup shape (`{#b}`, `{/b}`, `{#br/}`) with the most times one pattern uses it.
    var markupCounts: [String: Int] {
        var result: [String: Int] = [:]
        for pattern in allPatterns {
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
