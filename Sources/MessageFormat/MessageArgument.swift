public import Intl

/// A value passed into a message for one of its variables.
///
/// Money and measures are first-class so they format with their currency or unit without a
/// `currency=` option, and decimal amounts (`"129.90"`) keep every digit.
public enum MessageArgument: Sendable, Hashable {
    case string(String)
    case number(NumericValue)
    case bool(Bool)
    // The larger payloads are boxed so that the common cases copy cheaply.
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
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .number(.integer(value)) }
    public init(floatLiteral value: Double) { self = .number(.double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
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
    public func argument(named name: String) -> MessageArgument? { self[name] }
}
