import Intl
import MessageFormatSyntax

/// How a number function formats: its kind, valid options, ICU formatter and selection mode.
/// A prepared expression builds one at compile time and shares it with every value it makes, so
/// making a value retains one object instead of a formatter, a context and the options.
final class NumberStyle: Sendable {
    let kind: NumberFunction.Kind
    /// The valid options, as inherited by a function that takes the value as operand.
    let options: [String: String]
    let formatter: NumberFormatter
    let context: LocaleContext
    let selectMode: SelectMode?

    init(
        kind: NumberFunction.Kind, options: [String: String], formatter: NumberFormatter, context: LocaleContext,
        selectMode: SelectMode?
    ) {
        self.kind = kind
        self.options = options
        self.formatter = formatter
        self.context = context
        self.selectMode = selectMode
    }
}

/// A number value's state: the number, its style, and what formatting found out (the text and
/// the plural category, each computed at most once).
///
/// A ``NumberValue`` holds one. A formatting call keeps the number values it makes as plain
/// values instead (``Resolved/Value``), which saves an allocation per number; a value becomes a
/// ``NumberValue`` only when something asks for the protocol.
struct NumberState {
    let style: NumberStyle
    let number: NumericValue
    // Caches: empty and nil until computed.
    private var formatted = FormattedText()
    private var category: PluralCategory?

    init(style: NumberStyle, number: NumericValue) {
        self.style = style
        self.number = number
    }

    var isSelectable: Bool { style.selectMode != nil }
    var direction: TextDirection? { style.context.direction }

    /// What a function taking this number as its operand receives.
    var operand: OperandValue {
        switch style.kind {
        case .currency: .money(amount: number, currency: style.options["currency"] ?? "XXX")
        case .unit: .measure(value: number, unit: style.options["unit"] ?? "")
        default: .number(number)
        }
    }

    /// The formatted text split into fields.
    var fields: [MessagePart.Field] {
        style.formatter.formatToParts(number).map { MessagePart.Field(type: $0.type, value: $0.value) }
    }

    mutating func formatToString() -> String {
        if formatted.isEmpty { formatted = style.formatter.formatText(number) }
        return formatted.string
    }

    /// The key an exact match compares with: the plain decimal (an integer has no fraction), × 100 for percent.
    private var exactKey: String {
        let kind = style.kind
        if case .integer(let value) = number, kind != .percent { return String(value) }
        guard let decimal = DecimalNumber(number) else { return "" }
        guard kind == .percent, !decimal.isZero else { return decimal.description }
        return DecimalNumber(isNegative: decimal.isNegative, digits: decimal.digits, exponent: decimal.exponent + 2).description
    }

    /// The plural category of the number as formatted; formatting and selection share one ICU call.
    private mutating func pluralCategory() -> PluralCategory? {
        if let category { return category }
        guard let selectMode = style.selectMode, selectMode != .exact,
            let rules = style.context.pluralRules(ordinal: selectMode == .ordinal)
        else { return nil }
        let result = style.formatter.formatWithPluralCategory(number, rules: rules)
        formatted = result.text
        category = result.category
        return result.category
    }

    /// Whether the number as formatted is of `category` (never, when selecting exactly).
    mutating func hasCategory(_ category: PluralCategory) -> Bool { category == pluralCategory() }

    /// A plural category key matches the number's category, a number key its exact value.
    mutating func matches(_ key: String) throws(MessageError) -> Bool {
        if let category = PluralCategory(rawValue: key) { return hasCategory(category) }
        guard DecimalNumber(numberLiteral: key) != nil else {
            throw MessageError(.badVariantKey, "'\(key)' is neither a number nor a plural category")
        }
        return key == exactKey
    }
}

/// The value of a number function: the number and its shared style.
final class NumberValue: MessageValue {
    let style: NumberStyle
    private(set) var state: NumberState

    init(style: NumberStyle, number: NumericValue) {
        self.style = style
        state = NumberState(style: style, number: number)
    }

    /// A value with the state (and what it has computed) of a formatting call.
    init(state: NumberState) {
        style = state.style
        self.state = state
    }

    convenience init(
        kind: NumberFunction.Kind, number: NumericValue, options: [String: String], formatter: NumberFormatter,
        context: LocaleContext, selectMode: SelectMode?
    ) {
        let style = NumberStyle(kind: kind, options: options, formatter: formatter, context: context, selectMode: selectMode)
        self.init(style: style, number: number)
    }

    var number: NumericValue { state.number }
    var kind: NumberFunction.Kind { style.kind }
    var options: [String: String] { style.options }

    var partType: String { "number" }
    var inheritedOptions: [String: String] { style.options }
    var isSelectable: Bool { style.selectMode != nil }
    var direction: TextDirection? { style.context.direction }
    var locale: LocaleID? { style.context.locale }

    var operand: OperandValue { state.operand }

    func formatToString() throws(MessageError) -> String { state.formatToString() }

    func formatToFields() throws(MessageError) -> [MessagePart.Field]? { state.fields }

    func matches(_ key: String) throws(MessageError) -> Bool { try state.matches(key) }

    func isBetterMatch(_ key1: String, than key2: String) -> Bool {
        KeyLiteral.prefersNumber(key1, over: key2)
    }
}
