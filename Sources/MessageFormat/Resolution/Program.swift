import Intl
import MessageFormatSyntax

/// A message compiled for formatting: variables bound to declaration slots or argument names,
/// literal options resolved, functions looked up, and built-in functions' formatters built.
/// Formatting walks this, not the syntax tree, and does only the work that depends on the
/// arguments.
///
/// What formatting walks is plain data: text is a span of one UTF-8 buffer, lists are
/// ``FixedList``s and objects are ``Borrowed``. The program owns all of it and outlives every
/// formatting call, so walking it costs no reference counting.
final class Program: Sendable {
    /// The validated data model and the source text it came from, if any (for diagnostics).
    let message: Message
    let source: String?
    let context: LocaleContext
    let functions: FunctionRegistry
    let declarations: FixedList<ExpressionRef>
    let body: Body
    let markups: [CompiledMarkup]
    /// The name of every variable the message refers to, by ``CompiledVariable/nameIndex``.
    let variableNames: [String]
    /// `$name` for each of them, as a failure shows (``CompiledVariable/fallback``).
    private let variableFallbacks: [FallbackText]
    /// A guess at the output length, to reserve the text buffer once.
    let estimatedLength: Int
    /// Room for the values one formatting call makes: at most one per expression resolved and
    /// one per variable turned into a value, each at most once per declaration or placeholder.
    /// The call reserves as many cells for the arguments it looks up (usually one per variable
    /// reference; an expression with variable options looks up more, and the heap takes those).
    let valueCapacity: Int
    /// Every expression of the message; parts and declarations refer to them unretained.
    private let expressions: [CompiledExpression]
    /// The memory of the fixed lists.
    private let storage: FixedStorage
    /// The text of every literal variant key, by ``KeyLiteral/textIndex``.
    private let keyTexts: [String]
    /// The UTF-8 text of every text part, end to end; written once in `init`, freed in `deinit`.
    nonisolated(unsafe) private let text: UnsafeMutableBufferPointer<UInt8>
    /// The same text parts as strings, by ``TextSpan/index``, for sinks that keep strings.
    private let textStrings: [String]

    enum Body: Sendable {
        case pattern(FixedList<CompiledPart>)
        case matcher(selectors: FixedList<CompiledVariable>, variants: FixedList<CompiledVariant>)
    }

    init(_ message: Message, source: String? = nil, locale: LocaleID, functions: FunctionRegistry) {
        self.message = message
        self.source = source
        context = LocaleContext(locale)
        self.functions = functions
        let storage = FixedStorage()
        var compiler = Compiler(context: context, functions: functions)
        declarations = storage.list(
            message.declarations.enumerated().map { index, declaration in
                compiler.visible = index
                defer { compiler.declare(declaration.name, at: index) }
                return compiler.expression(declaration.expression)
            })
        compiler.visible = message.declarations.count
        var selectorCount = 0
        switch message.body {
        case .pattern(let pattern):
            body = .pattern(storage.list(compiler.pattern(pattern)))
        case .matcher(let matcher):
            selectorCount = matcher.selectors.count
            body = .matcher(
                selectors: storage.list(matcher.selectors.map { compiler.variable($0) }),
                variants: storage.list(
                    matcher.variants.map { variant in
                        CompiledVariant(
                            keys: storage.list(variant.keys.map { compiler.key($0) }),
                            parts: storage.list(compiler.pattern(variant.pattern)))
                    })
            )
        }
        self.storage = storage
        keyTexts = compiler.keyTexts
        markups = compiler.markups
        textStrings = compiler.textStrings
        variableNames = compiler.variableNames
        variableFallbacks = compiler.variableFallbacks
        expressions = compiler.expressions
        text = .allocate(capacity: max(compiler.text.count, 1))
        _ = text.initialize(from: compiler.text)
        estimatedLength = compiler.text.count + 16 * compiler.placeholders
        valueCapacity = 2 * compiler.expressions.count + selectorCount + 1
    }

    deinit { text.deallocate() }

    /// The text of a literal variant key.
    func text(of key: KeyLiteral) -> String { keyTexts[key.textIndex] }

    /// The name of a variable, without `$`.
    func name(of variable: CompiledVariable) -> String { variableNames[variable.nameIndex] }

    /// The UTF-8 bytes of a text part.
    func bytes(of span: TextSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.baseAddress! + Int(span.start), count: Int(span.count))
    }

    /// A text part as a string.
    func string(of span: TextSpan) -> String { textStrings[Int(span.index)] }
}

