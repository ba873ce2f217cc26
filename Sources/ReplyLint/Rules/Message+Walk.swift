import MessageFormatSyntax

/// Walks a message for what the catalog rules compare: variables, functions, markup, and the
/// declarations behind a selector. Everything is in source order: declarations, then selectors,
/// then each variant's pattern.
extension Message {
    /// The names declared with `.local`.
    var localNames: Set<String> {
        Set(
            declarations.compactMap { declaration in
                if case .local(let name, _, _) = declaration { return name }
                return nil
            })
    }

    /// Every variable reference in the message: declaration operands and option values,
    /// selectors, placeholder operands and options, markup options.
    var variableReferences: [VariableRef] {
        var result: [VariableRef] = []
        func visit(_ options: [Option]) {
            for case .variable(let variable) in options.map(\.value) { result.append(variable) }
        }
        func visit(_ expression: Expression) {
            if case .variable(let variable) = expression.operand { result.append(variable) }
            visit(expression.function?.options ?? [])
        }
        for declaration in declarations { visit(declaration.expression) }
        if case .matcher(let matcher) = body { result += matcher.selectors }
        for pattern in patterns {
            for part in pattern.parts {
                switch part {
                case .text: break
                case .expression(let expression): visit(expression)
                case .markup(let markup): visit(markup.options)
                }
            }
        }
        return result
    }

    /// The variable references that read the message's arguments (not `.local` variables);
    /// an `.input` declaration counts as a reference.
    var externalReferences: [VariableRef] {
        let locals = localNames
        return variableReferences.filter { !locals.contains($0.name) }
    }

    /// The names of the variables the message reads from its arguments.
    var externalNames: Set<String> { Set(externalReferences.map(\.name)) }

    /// Every expression: in declarations, then in the patterns.
    var expressions: [Expression] {
        var result = declarations.map(\.expression)
        for pattern in patterns {
            for case .expression(let expression) in pattern.parts { result.append(expression) }
        }
        return result
    }

    /// Every markup placeholder of the patterns.
    var markups: [Markup] {
        patterns.flatMap { pattern in
            pattern.parts.compactMap { part in
                if case .markup(let markup) = part { return markup }
                return nil
            }
        }
    }
}

/// A message's declarations by name, built once per message: looking a variable up is then a
/// dictionary access, not a scan of the declarations (which made rules quadratic in them).
struct Declarations {
    /// The first declaration of each name (a second one is a data-model error).
    private let byName: [String: Declaration]
    /// For each variable, the `.local` names declared directly from it (`.local $a = {$b}`: b → a).
    private let declaredFrom: [String: [String]]

    init(_ message: Message) {
        var byName: [String: Declaration] = [:]
        var declaredFrom: [String: [String]] = [:]
        for declaration in message.declarations {
            if byName[declaration.name] == nil { byName[declaration.name] = declaration }
            if case .variable(let operand)? = declaration.expression.operand, operand.name != declaration.name {
                declaredFrom[operand.name, default: []].append(declaration.name)
            }
        }
        self.byName = byName
        self.declaredFrom = declaredFrom
    }

    /// The declaration of `name`, if the message declares it.
    func declaration(of name: String) -> Declaration? {
        byName[name]
    }

    /// The functions that annotate `name`, nearest first, following declarations whose expression
    /// is another variable (`.local $a = {$b}`, `.local $c = {$a :offset add=1}`).
    func annotations(of name: String) -> [FunctionRef] {
        var result: [FunctionRef] = []
        var current = name
        var seen: Set<String> = []
        while seen.insert(current).inserted, let declaration = declaration(of: current) {
            if let function = declaration.expression.function { result.append(function) }
            guard case .variable(let operand)? = declaration.expression.operand else { break }
            current = operand.name
        }
        return result
    }

    /// The variables whose value `name` shows when formatted: `name` itself, the variables it is
    /// declared from, and the `.local` variables declared from any of them.
    func equivalents(of name: String) -> Set<String> {
        var names: Set<String> = [name]
        var current = name
        while let declaration = declaration(of: current), case .variable(let operand)? = declaration.expression.operand,
            names.insert(operand.name).inserted
        {
            current = operand.name
        }
        var pending = Array(names)
        while let next = pending.popLast() {
            for declared in declaredFrom[next] ?? [] where names.insert(declared).inserted { pending.append(declared) }
        }
        return names
    }
}

extension Pattern {
    /// The names of the variables this pattern's placeholders show (their operands).
    var shownVariables: Set<String> {
        Set(
            parts.compactMap { part in
                if case .expression(let expression) = part, case .variable(let variable)? = expression.operand {
                    return variable.name
                }
                return nil
            })
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
