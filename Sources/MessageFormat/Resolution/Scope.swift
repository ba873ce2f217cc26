import Intl
import MessageFormatSyntax

/// The state of one formatting call: the arguments, the declarations resolved so far
/// (each at most once, on first use), and the errors met.
struct Scope {
    let program: Program
    let arguments: any MessageArguments
    /// The errors met so far, in order.
    var errors: [MessageError] = []
    /// One slot per declaration, nil until first used; memory owned by the caller (the stack).
    private let resolvedDeclarations: UnsafeMutableBufferPointer<Resolved?>

    init(program: Program, arguments: any MessageArguments, memo: UnsafeMutableBufferPointer<Resolved?>) {
        self.program = program
        self.arguments = arguments
        resolvedDeclarations = memo
    }

    /// Runs `body` with a scope whose declaration memo lives on the stack.
    static func withScope<R>(_ program: Program, _ arguments: any MessageArguments, _ body: (inout Scope) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Resolved?.self, capacity: program.declarations.count) { memo in
            memo.initialize(repeating: nil)
            // Element by element rather than `deinitialize()`, which goes through generic value witnesses.
            defer { for index in memo.indices { memo[index] = nil } }
            var scope = Scope(program: program, arguments: arguments, memo: memo)
            return body(&scope)
        }
    }

    /// Resolves a variable: a declaration (resolved on first use) or an argument.
    mutating func resolve(_ variable: CompiledVariable) -> Resolved {
        switch variable.slot {
        case .local(let index):
            let resolved: Resolved
            if let done = resolvedDeclarations[index] {
                resolved = done
            } else {
                resolved = program.declarations[index].with { resolve($0) }
                resolvedDeclarations[index] = resolved
            }
            return resolved.isFallback ? .fallback("$" + program.name(of: variable)) : resolved
        case .argument:
            guard let argument = arguments.argument(named: program.name(of: variable)) else {
                errors.append(MessageError(.unresolvedVariable, "$\(program.name(of: variable))", at: variable.range))
                return .fallback("$" + program.name(of: variable))
            }
            return Resolved(.argument(argument))
        }
    }

    /// Resolves an expression: its operand, then its function if it has one.
    mutating func resolve(_ expression: CompiledExpression) -> Resolved {
        var operand: Resolved?
        switch expression.operand {
        case .literal(let value)?: operand = Resolved(value)
        case .variable(let variable)?: operand = resolve(variable)
        case nil: operand = nil
        }
        guard let function = expression.function else {
            // A bare literal or variable: its value as it is.
            return operand ?? .fallback(expression.fallbackSource)
        }
        if let prepared = function.prepared {
            // Prepared only when every option is a valid literal: nothing to report here.
            do {
                if let value = try prepared.call(operand, context: program.context) {
                    return Resolved(value, annotations: function.literalAnnotations)
                }
            } catch {
                var error = error
                if error.range == nil { error.range = expression.range }
                errors.append(error)
                return .fallback(expression.fallbackSource)
            }
        }
        guard let handler = function.handler else {
            errors.append(MessageError(.unknownFunction, ":\(function.name)", at: function.range))
            return .fallback(expression.fallbackSource)
        }
        let options: ResolvedOptions
        let annotations: Annotations?
        if let literal = function.literalOptions {
            for error in literal.errors { errors.append(error) }
            (options, annotations) = (literal.options, literal.annotations)
        } else {
            let (resolved, direction, id) = resolve(function.options, isMarkup: false)
            (options, annotations) = (resolved, Annotations(direction: direction, id: id))
        }
        let sink = ErrorSink()
        let call = FunctionCall(
            operand: operand?.operand, operandValue: operand?.functionValue, options: options, context: program.context,
            name: function.name, sink: sink, range: expression.range
        )
        defer { errors += sink.errors }
        do {
            return Resolved(try handler.call(call), annotations: annotations)
        } catch {
            call.report(error)
            return .fallback(expression.fallbackSource)
        }
    }

    /// Resolves options, taking out `u:dir` and `u:id`.
    mutating func resolve(
        _ options: [CompiledOption], isMarkup: Bool
    ) -> (ResolvedOptions, ExplicitDirection?, String?) {
        var resolved = ResolvedOptions()
        var direction: ExplicitDirection?
        var id: String?
        for option in options {
            let value: OptionValue
            switch option.value {
            case .literal(let text):
                value = OptionValue(operand: .string(text), isLiteral: true)
            case .variable(let variable):
                let resolved = resolve(variable)
                guard !resolved.isFallback else {
                    errors.append(MessageError(.badOption, "\(option.name)=$\(program.name(of: variable)) has no value", at: option.range))
                    continue
                }
                value = OptionValue(operand: resolved.operand, isLiteral: false)
            }
            switch option.name {
            case "u:dir":
                if isMarkup {
                    errors.append(MessageError(.badOption, "u:dir is not allowed on markup", at: option.range))
                } else if let text = value.operand.text, text == "inherit" || ExplicitDirection(rawValue: text) != nil {
                    direction = ExplicitDirection(rawValue: text)
                } else {
                    errors.append(MessageError(.badOption, "u:dir must be ltr, rtl, auto or inherit", at: option.range))
                }
            case "u:id":
                if let text = value.operand.text {
                    id = text
                } else {
                    errors.append(MessageError(.badOption, "u:id must be a string", at: option.range))
                }
            default:
                resolved.values[option.name] = value
            }
        }
        return (resolved, direction, id)
    }
}
