extension Message {
    /// Checks the data-model requirements of the spec and returns every violation, in source
    /// order: variant key mismatches, a missing fallback variant, selectors without a function,
    /// duplicate declarations, duplicate option names and duplicate variants.
    public func validate() -> [MessageError] {
        var errors: [(offset: Int, error: MessageError)] = []
        func report(_ problem: DataModelProblem, at range: SourceRange) {
            errors.append((range.start, problem.error(at: range)))
        }

        checkDeclarations(report)
        for declaration in declarations {
            checkOptions(of: declaration.expression, report)
        }
        switch body {
        case .pattern(let pattern):
            checkOptions(in: pattern, report)
        case .matcher(let matcher):
            checkMatcher(matcher, report)
            for variant in matcher.variants {
                checkOptions(in: variant.pattern, report)
            }
        }
        // A stable sort keeps problems at the same offset in the order they were found.
        return errors.enumerated()
            .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map(\.element.error)
    }

    /// Duplicate declarations: a variable declared twice, or declared after it was used by an
    /// earlier declaration or in its own expression.
    private func checkDeclarations(_ report: (DataModelProblem, SourceRange) -> Void) {
        var declared = Set<String>()
        var used = Set<String>()
        for declaration in declarations {
            let expression = declaration.expression
            var own = Set(expression.function?.options.compactMap(\.variableName) ?? [])
            if case .local = declaration, case .variable(let variable)? = expression.operand {
                own.insert(variable.name)
            }
            let name = declaration.name
            if declared.contains(name) {
                report(.duplicateDeclaration(name, .alreadyDeclared), declaration.range)
            } else if used.contains(name) {
                report(.duplicateDeclaration(name, .usedInEarlierDeclaration), declaration.range)
            } else if own.contains(name) {
                report(.duplicateDeclaration(name, .usedInOwnExpression), declaration.range)
            }
            declared.insert(name)
            used.formUnion(own)
        }
    }

    /// Variant key counts, the fallback variant, selector annotations and duplicate variants.
    private func checkMatcher(_ matcher: Matcher, _ report: (DataModelProblem, SourceRange) -> Void) {
        for selector in matcher.selectors {
            switch annotation(of: selector.name, before: declarations.count) {
            case .annotated: break
            case .undeclared: report(.undeclaredSelector(selector.name), selector.range)
            case .unannotated: report(.unannotatedSelector(selector.name), selector.range)
            }
        }
        let hasFallback = matcher.variants.contains { variant in
            variant.keys.allSatisfy { if case .catchAll = $0 { true } else { false } }
        }
        if !hasFallback {
            report(.missingFallbackVariant(selectors: matcher.selectors.count), matcher.range)
        }
        var seenKeys = Set<[String?]>()
        for variant in matcher.variants {
            if variant.keys.count != matcher.selectors.count {
                report(.variantKeyMismatch(keys: variant.keys.count, selectors: matcher.selectors.count), variant.range)
            }
            let keys = variant.keys.map(\.literalValue)
            if !seenKeys.insert(keys).inserted {
                let text = variant.keys.map { $0.literalValue.map { Literal($0).description } ?? "*" }
                report(.duplicateVariant(keys: text.joined(separator: " ")), variant.range)
            }
        }
    }

    private enum Annotation { case annotated, unannotated, undeclared }

    /// Whether the variable `name`, as declared before declaration index `limit`, has a function
    /// directly or through a chain of `.local $a = {$b}` declarations.
    private func annotation(of name: String, before limit: Int) -> Annotation {
        var name = name
        var limit = limit
        var isFirst = true
        while let index = declarations[..<limit].lastIndex(where: { $0.name == name }) {
            let declaration = declarations[index]
            if declaration.expression.function != nil { return .annotated }
            guard case .local = declaration, case .variable(let variable)? = declaration.expression.operand else {
                return .unannotated
            }
            name = variable.name
            limit = index
            isFirst = false
        }
        return isFirst ? .undeclared : .unannotated
    }

    /// Duplicate option names in every expression and markup of `pattern`.
    private func checkOptions(in pattern: Pattern, _ report: (DataModelProblem, SourceRange) -> Void) {
        for part in pattern.parts {
            switch part {
            case .text: break
            case .expression(let expression): checkOptions(of: expression, report)
            case .markup(let markup): checkOptions(markup.options, report)
            }
        }
    }

    private func checkOptions(of expression: Expression, _ report: (DataModelProblem, SourceRange) -> Void) {
        if let function = expression.function { checkOptions(function.options, report) }
    }

    private func checkOptions(_ options: [Option], _ report: (DataModelProblem, SourceRange) -> Void) {
        guard options.count > 1 else { return }
        var names = Set<String>()
        for option in options where !names.insert(option.name).inserted {
            report(.duplicateOptionName(option.name), option.range)
        }
    }
}

extension Option {
    /// The name of the variable given as the value, if it is one.
    var variableName: String? {
        if case .variable(let variable) = value { variable.name } else { nil }
    }
}

extension VariantKey {
    /// The literal's value, or nil for the catch-all key.
    var literalValue: String? {
        if case .literal(let literal) = self { literal.value } else { nil }
    }
}
