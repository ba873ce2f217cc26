import MessageFormatSyntax

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