/// Where a text part's UTF-8 lies in its program's text buffer, and which text part it is.
struct TextSpan: Sendable {
    let start: Int32
    let count: Int32
    let index: Int32
}

/// An expression its ``Program`` owns, referred to without retaining it.
typealias ExpressionRef = Borrowed<CompiledExpression>

/// A reference to a variable: an earlier declaration, or an argument. Plain data: the name lives
/// in the program (``Program/name(of:)``).
struct CompiledVariable: Sendable {
    enum Slot: Sendable {
        case local(Int)
        case argument
    }

    let slot: Slot
    let nameIndex: Int
    let range: SourceRange
    /// `$name`, as a failure shows.
    let fallback: Borrowed<FallbackText>
}

/// One part of a pattern: plain data, copied without reference counting.
enum CompiledPart: Sendable {
    case text(TextSpan)
    case expression(ExpressionRef)
    /// An index into the program's markups.
    case markup(Int)
}

/// A variant: its keys and its pattern.
struct CompiledVariant: Sendable {
    let keys: FixedList<CompiledKey>
    let parts: FixedList<CompiledPart>
}

/// A variant key.
enum CompiledKey: Sendable {
    case catchAll
    case literal(KeyLiteral)
}

/// A literal variant key, with what numeric selectors ask of it worked out once. Plain data:
/// the text lives in the program (``Program/text(of:)``).
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
        case literal(Borrowed<StringValue>)
        case variable(CompiledVariable)
    }

    let operand: Operand?
    let function: CompiledFunction?
    /// The function's prepared call, unretained, with the annotations its literal options give:
    /// what formatting reads first (`function` and `literal` keep them alive).
    let prepared: (call: PreparedCall.Unretained, annotations: Borrowed<Annotations>?)?
    /// `|literal|`, `$variable` or `:function`: how the expression shows when it fails.
    let fallback: Borrowed<FallbackText>
    private let fallbackText: FallbackText
    let range: SourceRange
    private let literal: StringValue?

    init(
        literal: StringValue?, variable: CompiledVariable?, function: CompiledFunction?, fallback: FallbackText,
        range: SourceRange
    ) {
        self.literal = literal
        operand = literal.map { .literal(Borrowed($0)) } ?? variable.map { .variable($0) }
        self.function = function
        prepared = function?.prepared.map { ($0.unretained, function?.literalAnnotations.map(Borrowed.init)) }
        fallbackText = fallback
        self.fallback = Borrowed(fallback)
        self.range = range
    }

    var fallbackSource: String { fallbackText.text }
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
    /// `u:dir` and `u:id` among the literal options (nil for neither), kept apart so the
    /// prepared path hands them on without copying the options.
    let literalAnnotations: Annotations?
    /// Work a built-in function did ahead of time for the literal options and the locale.
    let prepared: PreparedCall?

    init(
        name: String, range: SourceRange, handler: (any MessageFunction)?, options: [CompiledOption],
        literalOptions: LiteralOptions?, prepared: PreparedCall?
    ) {
        self.name = name
        self.range = range
        self.handler = handler
        self.options = options
        self.literalOptions = literalOptions
        self.literalAnnotations = literalOptions?.annotations
        self.prepared = prepared
    }
}

/// Options whose values are all literals, resolved once.
struct LiteralOptions: @unchecked Sendable {
    // Only literal strings are stored here, never a MessageValue: safe to share.
    let options: ResolvedOptions
    /// `u:dir` and `u:id`, built once and shared by every value (nil for neither).
    let annotations: Annotations?
    /// Problems with `u:dir`, reported on every format.
    let errors: [MessageError]
}

/// A built-in function that can do its option work once per expression.
protocol PreparingFunction: MessageFunction {
    /// The prepared call for these literal options, or nil when they need the dynamic path
    /// (an invalid option must be reported on every format).
    func prepare(options: ResolvedOptions, context: LocaleContext) -> PreparedCall?
}

/// A built-in function call with its options already processed: the concrete classes, not a
/// protocol, so that the call is direct (see ``Resolved/Value``).
enum PreparedCall: Sendable {
    case number(PreparedNumber)
    case dateTime(PreparedDateTime)
    case list(PreparedList)

    /// The same call without ownership, for the formatting path.
    enum Unretained: Sendable {
        case number(Borrowed<PreparedNumber>)
        case dateTime(Borrowed<PreparedDateTime>)
        case list(Borrowed<PreparedList>)
    }

    var unretained: Unretained {
        switch self {
        case .number(let call): .number(Borrowed(call))
        case .dateTime(let call): .dateTime(Borrowed(call))
        case .list(let call): .list(Borrowed(call))
        }
    }
}
