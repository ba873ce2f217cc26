import Intl
import MessageFormatSyntax

/// A message compiled for formatting: variables bound to declaration slots or argument names,
/// literal options resolved, functions looked up and their calls prepared. Formatting walks
/// this, not the syntax tree, and does only the work that depends on the arguments.
///
/// Immutable after `init`, so it is shared by every formatting call on any thread.
final class Program: Sendable {
    /// The validated data model and the source text it came from, if any (for diagnostics).
    let message: Message
    let source: String?
    let context: LocaleContext
    let functions: FunctionRegistry
    let declarations: [CompiledExpression]
    /// For each declaration, the earlier declarations its expression reads (operand and options).
    let dependencies: [[Int]]
    /// For each declaration, the longest chain of declarations that resolving it walks through.
    let depths: [Int]
    let body: Body
    let markups: [CompiledMarkup]
    /// The name of every variable the message refers to, by ``CompiledVariable/nameIndex``.
    let variableNames: [String]
    /// A guess at the output length, to reserve the text buffer once.
    let estimatedLength: Int
    /// The slots a formatting call needs: one per declaration, then one per selector.
    let slotCount: Int
    /// The text of every literal variant key, by ``KeyLiteral/textIndex``.
    private let keyTexts: [String]

    enum Body: Sendable {
        case pattern([CompiledPart])
        case matcher(selectors: [CompiledVariable], variants: [CompiledVariant])
    }

    init(_ message: Message, source: String? = nil, locale: LocaleID, functions: FunctionRegistry) {
        self.message = message
        self.source = source
        context = LocaleContext(locale)
        self.functions = functions
        var compiler = Compiler(context: context, functions: functions)
        var declarations: [CompiledExpression] = []
        for (index, declaration) in message.declarations.enumerated() {
            compiler.visible = index
            declarations.append(compiler.expression(declaration.expression))
            compiler.declare(declaration.name, at: index)
        }
        self.declarations = declarations
        compiler.visible = message.declarations.count
        switch message.body {
        case .pattern(let pattern):
            body = .pattern(compiler.pattern(pattern))
        case .matcher(let matcher):
            body = .matcher(
                selectors: matcher.selectors.map { compiler.variable($0) },
                variants: matcher.variants.map { variant in
                    CompiledVariant(keys: variant.keys.map { compiler.key($0) }, parts: compiler.pattern(variant.pattern))
                }
            )
        }
        dependencies = declarations.map(\.localDependencies)
        // Declarations read only earlier ones, so one pass in order finds every depth.
        var depths: [Int] = []
        for dependencies in dependencies {
            depths.append(1 + (dependencies.map { depths[$0] }.max() ?? 0))
        }
        self.depths = depths
        keyTexts = compiler.keyTexts
        markups = compiler.markups
        variableNames = compiler.variableNames
        estimatedLength = compiler.textLength + 16 * compiler.placeholders
        var selectorCount = 0
        if case .matcher(let selectors, _) = body { selectorCount = selectors.count }
        slotCount = declarations.count + selectorCount
    }

    /// The text of a literal variant key.
    func text(of key: KeyLiteral) -> String { keyTexts[key.textIndex] }

    /// The name of a variable, without `$`.
    func name(of variable: CompiledVariable) -> String { variableNames[variable.nameIndex] }
}

/// A reference to a variable: an earlier declaration, or an argument. The name lives in the
/// program (``Program/name(of:)``).
struct CompiledVariable: Sendable {
    enum Slot: Sendable {
        case local(Int)
        case argument
    }

    let slot: Slot
    let nameIndex: Int
    let range: SourceRange
    /// `$name`, as a failure shows.
    let fallback: String
}

/// One part of a pattern.
enum CompiledPart: Sendable {
    case text(String)
    case expression(CompiledExpression)
    /// An index into the program's markups.
    case markup(Int)
}

/// A variant: its keys and its pattern.
struct CompiledVariant: Sendable {
    let keys: [CompiledKey]
    let parts: [CompiledPart]
}

/// A variant key.
enum CompiledKey: Sendable {
    case catchAll
    case literal(KeyLiteral)
}

/// A literal variant key, with what numeric selectors ask of it worked out once. The text lives
/// in the program (``Program/text(of:)``).
struct KeyLiteral: Sendable {
    /// Equal for keys that are equal texts (the spec compares keys after NFC normalization).
    let textIndex: Int
    let range: SourceRange
    /// The plural category the key names, if it names one.
    let category: PluralCategory?
    /// Whether the key is a number literal, which a numeric selector matches exactly.
    let isNumber: Bool

    /// A numeric selector's preference between two matching keys: an exact number beats a plural category.
    static func prefersNumber(_ key1: String, over key2: String) -> Bool {
        DecimalNumber(numberLiteral: key1) != nil && DecimalNumber(numberLiteral: key2) == nil
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
    let fallback: String
    let range: SourceRange

    init(operand: Operand?, function: CompiledFunction?, fallback: String, range: SourceRange) {
        self.operand = operand
        self.function = function
        self.fallback = fallback
        self.range = range
    }

    /// The declarations this expression reads, as its operand or an option's value.
    var localDependencies: [Int] {
        var variables: [CompiledVariable] = []
        if case .variable(let variable)? = operand { variables.append(variable) }
        for option in function?.options ?? [] {
            if case .variable(let variable) = option.value { variables.append(variable) }
        }
        return variables.compactMap { variable in
            if case .local(let index) = variable.slot { index } else { nil }
        }
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
    /// The options, when they are all literals.
    let literalOptions: LiteralOptions?
    /// The call the function prepared for the literal options and the locale, if it did.
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

/// Options whose values are all literals, read once.
struct LiteralOptions: Sendable {
    /// Each option's text by name, without `u:dir` and `u:id`.
    let texts: [String: String]
    /// `u:dir` and `u:id`, built once and shared by every value (nil for neither).
    let annotations: Annotations?
    /// Problems with `u:dir`, reported on every format.
    let errors: [MessageError]

    /// The options as a function receives them.
    var resolved: ResolvedOptions {
        var options = ResolvedOptions()
        for (name, text) in texts { options.values[name] = OptionValue(operand: .string(text), isLiteral: true) }
        return options
    }
}
