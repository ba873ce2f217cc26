import Intl
import MessageFormatSyntax

/// `:reply:relative`: a number of units from now, through ICU ("in 3 days", "2 hours ago").
///
/// Options: `unit` (required) = `second` | `minute` | `hour` | `day` | `week` | `month` |
/// `quarter` | `year`; `style` = `long` (default) | `short` | `narrow`;
/// `numeric` = `always` (default: "in 1 day") | `auto` ("tomorrow").
struct RelativeTimeFunction: MessageFunction {
    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue {
        guard let operand = call.operand else {
            throw MessageError(.badOperand, ":reply:relative needs a numeric operand")
        }
        guard let number = operand.number, let decimal = DecimalNumber(number), let amount = Double(decimal.description) else {
            throw MessageError(.badOperand, "\(NumberFunction.describe(operand)) is not a number")
        }
        guard let unitText = call.options["unit"]?.operand.text else {
            throw MessageError(.badOption, ":reply:relative needs unit=day (or second, minute, hour, week, month, quarter, year)")
        }
        let unit = try OptionParsing.choice("unit", unitText, as: RelativeTimeFormatter.Unit.self)
        var style = RelativeTimeFormatter.Style.long
        var numeric = RelativeTimeFormatter.Numeric.always
        do {
            if let text = call.options["style"]?.operand.text {
                style = try OptionParsing.choice("style", text, as: RelativeTimeFormatter.Style.self)
            }
            if let text = call.options["numeric"]?.operand.text {
                numeric = try OptionParsing.choice("numeric", text, as: RelativeTimeFormatter.Numeric.self)
            }
        } catch {
            call.report(error)
        }
        let formatter: RelativeTimeFormatter
        do {
            formatter = try RelativeTimeFormatter.cached(locale: call.locale, style: style, numeric: numeric)
        } catch {
            throw MessageError(.badOption, error.message)
        }
        return RelativeTimeValue(text: formatter.format(amount, unit: unit), number: number, context: call.context)
    }
}

/// A formatted relative time.
final class RelativeTimeValue: MessageValue {
    let text: String
    let number: NumericValue
    let context: LocaleContext

    init(text: String, number: NumericValue, context: LocaleContext) {
        self.text = text
        self.number = number
        self.context = context
    }

    var partType: String { "relativeTime" }
    var operand: OperandValue { .number(number) }
    var direction: TextDirection? { context.direction }
    var locale: LocaleID? { context.locale }
    func formatToString() throws(MessageError) -> String { text }
}
