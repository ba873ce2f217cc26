public import Intl

/// A value passed into a message for one of its variables.
///
/// Money and measures are first-class so they format with their currency or unit without a
/// `currency=` option, and decimal amounts (`"129.90"`) keep every digit.
public enum MessageArgument: Sendable, Hashable {
    /// Text; formats as it is. `:number` reads it as a number when it is one (`"42"`), `:date` as
    /// a date when it is ISO 8601 (`"2026-11-18"`).
    case string(String)
    /// A number, integer, double or decimal text (`.decimal("129.90")` keeps every digit);
    /// formats with `:number` by default.
    case number(NumericValue)
    /// `true` or `false`; formats as the text `true` or `false`.
    case bool(Bool)
    // The larger payloads are boxed so that the common cases copy cheaply.
    /// A date or date-time; formats with `:datetime` by default.
    indirect case dateTime(DateTimeValue)
    /// An amount in an ISO 4217 currency; formats with `:currency` by default.
    indirect case money(amount: NumericValue, currency: String)
    /// An amount of a CLDR unit (`kilogram`); formats with `:reply:unit` by default.
    indirect case measure(value: NumericValue, unit: String)
    /// A list of values; formats with `:reply:list` by default and selects on its count.
    case list([MessageArgument])
}

extension MessageArgument: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// A string argument: `"Anna"` is `.string("Anna")`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer argument: `3` is `.number(.integer(3))`.
    public init(integerLiteral value: Int64) { self = .number(.integer(value)) }
    /// A double argument: `2.5` is `.number(.double(2.5))` (for exact decimals use
    /// `.number(.decimal("129.90"))`).
    public init(floatLiteral value: Double) { self = .number(.double(value)) }
    /// A boolean argument: `true` is `.bool(true)`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A list argument: `["a", "b"]` is `.list([.string("a"), .string("b")])`.
    public init(arrayLiteral elements: MessageArgument...) { self = .list(elements) }
}

/// Where a message looks up the values of its external variables.
///
/// `[String: MessageArgument]` conforms; a type of your own can read nested data lazily.
public protocol MessageArguments {
    /// The value of the variable `name` (without `$`), or nil when there is none.
    func argument(named name: String) -> MessageArgument?
}

extension Dictionary: MessageArguments where Key == String, Value == MessageArgument {
    /// The entry for `name`.
    public func argument(named name: String) -> MessageArgument? { self[name] }
}
