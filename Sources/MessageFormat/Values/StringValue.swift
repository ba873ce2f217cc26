import Intl
import MessageFormatSyntax

/// Text: a literal, a string argument, or the result of `:string`.
final class StringValue: MessageValue {
    let string: String
    let locale: LocaleID?
    let isSelectable: Bool
    /// Set when `:string` was given an operand that failed: it then selects as empty text and
    /// formats as the operand's fallback.
    let fallbackSource: String?

    init(_ string: String, locale: LocaleID?, isSelectable: Bool = false, fallbackSource: String? = nil) {
        self.string = string
        self.locale = locale
        self.isSelectable = isSelectable
        self.fallbackSource = fallbackSource
    }

    var partType: String { "string" }
    var operand: OperandValue { .string(string) }

    func formatToString() throws(MessageError) -> String { string }

    func matches(_ key: String) throws(MessageError) -> Bool {
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
            return StringValue("", locale: call.locale, isSelectable: true, fallbackSource: source)
        case .custom(let value)?:
            return StringValue(try value.formatToString(), locale: call.locale, isSelectable: true)
        case let operand?:
            if let text = operand.text {
                return StringValue(text, locale: call.locale, isSelectable: true)
            }
            if let value = call.operandValue {
                return StringValue(try value.formatToString(), locale: call.locale, isSelectable: true)
            }
            let text = try InputValues.value(for: operand, locale: call.locale).formatToString()
            return StringValue(text, locale: call.locale, isSelectable: true)
        }
    }
}
