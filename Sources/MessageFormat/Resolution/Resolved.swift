import Intl
import MessageFormatSyntax

/// The resolved value of a variable or expression inside one formatting call, plus the `u:dir`
/// and `u:id` written on it.
struct Resolved {
    enum Content {
        /// A function's value or a literal.
        case value(Value)
        /// An argument, passed on as it is until something formats it.
        case argument(MessageArgument)
        /// A failure; the source (`$x`, `|42|`, `:fn`) shows between braces.
        case fallback(String)
    }

    var content: Content
    /// `u:dir` and `u:id`; nil when neither was written (the usual case).
    var annotations: Annotations?

    var explicitDirection: ExplicitDirection? { annotations?.direction }
    var id: String? { annotations?.id }

    init(_ content: Content, annotations: Annotations? = nil) {
        self.content = content
        self.annotations = annotations
    }

    init(_ value: Value, annotations: Annotations? = nil) {
        self.init(.value(value), annotations: annotations)
    }

    static func fallback(_ source: String) -> Resolved { Resolved(.fallback(source)) }

    var isFallback: Bool {
        if case .fallback = content { return true }
        return false
    }

    /// The function's value, when this is one (a function receiving it may inherit its options).
    var functionValue: (any MessageValue)? {
        if case .value(let value) = content { return value.messageValue }
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

extension Resolved {
    /// A value: a number, kept as a plain value so that making one allocates nothing, or any
    /// other function's value.
    enum Value {
        /// A number, in a cell of its own: a resolved value is copied between slots and
        /// selection, and a cell is copied as one reference, while its text and plural
        /// category, computed once, are seen by every copy.
        case number(NumberCell)
        case object(any MessageValue)

        /// A number's value.
        static func number(_ state: NumberState) -> Value { .number(NumberCell(state)) }

        /// The value as the protocol sees it.
        var messageValue: any MessageValue {
            switch self {
            case .number(let cell): NumberValue(state: cell.state)
            case .object(let value): value
            }
        }

        var operand: OperandValue {
            switch self {
            case .number(let cell): cell.state.operand
            case .object(let value): value.operand
            }
        }

        /// The formatted text; a number remembers it for the next use.
        func formatToString() throws(MessageError) -> String {
            switch self {
            case .number(let cell):
                return cell.state.formatToString()
            case .object(let value):
                return try value.formatToString()
            }
        }

        /// The formatted text split into fields, or nil for none.
        func formatToFields() throws(MessageError) -> [MessagePart.Field]? {
            switch self {
            case .number(let cell): cell.state.fields
            case .object(let value): try value.formatToFields()
            }
        }

        /// The part type (`number`, `string`, `list`, `datetime`, or a custom function's).
        var partType: String {
            switch self {
            case .number: "number"
            case .object(let value): value.partType
            }
        }

        var direction: TextDirection? {
            switch self {
            case .number(let cell): cell.state.direction
            case .object(let value): value.direction
            }
        }

        var locale: LocaleID? {
            switch self {
            case .number(let cell): cell.state.style.context.locale
            case .object(let value): value.locale
            }
        }

        var isSelectable: Bool {
            switch self {
            case .number(let cell): cell.state.isSelectable
            case .object(let value): value.isSelectable
            }
        }

        /// The `:string` value standing for an operand that failed, if this is one.
        var fallbackSource: String? {
            guard case .object(let value) = self, let string = value as? StringValue else { return nil }
            return string.fallbackSource
        }

        /// Whether the variant key `key` of `program` matches this value.
        func matches(_ key: KeyLiteral, of program: Program) throws(MessageError) -> Bool {
            switch self {
            case .number(let cell):
                // A plural category compiled into the key needs no text.
                if let category = key.category { return cell.state.hasCategory(category) }
                return try cell.state.matches(program.text(of: key))
            case .object(let value):
                return try value.matches(program.text(of: key))
            }
        }

        /// Whether `key1` is a better match than `key2` (both known to match).
        func isBetterMatch(_ key1: KeyLiteral, than key2: KeyLiteral, of program: Program) -> Bool {
            switch self {
            // A number prefers an exact number to a plural category.
            case .number: return key1.isNumber && !key2.isNumber
            case .object(let value): return value.isBetterMatch(program.text(of: key1), than: program.text(of: key2))
            }
        }
    }
}

/// A resolved number and what was computed from it (its text, its plural category), shared by
/// the copies of its resolved value within one formatting call (never across threads).
final class NumberCell {
    var state: NumberState

    init(_ state: NumberState) { self.state = state }
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
