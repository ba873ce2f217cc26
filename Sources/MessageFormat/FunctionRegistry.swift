public import Intl
public import MessageFormatSyntax

/// A function usable in messages as `:name`: it turns an operand and options into a value.
///
/// Throw for a failure that makes the expression fall back (`{$x}`); report an error through
/// ``FunctionCall/report(_:)`` for one that should be noted while formatting goes on.
///
/// The built-in functions are registered through this same protocol. A function whose work on
/// its options can be done once per expression (read them, build an ICU formatter) implements
/// ``prepare(_:)`` too; formatting then calls the prepared call first.
public protocol MessageFunction: Sendable {
    /// Resolves one expression.
    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue

    /// The call for an expression whose options are all literals, prepared once when the message
    /// is compiled; nil (the default) to have ``call(_:)`` do all the work on every format.
    ///
    /// Return nil too when an option is invalid: ``call(_:)`` then reports it on every format.
    func prepare(_ preparation: FunctionPreparation) -> (any PreparedCall)?
}

extension MessageFunction {
    /// No preparation: every format calls ``call(_:)``.
    public func prepare(_ preparation: FunctionPreparation) -> (any PreparedCall)? { nil }
}

/// Everything a function sees when it is called.
public struct FunctionCall {
    /// The operand, or nil for `{:function}`.
    public let operand: OperandValue?
    /// The operand's resolved value, when it was the result of another function.
    public let operandValue: (any MessageValue)?
    /// The options written on the expression (the `u:` options already taken out).
    public let options: ResolvedOptions
    let context: LocaleContext
    /// The locale of the message.
    public var locale: LocaleID { context.locale }
    /// The function's name as written (`number`, `reply:list`).
    public let name: String
    let sink: ErrorSink
    let range: SourceRange?

    /// Reports an error that does not stop this expression from resolving.
    public func report(_ error: MessageError) {
        var error = error
        if error.range == nil { error.range = range }
        sink.report(error)
    }
}

/// The options of one expression or markup, resolved.
public struct ResolvedOptions {
    /// Each option by name.
    public internal(set) var values: [String: OptionValue] = [:]

    /// The option `name`, if given and resolved.
    public subscript(name: String) -> OptionValue? { values[name] }

    /// True when no option was given.
    public var isEmpty: Bool { values.isEmpty }
}

/// One resolved option value.
public struct OptionValue {
    /// The value as a function sees it.
    public let operand: OperandValue
    /// Whether the source wrote a literal (`select=exact`) rather than a variable (`select=$s`).
    public let isLiteral: Bool
}

/// The functions a message can call, by name (namespace included: `reply:list`).
public struct FunctionRegistry: Sendable {
    private var functions: [String: any MessageFunction]

    /// An empty registry.
    public init() { functions = [:] }

    /// The spec's default functions (`:string`, `:number`, `:integer`, `:offset`, `:percent`,
    /// `:currency`, `:date`, `:time`, `:datetime`) and ReplyKit's `:reply:list`, `:reply:relative`
    /// and `:reply:unit`.
    public static let standard: FunctionRegistry = {
        var registry = FunctionRegistry()
        registry.register("string", StringFunction())
        for kind in NumberFunction.Kind.allCases {
            registry.register(kind.rawValue, NumberFunction(kind: kind))
        }
        for kind in DateTimeFunction.Kind.allCases {
            registry.register(kind.rawValue, DateTimeFunction(kind: kind))
        }
        registry.register("reply:list", ListFunction())
        registry.register("reply:relative", RelativeTimeFunction())
        registry.register("reply:unit", NumberFunction(kind: .unit))
        return registry
    }()

    /// The function registered as `name`.
    public subscript(name: String) -> (any MessageFunction)? { functions[name] }

    /// All registered names, sorted.
    public var names: [String] { functions.keys.sorted() }

    /// Adds or replaces the function `name`. Custom functions should use a namespace (`acme:stars`).
    public mutating func register(_ name: String, _ function: some MessageFunction) {
        functions[name] = function
    }

    /// Adds or replaces the function `name`, given as a closure.
    public mutating func register(
        _ name: String,
        _ body: @escaping @Sendable (FunctionCall) throws(MessageError) -> any MessageValue
    ) {
        functions[name] = ClosureFunction(body: body)
    }
}

private struct ClosureFunction: MessageFunction {
    let body: @Sendable (FunctionCall) throws(MessageError) -> any MessageValue
    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue { try body(call) }
}

/// Collects the errors of one formatting call.
final class ErrorSink {
    var errors: [MessageError] = []
    func report(_ error: MessageError) { errors.append(error) }
}
