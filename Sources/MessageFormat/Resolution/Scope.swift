import Intl
import MessageFormatSyntax

/// The state of one formatting call: the arguments, the declarations resolved so far
/// (each at most once, on first use), and the errors met.
struct Scope<Arguments: MessageArguments> {
    let formatter: MessageFormatter
    let arguments: Arguments
    let errors = ErrorSink()
    private var resolvedDeclarations: [Resolved?]

    init(formatter: MessageFormatter, arguments: Arguments) {
        self.formatter = formatter
        self.arguments = arguments
        self.resolvedDeclarations = Array(repeating: nil, count: formatter.message.declarations.count)
    }

    var locale: LocaleID { formatter.locale }
    var allDeclarations: Int { resolvedDeclarations.count }

    /// Resolves `$name` as seen by code after the first `visible` declarations.
    mutating func resolveVariable(_ variable: VariableRef, visible: Int) -> Resolved {
        if let index = formatter.declarationIndex[variable.name], index < visible {
            let resolved: Resolved
            if let done = resolvedDeclarations[index] {
                resolved = done
            } else {
                resolved = resolveExpression(formatter.message.declarations[index].expression, visible: index)
                resolvedDeclarations[index] = resolved
            }
            return resolved.value == nil ? .fallback("$" + variable.name) : resolved
        }
        guard let argument = arguments.argument(named: variable.name) else {
            errors.report(MessageError(.unresolvedVariable, "$\(variable.name)", at: variable.range))
            return .fallback("$" + variable.name)
        }
        return Resolved(ArgumentValue(argument, locale: locale))
    }

    /// Resolves an expression: its operand, then its function if it has one.
    mutating func resolveExpression(_ expression: Expression, visible: Int) -> Resolved {
        let compiled = formatter.compiled[expression]
        var operand: Resolved?
        switch expression.operand {
        case .literal(let literal):
            operand = Resolved(StringValue(literal.value, locale: nil))
        case .variable(let variable):
            operand = resolveVariable(variable, visible: visible)
        case nil:
            operand = nil
        }
        let fallbackSource = compiled?.fallbackSource ?? CompiledExpression.fallbackSource(of: expression)
        guard let function = expression.function else {
            // A bare literal or variable: its value as it is.
            return operand ?? .fallback(fallbackSource)
        }
        guard let handler = compiled?.function ?? formatter.functions[function.name] else {
            errors.report(MessageError(.unknownFunction, ":\(function.name)", at: function.range))
            return .fallback(fallbackSource)
        }
        let operandValue: OperandValue? = operand.map { $0.value?.operand ?? .fallback(source: $0.fallbackSource ?? "") }
        let options: ResolvedOptions
        let direction: ExplicitDirection?
        let id: String?
        if let literal = compiled?.literalOptions {
            for error in literal.errors { errors.report(error) }
            (options, direction, id) = (literal.options, literal.direction, literal.id)
            if let prepared = compiled?.prepared {
                do {
                    if let value = try prepared.call(operandValue, operandValue: operand?.value, locale: locale) {
                        return Resolved(value, explicitDirection: direction, id: id)
                    }
                } catch {
                    var error = error
                    if error.range == nil { error.range = expression.range }
                    errors.report(error)
                    return .fallback(fallbackSource)
                }
            }
        } else {
            (options, direction, id) = resolveOptions(function.options, visible: visible, isMarkup: false)
        }
        let call = FunctionCall(
            operand: operandValue,
            operandValue: operand?.value,
            options: options,
            locale: locale,
            name: function.name,
            sink: errors,
            range: expression.range
        )
        do {
            return Resolved(try handler.call(call), explicitDirection: direction, id: id)
        } catch {
            call.report(error)
            return .fallback(fallbackSource)
        }
    }

    /// Resolves options, taking out `u:dir` and `u:id`.
    mutating func resolveOptions(
        _ options: [Option], visible: Int, isMarkup: Bool
    ) -> (ResolvedOptions, ExplicitDirection?, String?) {
        var resolved = ResolvedOptions()
        var direction: ExplicitDirection?
        var id: String?
        for option in options {
            let value: OptionValue
            switch option.value {
            case .literal(let literal):
                value = OptionValue(operand: .string(literal.value), isLiteral: true)
            case .variable(let variable):
                let result = resolveVariable(variable, visible: visible)
                guard let resolvedValue = result.value else {
                    errors.report(MessageError(.badOption, "\(option.name)=$\(variable.name) has no value", at: option.range))
                    continue
                }
                value = OptionValue(operand: resolvedValue.operand, isLiteral: false)
            }
            switch option.name {
            case "u:dir":
                if isMarkup {
                    errors.report(MessageError(.badOption, "u:dir is not allowed on markup", at: option.range))
                } else if let text = value.operand.text, text == "inherit" || ExplicitDirection(rawValue: text) != nil {
                    direction = ExplicitDirection(rawValue: text)
                } else {
                    errors.report(MessageError(.badOption, "u:dir must be ltr, rtl, auto or inherit", at: option.range))
                }
            case "u:id":
                if let text = value.operand.text {
                    id = text
                } else {
                    errors.report(MessageError(.badOption, "u:id must be a string", at: option.range))
                }
            default:
                resolved.values[option.name] = value
            }
        }
        return (resolved, direction, id)
    }
}
