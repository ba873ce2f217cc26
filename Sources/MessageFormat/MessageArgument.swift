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

/// A date, or a date and time, with an optional UTC offset, as in ISO 8601.
///
/// Without an offset the value is "floating": it shows the same wall-clock time in any time zone.
public struct DateTimeValue: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var millisecond: Int
    /// Offset from UTC in seconds, or nil for a floating time.
    public var utcOffsetSeconds: Int?
    /// Whether the source gave a time of day (a date alone is midnight).
    public var hasTime: Bool

    /// Creates a value; `month` is 1…12.
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        millisecond: Int = 0, utcOffsetSeconds: Int? = nil, hasTime: Bool = true
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
        self.utcOffsetSeconds = utcOffsetSeconds
        self.hasTime = hasTime
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ss[.sss][Z|±hh:mm]`; nil when malformed or impossible.
    public init?(iso8601 text: String) {
        guard let parsed = ISO8601.parse(text) else { return nil }
        self = parsed
    }

    /// The ISO 8601 form (`2006-01-02T15:04:06Z`).
    public var description: String { ISO8601.format(self) }
}
