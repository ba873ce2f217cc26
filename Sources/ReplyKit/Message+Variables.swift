import MessageFormatSyntax

extension Message {
    /// The variables the message reads from its arguments (those not declared by `.local`), each
    /// with the range of its first use; an `.input` declaration counts as a use.
    var externalVariables: [(name: String, range: SourceRange)] {
        var locals: Set<String> = []
        var seen: Set<String> = []
        var result: [(String, SourceRange)] = []
        func use(_ variable: VariableRef) {
            guard !locals.contains(variable.name), seen.insert(variable.name).inserted else { return }
            result.append((variable.name, variable.range))
        }
        func visit(_ options: [Option]) {
            for case .variable(let variable) in options.map(\.value) { use(variable) }
        }
        func visit(_ expression: Expression) {
            if case .variable(let variable) = expression.operand { use(variable) }
            visit(expression.function?.options ?? [])
        }
        func visit(_ pattern: Pattern) {
            for part in pattern.parts {
                switch part {
                case .text: break
                case .expression(let expression): visit(expression)
                case .markup(let markup): visit(markup.options)
                }
            }
        }
        for declaration in declarations {
            visit(declaration.expression)
            if case .local = declaration { locals.insert(declaration.name) }
        }
        switch body {
        case .pattern(let pattern): visit(pattern)
        case .matcher(let matcher):
            for selector in matcher.selectors { use(selector) }
            for variant in matcher.variants { visit(variant.pattern) }
        }
        return result
    }

    /// The functions the message calls, each with the range of its first use.
    var functionNames: [(name: String, range: SourceRange)] {
        var seen: Set<String> = []
        var result: [(String, SourceRange)] = []
        func visit(_ expression: Expression) {
            if let function = expression.function, seen.insert(function.name).inserted {
                result.append((function.name, function.range))
            }
        }
        for declaration in declarations { visit(declaration.expression) }
        let patterns: [Pattern] =
            switch body {
            case .pattern(let pattern): [pattern]
            case .matcher(let matcher): matcher.variants.map(\.pattern)
            }
        for pattern in patterns {
            for case .expression(let expression) in pattern.parts { visit(expression) }
        }
        return result
    }
}
