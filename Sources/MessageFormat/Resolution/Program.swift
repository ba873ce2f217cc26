import Intl
import MessageFormatSyntax

/// A message compiled for formatting: variables bound to declaration slots or argument names,
/// literal options resolved, functions looked up, and built-in functions' formatters built.
/// Formatting walks this, not the syntax tree, and does only the work that depends on the
/// arguments.
final class Program: Sendable {
    let context: LocaleContext
    let functions: FunctionRegistry
    let declarations: [CompiledExpression]
    let body: Body
    /// A guess at the output length, to reserve the string once.
    let estimatedLength: Int

    enum Body: Sendable {
        case pattern([CompiledPart])
        case matcher(selectors: [CompiledVariable], variants: [CompiledVariant])
    }

    init(_ message: Message, locale: LocaleID, functions: FunctionRegistry) {
        context = LocaleContext(locale)
        self.functions = functions
        var compiler = Compiler(context: context, functions: functions)
        declarations = message.declarations.enumerated().map { index, declaration in
            compiler.visible = index
            defer { compiler.declare(declaration.name, at: index) }
            return compiler.expression(declaration.expression)
        }
        compiler.visible = message.declarations.count
        switch message.body {
        case .pattern(let pattern):
            body = .pattern(compiler.pattern(pattern))
        case .matcher(let matcher):
            body = .matcher(
                selectors: matcher.selectors.map(compiler.variable),
                variants: matcher.variants.map { variant in
                    CompiledVariant(keys: variant.keys.map(CompiledKey.init), parts: compiler.pattern(variant.pattern))
                }
            )
        }
        estimatedLength = compiler.textLength + 16 * compiler.placeholders
    }
}

/// A reference to a variable: an earlier declaration, or an argument.
struct CompiledVariable: Sendable {
    enum Slot: Sendable {
        case local(Int)
        case argument
    }

    let slot: Slot
    let name: String
    let range: SourceRange
}

/// One part of a pattern.
enum CompiledPart: Sendable {
    case text(String)
    case expression(CompiledExpression)
    case markup(CompiledMarkup)
}

/// A variant: its keys and its pattern.
struct CompiledVariant: Sendable {
    let keys: [CompiledKey]
    let parts: [CompiledPart]
}

/// A variant key.
enum CompiledKey: Sendable {
    case catchAll
    case literal(String, range: SourceRange)

    init(_ key: VariantKey) {
        switch key {
        case .catchAll: self = .catchAll
        case .literal(let literal): self = .literal(literal.value, range: literal.range)
        }
    }
}

/// An option value: a literal, or a variable resolved at format time.
enum CompiledOptionValue: Sendable {
    case literal(String)
    case variable(CompiledVariable)
}

/// An option as written.
struct CompiledOption: Sendable {
    let name: String
    let value: CompiledOptionValue
    let range: SourceRange
}

/// Markup: its kind, name and options (resolved at format time; markup is rare).
struct CompiledMarkup: Sendable {
    let kind: Markup.Kind
    let name: String
    let options: [CompiledOption]
}

/// One expression, prepared.
final class CompiledExpression: Sendable {
    enum Operand: Sendable {
        case literal(StringValue)
        case variable(CompiledVariable)
    }

    let operand: Operand?
    let function: CompiledFunction?
    /// `|literal|`, `$variable` or `:function`: how the expression shows when it fails.
    let fallbackSource: String
    let range: SourceRange

    init(operand: Operand?, function: CompiledFunction?, fallbackSource: String, range: SourceRange) {
        self.operand = operand
        self.function = function
        self.fallbackSource = fallbackSource
        self.range = range
    }
}

/// The function of an expression, with what could be done ahead of time.
final class CompiledFunction: Sendable {
    let name: String
    let range: SourceRange
    /// Nil when no function of this name is registered.
    let handler: (any MessageFunction)?
    /// The options as written.
    let options: [CompiledOption]
    /// The options resolved, when they are all literals.
    let literalOptions: LiteralOptions?
    /// Work a built-in function did ahead of time for the literal options and the locale.
    let prepared: (any PreparedCall)?

    init(
        name: String, range: SourceRange, handler: (any MessageFunction)?, options: [CompiledOption],
        literalOptions: LiteralOptions?, prepared: (any PreparedCall)?
    ) {
        self.name = name
        self.range = range
        self.handler = handler
        self.options = options
        self.literalOptions = literalOptions
        self.prepared = prepared
    }
}

/// Options whose values are all literals, resolved once.
struct LiteralOptions: @unchecked Sendable {
    // Only literal strings are stored here, never a MessageValue: safe to share.
    let options: ResolvedOptions
    let direction: ExplicitDirection?
    let id: String?
    /// Problems with `u:dir`, reported on every format.
    let errors: [MessageError]
}

/// A built-in function that can do its option work once per expression.
protocol PreparingFunction: MessageFunction {
    /// The prepared call for these literal options, or nil when they need the dynamic path
    /// (an invalid option must be reported on every format).
    func prepare(options: ResolvedOptions, context: LocaleContext) -> (any PreparedCall)?
}

/// A function call with its options already processed.
protocol PreparedCall: Sendable {
    /// The value for this operand, or nil when it needs the dynamic path (for example an operand
    /// carrying options of its own).
    func call(_ operand: OperandValue?, operandValue: (any MessageValue)?, context: LocaleContext) throws(MessageError) -> (
        any MessageValue
    )?
}
