import Intl
import MessageFormatSyntax

/// The resolved value of a variable or expression inside one formatting call, plus the `u:dir`
/// and `u:id` written on it.
///
/// Plain data: what it refers to is kept alive by the program or by the call (``Scope``), so
/// the declaration memo and the resolution path copy it without reference counting.
struct Resolved: BitwiseCopyable {
    enum Content: BitwiseCopyable {
        /// A function's value or a literal.
        case value(Value)
        /// An argument, in a cell of the call, passed on as it is until something formats it.
        case argument(UnsafePointer<MessageArgument>)
        /// A failure; the source (`$x`, `|42|`, `:fn`) shows between braces.
        case fallback(Borrowed<FallbackText>)
    }

    var content: Content
    /// `u:dir` and `u:id`; nil when neither was written (the usual case).
    var annotations: Borrowed<Annotations>?

    var explicitDirection: ExplicitDirection? { annotations?.with { $0.direction } }
    var id: String? { annotations?.with { $0.id } }

    init(_ content: Content, annotations: Borrowed<Annotations>? = nil) {
        self.content = content
        self.annotations = annotations
    }

    init(_ value: Value, annotations: Borrowed<Annotations>? = nil) {
        self.init(.value(value), annotations: annotations)
    }

    static func fallback(_ source: Borrowed<FallbackText>) -> Resolved { Resolved(.fallback(source)) }

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
        case .value(let value): value.messageValue.operand
        case .argument(let argument): OperandValue(argument.pointee)
        case .fallback(let source): .fallback(source: source.with { $0.text })
        }
    }
}

/// How a failed operand or expression shows between braces (`$x`, `|42|`, `:fn`), made once
/// by the program that owns it.
final class FallbackText: Sendable {
    let text: String

    init(_ text: String) { self.text = text }
}

extension Resolved {
    /// A value: one of the built-in kinds, or a custom function's value.
    ///
    /// The built-in kinds are unretained references to values the formatting call keeps alive
    /// (``Scope/keep(_:)``), and are called directly; a number lives in a cell of the call's stack
    /// memory. Copying one costs nothing, and the optimizer, which sees the calls, retains nothing
    /// around them: on the path of a short message, reference counting, allocation and protocol
    /// calls cost more than the formatting.
    enum Value: BitwiseCopyable {
        case number(UnsafeMutablePointer<NumberState>)
        case string(Unmanaged<StringValue>)
        case list(Unmanaged<ListValue>)
        case dateTime(Unmanaged<DateTimeBox>)
        case custom(UnretainedValue)

        /// The value as the protocol sees it.
        var messageValue: any MessageValue {
            switch self {
            case .number(let cell): NumberValue(state: cell.pointee)
            case .string(let value): value.takeUnretainedValue()
            case .list(let value): value.takeUnretainedValue()
            case .dateTime(let value): value.takeUnretainedValue()
            case .custom(let value): value.value
            }
        }

        func formatToString() throws(MessageError) -> String {
            switch self {
            case .number(let cell): cell.pointee.formatToString()
            case .string(let value): value.borrow { $0.string }
            case .list(let value): try value.borrow { value throws(MessageError) in try value.formatToString() }
            case .dateTime(let value): try value.borrow { value throws(MessageError) in try value.formatToString() }
            case .custom(let value): try value.value.formatToString()
            }
        }

        /// Runs `body` with the formatted text as UTF-8 (a number's short text without a String).
        func withFormattedUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(MessageError) {
            if case .number(let cell) = self { return cell.pointee.withFormattedUTF8(body) }
            var text = try formatToString()
            text.withUTF8(body)
        }

        /// The part type (`number`, `string`, `list`, `datetime`, or a custom function's).
        var partType: String {
            switch self {
            case .number: "number"
            case .string: "string"
            case .list: "list"
            case .dateTime: "datetime"
            case .custom(let value): value.value.partType
            }
        }

        var direction: TextDirection? {
            switch self {
            case .number(let cell): cell.pointee.direction
            case .string(let value): value.borrow { $0.direction }
            case .list(let value): value.borrow { $0.direction }
            case .dateTime(let value): value.borrow { $0.direction }
            case .custom(let value): value.value.direction
            }
        }

        var isSelectable: Bool {
            switch self {
            case .number(let cell): cell.pointee.isSelectable
            case .string(let value): value.borrow { $0.isSelectable }
            case .list(let value): value.borrow { $0.isSelectable }
            case .dateTime(let value): value.borrow { $0.isSelectable }
            case .custom(let value): value.value.isSelectable
            }
        }

        /// The `:string` value standing for an operand that failed, if this is one.
        var fallbackSource: String? {
            guard case .string(let value) = self else { return nil }
            return value.borrow { $0.fallbackSource }
        }

        /// Whether the variant key `key` of `program` matches this value.
        func matches(_ key: KeyLiteral, of program: Borrowed<Program>) throws(MessageError) -> Bool {
            // A plural category compiled into the key needs no text.
            if let category = key.category {
                if case .number(let cell) = self { return cell.pointee.hasCategory(category) }
                if case .list(let value) = self { return value.borrow { $0.hasCategory(category) } }
            }
            let text = program.with { $0.text(of: key) }
            switch self {
            case .number(let cell): return try cell.pointee.matches(text)
            case .list(let value): return try value.borrow { value throws(MessageError) in try value.matches(text) }
            case .string(let value): return value.borrow { $0.matches(text) }
            case .dateTime(let value): return try value.borrow { value throws(MessageError) in try value.matches(text) }
            case .custom(let value): return try value.value.matches(text)
            }
        }

        /// Whether `key1` is a better match than `key2` (both known to match).
        func isBetterMatch(_ key1: KeyLiteral, than key2: KeyLiteral, of program: Borrowed<Program>) -> Bool {
            // Numbers and lists prefer an exact number to a plural category.
            if case .number = self { return key1.isNumber && !key2.isNumber }
            if case .list = self { return key1.isNumber && !key2.isNumber }
            let (text1, text2) = program.with { ($0.text(of: key1), $0.text(of: key2)) }
            return messageValue.isBetterMatch(text1, than: text2)
        }
    }
}

/// A custom function's value, unretained: the formatting call keeps it alive (``Scope/keep(_:)``).
struct UnretainedValue: BitwiseCopyable {
    unowned(unsafe) let value: any MessageValue
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
