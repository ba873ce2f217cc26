/// A date, or a date and time, with an optional UTC offset, as in ISO 8601.
///
/// Without an offset the value is "floating": it shows the same wall-clock time in any time zone.
///
/// The fields are not checked when a value is made: a value that is not a real date or time
/// (month 13, February 30, an offset beyond ±14:00) or lies outside the years 1…9999 makes a
/// `bad-operand` error when a message formats it, and the placeholder falls back.
///
/// ```swift
/// let delivered = DateTimeValue(year: 2026, month: 11, day: 18, hasTime: false)
/// let shipped = DateTimeValue(iso8601: "2026-11-16T09:30:00+01:00")
/// ```
public struct DateTimeValue: Sendable, Hashable, CustomStringConvertible {
    /// The year of the proleptic Gregorian calendar, 1…9999.
    public var year: Int
    /// The month, 1 (January) … 12 (December).
    public var month: Int
    /// The day of the month, 1…31 (as many as the month has).
    public var day: Int
    /// The hour, 0…23; 0 for a date alone.
    public var hour: Int
    /// The minute, 0…59.
    public var minute: Int
    /// The second, 0…59 (no leap second: ICU's calendars count none).
    public var second: Int
    /// The millisecond, 0…999.
    public var millisecond: Int
    /// Offset from UTC in seconds (-50400…50400, that is ±14:00; east of UTC is positive), or nil
    /// for a floating time.
    public var utcOffsetSeconds: Int?
    /// Whether the source gave a time of day (a date alone is midnight).
    public var hasTime: Bool

    /// Creates a value from its fields, unchecked (see the type's ranges); `month` is 1…12. Pass
    /// `hasTime: false` for a date alone.
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
