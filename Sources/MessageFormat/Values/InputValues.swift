import Intl
import MessageFormatSyntax

/// The value an argument formats as when no function is written (`{$x}`): text for strings and
/// booleans, `:number` for numbers, `:currency` for money, `:reply:unit` for measures,
/// `:datetime` for dates, `:reply:list` for lists. Until something formats or selects on it, an
/// argument stays unboxed (see ``Resolved``).
enum InputValues {
    /// The value of an argument; a number stays a plain value (no object is made for it).
    static func resolvedValue(for argument: MessageArgument, context: LocaleContext) -> Resolved.Value {
        if case .number(let number) = argument, let formatter = context.defaultNumberFormatter,
            let input = try? NumberFunction.input(.number(number))
        {
            let style = NumberStyle(kind: .number, options: [:], formatter: formatter, context: context, selectMode: nil)
            return .number(NumberState(style: style, number: input.number))
        }
        return .object(value(for: OperandValue(argument), context: context))
    }

    static func value(for operand: OperandValue, context: LocaleContext) -> any MessageValue {
        switch operand {
        case .string(let text):
            return StringValue(text, context: context)
        case .bool(let flag):
            return StringValue(flag ? "true" : "false", context: context)
        case .number:
            if let formatter = context.defaultNumberFormatter, let input = try? NumberFunction.input(operand) {
                return NumberValue(
                    kind: .number, number: input.number, options: [:], formatter: formatter, context: context,
                    selectMode: nil)
            }
            return (try? NumberFunction(kind: .number).value(of: operand, context: context))
                ?? StringValue(operand.text ?? "", context: context)
        case .money, .measure:
            let kind: NumberFunction.Kind =
                switch operand {
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
