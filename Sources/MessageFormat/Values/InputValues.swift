import Intl
import MessageFormatSyntax

/// How an argument used without a function (`{$x}`) resolves: by its type, as if the matching
/// default function had been written (`:number` for numbers, `:datetime` for dates, `:currency`
/// for money, `:reply:unit` for measures, `:reply:list` for lists).
enum InputValues {
    static func value(for argument: MessageArgument, locale: LocaleID) -> any MessageValue {
        value(for: OperandValue(argument), locale: locale)
    }

    static func value(for operand: OperandValue, locale: LocaleID) -> any MessageValue {
        switch operand {
        case .string(let text):
            return StringValue(text, locale: locale)
        case .bool(let flag):
            return StringValue(flag ? "true" : "false", locale: locale)
        case .number, .money, .measure:
            let kind: NumberFunction.Kind = switch operand {
            case .money: .currency
            case .measure: .unit
            default: .number
            }
            return (try? NumberFunction(kind: kind).value(of: operand, locale: locale))
                ?? StringValue(operand.text ?? "", locale: locale)
        case .dateTime(let date):
            return (try? DateTimeFunction(kind: .datetime).value(of: date, locale: locale))
                ?? StringValue(date.description, locale: locale)
        case .list(let items):
            return ListValue(items: items, locale: locale, options: ListFunction.Options())
        case .fallback(let source):
            return StringValue("{\(source)}", locale: locale)
        case .custom(let value):
            return value
        }
    }
}
