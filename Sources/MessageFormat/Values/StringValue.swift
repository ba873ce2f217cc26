import Intl
import MessageFormatSyntax

/// Text: a literal, a string argument, or the result of `:string`.
final class StringValue: MessageValue, Sendable {
    let string: String
    let context: LocaleContext?
    let isSelectable: Bool
    /// Set when `:string` was given an operand that failed: it then selects as empty text and
    /// formats as the operand's fallback.
    let fallbackSource: String?

    init(_ string: String, context: LocaleContext?, isSelectable: Bool = false, fallbackSource: String? = nil) {
        self.string = string
        self.context = context
        self.isSelectable = isSelectable
        self.fallbackSource = fallbackSource
    }

    var partType: String { "string" }
    var locale: LocaleID? { context?.locale }
    var operand: OperandValue { .string(string) }

    func formatToString() throws(MessageError) -> String { string }

    func matches(_ key: String) -> Bool {
        // String == is canonical equivalence: the spec's NFC comparison.
        string == key
    }
}

/// `:string`: formats its operand as text and selects by exact (NFC) match.
struct StringFunction: MessageFunction {
    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue {
        switch call.operand {
        case nil:
            throw MessageError(.badOperand, ":string needs an operand")
        case .fallback(let source)?:
            return StringValue("", context: call.context, isSelectable: true, fallbackSource: source)
        case .custom(let value)?:
            return StringValue(try value.formatToString(), context: call.context, isSelectable: true)
        case let operand?:
            if let text = operand.text {
                return StringValue(text, context: call.context, isSelectable: true)
            }
            if let value = call.operandValue {
                return StringValue(try value.formatToString(), context: call.context, isSelectable: true)
            }
            let text = try InputValues.value(for: operand, context: call.context).formatToString()
            return StringValue(text, context: call.context, isSelectable: true)
        }
    }
}
