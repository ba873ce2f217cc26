import Intl
import MessageFormatSyntax

/// What can be worked out about each expression once, when the message is built: its function,
/// its fallback text, its options when they are all literals, and, for built-in functions,
/// the formatter those options need. Formatting then only does what depends on the arguments.
struct CompiledMessage: Sendable {
    private let expressions: [Int: CompiledExpression]

    init(_ message: Message, locale: LocaleID, functions: FunctionRegistry) {
        var expressions: [Int: CompiledExpression] = [:]
        func add(_ expression: Expression) {
            expressions[expression.range.start] = CompiledExpression(expression, locale: locale, functions: functions)
        }
        func add(_ pattern: Pattern) {
            for case .expression(let expression) in pattern.parts { add(expression) }
        }
        for declaration in message.declarations { add(declaration.expression) }
        switch message.body {
        case .pattern(let pattern): add(pattern)
        case .matcher(let matcher): matcher.variants.forEach { add($0.pattern) }
        }
        self.expressions = expressions
    }

    /// The compiled form of `expression`, which must belong to the message.
    subscript(expression: Expression) -> CompiledExpression? { expressions[expression.range.start] }
}

/// One expression, prepared.
struct CompiledExpression: Sendable {
    /// The function, or nil when the expression has none or names an unknown one.
    let function: (any MessageFunction)?
    /// `|literal|`, `$variable` or `:function`.
    let fallbackSource: String
    /// The resolved options, `u:dir` and `u:id`, when every option value is a literal.
    let literalOptions: LiteralOptions?
    /// Work a built-in function did ahead of time for these options and this locale.
    let prepared: (any PreparedCall)?

    struct LiteralOptions: @unchecked Sendable {
        // OptionValue holds only literal strings here, never a MessageValue.
        let options: ResolvedOptions
        let direction: ExplicitDirection?
        let id: String?
        /// Problems with `u:dir`/`u:id`, reported on every format.
        let errors: [MessageError]
    }

    init(_ expression: Expression, locale: LocaleID, functions: FunctionRegistry) {
        fallbackSource = Self.fallbackSource(of: expression)
        guard let reference = expression.function else {
            function = nil
            literalOptions = nil
            prepared = nil
            return
        }
        function = functions[reference.name]
        let literals = reference.options.compactMap { option -> (Option, String)? in
            guard case .literal(let literal) = option.value else { return nil }
            return (option, literal.value)
        }
        guard literals.count == reference.options.count else {
            literalOptions = nil
            prepared = nil
            return
        }
        let options = LiteralOptions(literals)
        literalOptions = options
        if options.errors.isEmpty, let preparing = function as? any PreparingFunction {
            prepared = preparing.prepare(options: options.options, locale: locale, name: reference.name)
        } else {
            prepared = nil
        }
    }

    /// `|literal|`, `$variable` or `:function`: how a failed expression shows.
    static func fallbackSource(of expression: Expression) -> String {
        switch expression.operand {
        case .literal(let literal):
            var text = "|"
            for scalar in literal.value.unicodeScalars {
                if scalar == "\\" || scalar == "|" { text.unicodeScalars.append("\\") }
                text.unicodeScalars.append(scalar)
            }
            return text + "|"
        case .variable(let variable): return "$" + variable.name
        case nil: return ":" + (expression.function?.name ?? "")
        }
    }
}

extension CompiledExpression.LiteralOptions {
    init(_ literals: [(Option, String)]) {
        var resolved = ResolvedOptions()
        var direction: ExplicitDirection?
        var id: String?
        var errors: [MessageError] = []
        for (option, text) in literals {
            switch option.name {
            case "u:dir":
                if text == "inherit" || ExplicitDirection(rawValue: text) != nil {
                    direction = ExplicitDirection(rawValue: text)
                } else {
                    errors.append(MessageError(.badOption, "u:dir must be ltr, rtl, auto or inherit", at: option.range))
                }
            case "u:id":
                id = text
            default:
                resolved.values[option.name] = OptionValue(operand: .string(text), isLiteral: true)
            }
        }
        self.init(options: resolved, direction: direction, id: id, errors: errors)
    }
}

/// A built-in function that can do its option work once per expression.
protocol PreparingFunction: MessageFunction {
    /// The prepared call for these literal options, or nil when the options need the dynamic path
    /// (an invalid option must be reported on every format).
    func prepare(options: ResolvedOptions, locale: LocaleID, name: String) -> (any PreparedCall)?
}

/// A function call with its options already processed.
protocol PreparedCall: Sendable {
    /// The value for this operand, or nil when this operand needs the dynamic path (for example
    /// an operand carrying options of its own).
    func call(_ operand: OperandValue?, operandValue: (any MessageValue)?, locale: LocaleID) throws(MessageError) -> (any MessageValue)?
}
