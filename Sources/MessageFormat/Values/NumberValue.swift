import Intl
import MessageFormatSyntax

/// The value of a number function: the number, its options, and the cached ICU formatter.
/// The formatted text and the plural category are each computed at most once.
final class NumberValue: MessageValue {
    let kind: NumberFunction.Kind
    let number: NumericValue
    /// The valid options, as inherited by a function that takes this value as operand.
    let options: [String: String]
    let formatter: NumberFormatter
    let context: LocaleContext
    let selectMode: SelectMode?
    // Caches; "" until computed (not optionals, whose destruction costs more).
    private var formatted = ""
    private var category = ""

    init(
        kind: NumberFunction.Kind, number: NumericValue, options: [String: String], formatter: NumberFormatter,
        context: LocaleContext, selectMode: SelectMode?
    ) {
        self.kind = kind
        self.number = number
        self.options = options
        self.formatter = formatter
        self.context = context
        self.selectMode = selectMode
    }

    var partType: String { "number" }
    var inheritedOptions: [String: String] { options }
    var isSelectable: Bool { selectMode != nil }
    var direction: TextDirection? { context.direction }
    var locale: LocaleID? { context.locale }

    var operand: OperandValue {
        switch kind {
        case .currency: .money(amount: number, currency: options["currency"] ?? "XXX")
        case .unit: .measure(value: number, unit: options["unit"] ?? "")
        default: .number(number)
        }
    }

    func formatToString() throws(MessageError) -> String {
        if !formatted.isEmpty { return formatted }
        let text = formatter.format(number)
        formatted = text
        return text
    }

    func formatToFields() throws(MessageError) -> [MessagePart.Field]? {
        formatter.formatToParts(number).map { MessagePart.Field(type: $0.type, value: $0.value) }
    }

    /// The key an exact match compares with: the plain decimal (an integer has no fraction), × 100 for percent.
    private var exactKey: String {
        if case .integer(let value) = number, kind != .percent { return String(value) }
        guard let decimal = DecimalNumber(number) else { return "" }
        guard kind == .percent, !decimal.isZero else { return decimal.description }
        return DecimalNumber(isNegative: decimal.isNegative, digits: decimal.digits, exponent: decimal.exponent + 2).description
    }

    /// The plural category of the number as formatted; formatting and selection share one ICU call.
    private func pluralCategory() -> String? {
        guard let selectMode, selectMode != .exact else { return nil }
        if !category.isEmpty { return category }
        guard let rules = context.pluralRules(ordinal: selectMode == .ordinal) else { return nil }
        let result = formatter.formatWithPluralCategory(number, rules: rules)
        formatted = result.text
        category = result.category
        return result.category
    }

    func matches(_ key: String) throws(MessageError) -> Bool {
        switch key {
        case "zero", "one", "two", "few", "many", "other":
            return key == pluralCategory()
        default:
            guard DecimalNumber(numberLiteral: key) != nil else {
                throw MessageError(.badVariantKey, "'\(key)' is neither a number nor a plural category")
            }
            return key == exactKey
        }
    }

    func isBetterMatch(_ key1: String, than key2: String) -> Bool {
        DecimalNumber(numberLiteral: key1) != nil && DecimalNumber(numberLiteral: key2) == nil
    }
}
