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
