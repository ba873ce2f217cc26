extension Message {
    /// Calls `visit` with every node of the message, parents before their children, in source
    /// order: declarations, then selectors, then each variant and its pattern (or the single
    /// pattern).
    ///
    /// This is the one walk over the data model: the queries below, the catalog compiler's checks
    /// and the linter's rules are all built on it.
    public func walk(_ visit: (MessageNode) -> Void) {
        func options(_ options: [Option]) {
            for option in options {
                visit(.option(option))
                if case .variable(let variable) = option.value { visit(.variable(variable)) }
            }
        }
        func expression(_ expression: Expression) {
            visit(.expression(expression))
            if case .variable(let variable) = expression.operand { visit(.variable(variable)) }
            if let function = expression.function {
                visit(.function(function))
                options(function.options)
            }
            for attribute in expression.attributes { visit(.attribute(attribute)) }
        }
        func pattern(_ pattern: Pattern) {
            visit(.pattern(pattern))
            for part in pattern.parts {
                switch part {
                case .text(let text, let range): visit(.text(text, range: range))
                case .expression(let placeholder): expression(placeholder)
                case .markup(let markup):
                    visit(.markup(markup))
                    options(markup.options)
                    for attribute in markup.attributes { visit(.attribute(attribute)) }
                }
            }
        }
        for declaration in declarations {
            visit(.declaration(declaration))
            expression(declaration.expression)
        }
        switch body {
        case .pattern(let single): pattern(single)
        case .matcher(let matcher):
            for selector in matcher.selectors {
                visit(.selector(selector))
                visit(.variable(selector))
            }
            for variant in matcher.variants {
                visit(.variant(variant))
                pattern(variant.pattern)
            }
        }
    }

    /// Folds the message's nodes, in the order of ``walk(_:)``, into one value.
    public func reduce<Result>(into initial: Result, _ update: (inout Result, MessageNode) -> Void) -> Result {
        var result = initial
        walk { update(&result, $0) }
        return result
    }
}
