public import Intl
public import MessageFormatSyntax

/// The resolved value of an expression: what a function returns, and what later expressions,
/// selectors and placeholders receive.
///
/// A value knows how to format itself, whether and how it selects, and its text direction.
/// Values live for one formatting call; they are classes so a value shared by a selector and a
/// placeholder formats (and asks ICU) only once.
public protocol MessageValue: AnyObject {
    /// The part type in formatted parts: `number`, `string`, `datetime`, or a custom name.
    var partType: String { get }
    /// The underlying value, as another function sees it when this value is its operand.
    var operand: OperandValue { get }
    /// Options that travel with the value to a function that takes it as operand.
    var inheritedOptions: [String: String] { get }
    /// The direction of the formatted text, or nil when unknown.
    var direction: TextDirection? { get }
    /// The locale the value formats in, if it depends on one.
    var locale: LocaleID? { get }
    /// Whether the value can be a `.match` selector.
    var isSelectable: Bool { get }

    /// The formatted text; throws when the value cannot be formatted.
    func formatToString() throws(MessageError) -> String
    /// The formatted text split into fields (a number's integer, group, decimal… parts), or nil for none.
    func formatToFields() throws(MessageError) -> [MessagePart.Field]?
    /// Whether `key` (NFC-normalized) matches this value.
    func matches(_ key: String) throws(MessageError) -> Bool
    /// Whether `key1` is a better match than `key2`; both are known to match.
    func isBetterMatch(_ key1: String, than key2: String) -> Bool
}

extension MessageValue {
    /// No options travel with the value.
    public var inheritedOptions: [String: String] { [:] }
    /// Unknown direction: the default bidi strategy isolates the value.
    public var direction: TextDirection? { nil }
    /// No locale of its own.
    public var locale: LocaleID? { nil }
    /// Not selectable: a `.match` on it is a `bad-selector` error.
    public var isSelectable: Bool { false }
    /// No fields: the value's part carries only its text.
    public func formatToFields() throws(MessageError) -> [MessagePart.Field]? { nil }
    /// No key matches (only `*` does).
    public func matches(_ key: String) throws(MessageError) -> Bool { false }
    /// No key is better than another.
    public func isBetterMatch(_ key1: String, than key2: String) -> Bool { false }
}

/// What a function receives as its operand.
public enum OperandValue {
    /// A literal, or a string argument.
    case string(String)
    /// A number argument.
    case number(NumericValue)
    /// A boolean argument.
    case bool(Bool)
    /// A date or date-time argument.
    indirect case dateTime(DateTimeValue)
    /// A money argument: an amount and its ISO 4217 currency code.
    indirect case money(amount: NumericValue, currency: String)
    /// A measure argument: a value and its CLDR unit (`kilogram`).
    indirect case measure(value: NumericValue, unit: String)
    /// A list argument, its items as given.
    case list([MessageArgument])
    /// The operand failed to resolve; `source` is its fallback text (`$x`, `|42|`).
    case fallback(source: String)
    /// A value of a custom function, to be recognised by the functions that know it.
    case custom(any MessageValue)

    /// The operand as a number, when it is one or is a string in the spec's `number-literal` form.
    public var number: NumericValue? {
        switch self {
        case .number(let value): value
        case .string(let text): DecimalNumber(numberLiteral: text) != nil ? .decimal(text) : nil
        default: nil
        }
    }

    /// The operand as plain text, when it has an obvious one.
    public var text: String? {
        switch self {
        case .string(let text): text
        case .number(let value): value.plainText
        case .bool(let value): value ? "true" : "false"
        case .dateTime(let value): value.description
        default: nil
        }
    }

    init(_ argument: MessageArgument) {
        switch argument {
        case .string(let value): self = .string(value)
        case .number(let value): self = .number(value)
        case .bool(let value): self = .bool(value)
        case .dateTime(let value): self = .dateTime(value)
        case .money(let amount, let currency): self = .money(amount: amount, currency: currency)
        case .measure(let value, let unit): self = .measure(value: value, unit: unit)
        case .list(let items): self = .list(items)
        }
    }
}

extension NumericValue {
    /// Locale-independent text: `42`, `4.2`, `129.90`.
    var plainText: String {
        switch self {
        case .integer(let value): String(value)
        case .double(let value): DecimalNumber(value)?.description ?? "\(value)"
        case .decimal(let text): text
        }
    }
}
