import Intl
import MessageFormatSyntax

/// An argument used without a function (`{$x}`), or passed on as an operand.
///
/// As an operand it is just the argument. Formatted, it behaves as if the default function for
/// its type had been written: `:number` for numbers, `:datetime` for dates, `:currency` for
/// money, `:reply:unit` for measures, `:reply:list` for lists, text for strings and booleans.
/// That value is built only when it is first needed.
final class ArgumentValue: MessageValue {
    let argument: MessageArgument
    let context: LocaleContext
    private var formattable: (any MessageValue)?

    init(_ argument: MessageArgument, context: LocaleContext) {
        self.argument = argument
        self.context = context
    }

    private var value: any MessageValue {
        if let formattable { return formattable }
        let built = InputValues.value(for: operand, context: context)
        formattable = built
        return built
    }

    var operand: OperandValue { OperandValue(argument) }
    var partType: String { value.partType }
    var locale: LocaleID? { value.locale }
    var direction: TextDirection? { value.direction }
    func formatToString() throws(MessageError) -> String { try value.formatToString() }
    func formatToFields() throws(MessageError) -> [MessagePart.Field]? { try value.formatToFields() }
}

/// The value an operand formats as when no function is written.
enum InputValues {
    static func value(for operand: OperandValue, context: LocaleContext) -> any MessageValue {
        switch operand {
        case .string(let text):
            return StringValue(text, context: context)
        case .bool(let flag):
            return StringValue(flag ? "true" : "false", context: context)
        case .number, .money, .measure:
            let kind: NumberFunction.Kind = switch operand {
            case .money: .currency
            case .measure: .unit
            default: .number
            }
            return (try? NumberFunction(kind: kind).value(of: operand, context: context))
                ?? StringValue(operand.text ?? "", context: context)
        case .dateTime(let date):
            return (try? DateTimeFunction(kind: .datetime).value(of: date, context: context))
                ?? StringValue(date.description, context: context)
        case .list(let items):
            return ListValue(items: items, context: context, options: ListFunction.Options())
        case .fallback(let source):
            return StringValue("{\(source)}", context: context)
        case .custom(let value):
            return value
        }
    }
}
