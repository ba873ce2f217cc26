/// What the catalog compiler and the linter ask of a message, each a fold over ``Message/walk(_:)``.
extension Message {
    /// Every pattern of the message: the single one, or each variant's, in source order.
    public var patterns: [Pattern] {
        switch body {
        case .pattern(let pattern): [pattern]
        case .matcher(let matcher): matcher.variants.map(\.pattern)
        }
    }

    /// The names declared with `.local`.
    public var localNames: Set<String> {
        reduce(into: []) { names, node in
            if case .declaration(.local(let name, _, _)) = node { names.insert(name) }
        }
    }

    /// Every variable reference, in source order: declaration operands and option values,
    /// selectors, placeholder operands and options, markup options.
    public var variableReferences: [VariableRef] {
        reduce(into: []) { references, node in
            if case .variable(let variable) = node { references.append(variable) }
        }
    }

    /// The variable references that read the message's arguments (not `.local` variables), in
    /// source order; a `.input` declaration counts as a reference.
    public var externalReferences: [VariableRef] {
        let locals = localNames
        return variableReferences.filter { !locals.contains($0.name) }
    }

    /// The names of the variables the message reads from its arguments.
    public var externalNames: Set<String> { Set(externalReferences.map(\.name)) }

    /// Every expression, in source order: declarations', then the placeholders of the patterns.
    public var expressions: [Expression] {
        reduce(into: []) { expressions, node in
            if case .expression(let expression) = node { expressions.append(expression) }
        }
    }

    /// Every function annotation, in source order.
    public var functions: [FunctionRef] {
        reduce(into: []) { functions, node in
            if case .function(let function) = node { functions.append(function) }
        }
    }

    /// Every markup placeholder of the patterns, in source order.
    public var markups: [Markup] {
        reduce(into: []) { markups, node in
            if case .markup(let markup) = node { markups.append(markup) }
        }
    }
}
