import Intl

/// The resolved value of a variable or expression inside one formatting call, plus the `u:dir`
/// and `u:id` written on it.
struct Resolved {
    enum Content {
        /// A function's value or a literal.
        case value(any MessageValue)
        /// An argument, passed on as it is until something formats it.
        case argument(MessageArgument)
        /// A failure; the source (`$x`, `|42|`, `:fn`) shows between braces.
        case fallback(String)
    }

    var content: Content
    /// `u:dir` and `u:id`; nil when neither was written (the usual case, which costs no allocation).
    var annotations: Annotations?

    var explicitDirection: ExplicitDirection? { annotations?.direction }
    var id: String? { annotations?.id }

    init(_ content: Content, annotations: Annotations? = nil) {
        self.content = content
        self.annotations = annotations
    }

    init(_ value: any MessageValue, annotations: Annotations? = nil) {
        self.init(.value(value), annotations: annotations)
    }

    static func fallback(_ source: String) -> Resolved { Resolved(.fallback(source)) }

    var isFallback: Bool {
        if case .fallback = content { return true }
        return false
    }

    /// The value to format or select on; nil for a fallback.
    func value(_ context: LocaleContext) -> (any MessageValue)? {
        switch content {
        case .value(let value): value
        case .argument(let argument): InputValues.value(for: OperandValue(argument), context: context)
        case .fallback: nil
        }
    }

    /// The function's value, when this is one (a function receiving it may inherit its options).
    var functionValue: (any MessageValue)? {
        if case .value(let value) = content { return value }
        return nil
    }

    /// What a function receives as its operand.
    var operand: OperandValue {
        switch content {
        case .value(let value): value.operand
        case .argument(let argument): OperandValue(argument)
        case .fallback(let source): .fallback(source: source)
        }
    }
}

/// The `u:dir` and `u:id` written on an expression.
final class Annotations: Sendable {
    let direction: ExplicitDirection?
    let id: String?

    /// Nil when there is neither.
    init?(direction: ExplicitDirection?, id: String?) {
        guard direction != nil || id != nil else { return nil }
        self.direction = direction
        self.id = id
    }
}

/// The `u:dir` option's values other than `inherit`.
enum ExplicitDirection: String, Sendable {
    case ltr, rtl, auto

    var textDirection: TextDirection? {
        switch self {
        case .ltr: .leftToRight
        case .rtl: .rightToLeft
        case .auto: nil
        }
    }
}
