import CatalogFiles
import MessageFormatSyntax

/// A function applied to an input whose declared type it cannot format: `:currency` on anything
/// but money or a number, a number function on text, a list, a date, a boolean or an enumeration,
/// a date function on anything but a date, `:reply:list` on anything but a list. The placeholder
/// would render as a fallback (`{$order.id}`) with a bad-operand error for every case.
struct TypeMisuseRule: Rule {
    let id = "type-misuse"
    let defaultSeverity = Severity.error
    let summary =
        "A function applied to an input of a type it cannot format (:currency on text, :date on a number…) renders as a fallback."

    /// What a checked function accepts: whether `type` is fine, how to say what it wants, and
    /// the input type to suggest;
    /// nil for functions this rule does not check.
    static func accepts(_ function: String, _ type: InputType) -> (ok: Bool, wants: String, type: String)? {
        switch function {
        case "currency":
            ([.money, .number, .integer].contains(type), "money or a number", "money")
        case "number", "integer", "percent", "offset":
            ([.number, .integer, .money].contains(type), "a number, an integer or money", "number")
        case "date", "time", "datetime":
            (type == .date || type == .datetime, "a date or datetime", "date")
        case "reply:list":
            (type == .list, "a list", "list")
        default:
            nil
        }
    }

    func check(_ context: LintContext, _ report: inout FindingReport) {
        var inputTypes: [String: [String: InputType]] = [:]  // by template id, built once each
        for located in context.allBlocks {
            let message = located.block.message
            let expressions = message.expressions
            guard expressions.contains(where: { $0.function != nil }) else { continue }
            let declarations = Declarations(message)
            let types =
                inputTypes[located.template.id]
                ?? {
                    let types = located.template.inputTypes
                    inputTypes[located.template.id] = types
                    return types
                }()
            for expression in expressions {
                guard let function = expression.function, case .variable(let variable)? = expression.operand,
                    let (input, type) = Self.input(of: variable.name, in: declarations, inputs: types),
                    let rule = Self.accepts(function.name, type), !rule.ok
                else { continue }
                let declared = types[input] != nil
                report.add(
                    context.location(located, offset: function.range.start),
                    "':\(function.name)' needs \(rule.wants), but $\(variable.name) is \(Self.describe(type, declared: declared))",
                    fix: declared
                        ? "declare '\(input): \(rule.type)' if it is one, or use a function for \(type.kindName)"
                        : "use a function for an integer, such as ':integer'")
            }
        }
    }

    /// The input a variable reads and its type, following `.local $a = {$b}`; nil for variables
    /// that are not inputs or are the result of another function.
    static func input(of name: String, in declarations: Declarations, inputs: [String: InputType]) -> (String, InputType)? {
        var current = name
        var seen: Set<String> = []
        while seen.insert(current).inserted, case .local(_, let expression, _)? = declarations.declaration(of: current) {
            guard expression.function == nil, case .variable(let operand)? = expression.operand else { return nil }
            current = operand.name
        }
        return inputs.type(of: current).map { (current, $0) }
    }

    /// How the variable's type came about: a declared input's, or a list's count.
    static func describe(_ type: InputType, declared: Bool) -> String {
        declared ? "declared as \(type.kindName)" : "a list's count (an integer)"
    }
}

extension InputType {
    /// `a string`, `an enumeration (refund | replacement)`.
    var kindName: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .integer: "an integer"
        case .money: "money"
        case .date: "a date"
        case .datetime: "a datetime"
        case .list: "a list"
        case .boolean: "a boolean"
        case .enumeration(let values): "an enumeration (\(values.joined(separator: " | ")))"
        }
    }
}
