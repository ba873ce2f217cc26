import Intl
import MessageFormatSyntax

/// The value of a number function: an exact decimal, its options, and the cached ICU formatter.
/// Formatting and plural category are computed at most once.
final class NumberValue: MessageValue {
    let kind: NumberFunction.Kind
    let decimal: DecimalNumber
    /// The valid options, as inherited by a function that takes this value as operand.
    let options: [String: String]
    let formatter: NumberFormatter
    let locale: LocaleID?
    let selectMode: SelectMode?
    private var formatted: String?
    private var category: String?

    init(kind: NumberFunction.Kind, decimal: DecimalNumber, options: [String: String], formatter: NumberFormatter,
         locale: LocaleID, selectMode: SelectMode?)
    {
        self.kind = kind
        self.decimal = decimal
        self.options = options
        self.formatter = formatter
        self.locale = locale
        self.selectMode = selectMode
    }

    var partType: String { "number" }
    var inheritedOptions: [String: String] { options }
    var isSelectable: Bool { selectMode != nil }
    var direction: TextDirection? { locale?.isRightToLeft == true ? .rightToLeft : .leftToRight }

    /// The number ICU formats: integers stay integers so ICU takes its fastest path.
    var numeric: NumericValue {
        if decimal.isInteger, decimal.digits.count + decimal.exponent <= 18, let value = Int64(decimal.description) {
            return .integer(value)
        }
        return .decimal(decimal.description)
    }

    var operand: OperandValue {
        switch kind {
        case .currency: .money(amount: numeric, currency: options["currency"] ?? "XXX")
        case .unit: .measure(value: numeric, unit: options["unit"] ?? "")
        default: .number(numeric)
        }
    }

    func formatToString() throws(MessageError) -> String {
        if let formatted { return formatted }
        let text = formatter.format(numeric)
        formatted = text
        return text
    }

    func formatToFields() throws(MessageError) -> [MessagePart.Field]? {
        formatter.formatToParts(numeric).map { MessagePart.Field(type: $0.type, value: $0.value) }
    }

    /// The key an exact match compares with: the plain decimal (an integer has no fraction), × 100 for percent.
    private var exactKey: String {
        let value = kind == .percent ? DecimalNumber(isNegative: decimal.isNegative, digits: decimal.digits,
                                                     exponent: decimal.exponent + 2) : decimal
        return value.description
    }

    private func pluralCategory() -> String? {
        guard let selectMode, selectMode != .exact, let locale else { return nil }
        if let category { return category }
        let rules: PluralRules
        do {
            rules = try PluralRules.cached(locale: locale, kind: selectMode == .ordinal ? .ordinal : .cardinal)
        } catch {
            return nil
        }
        let result = formatter.pluralCategory(of: numeric, rules: rules)
        category = result
        return result
    }

    func matches(_ key: String) throws(MessageError) -> Bool {
        if DecimalNumber(numberLiteral: key) != nil {
            return key == exactKey
        }
        switch key {
        case "zero", "one", "two", "few", "many", "other":
            return key == pluralCategory()
        default:
            throw MessageError(.badVariantKey, "'\(key)' is neither a number nor a plural category")
        }
    }

    func isBetterMatch(_ key1: String, than key2: String) -> Bool {
        DecimalNumber(numberLiteral: key1) != nil && DecimalNumber(numberLiteral: key2) == nil
    }
}
