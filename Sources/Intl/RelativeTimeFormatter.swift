internal import CICU

/// Relative time ("in 3 days", "yesterday"); safe to share across threads.
public final class RelativeTimeFormatter: Sendable {
    /// The unit of the offset.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        /// "in 30 seconds".
        case second
        /// "in 5 minutes".
        case minute
        /// "3 hours ago".
        case hour
        /// "in 3 days", or with `.auto` "tomorrow".
        case day
        /// "in 2 weeks", or with `.auto` "next week".
        case week
        /// "in 2 months", or with `.auto` "next month".
        case month
        /// "in 2 quarters", or with `.auto` "next quarter".
        case quarter
        /// "in 2 years", or with `.auto` "next year".
        case year
    }
    /// How much the unit names are abbreviated ("in 3 days", "in 3 days", "in 3d" style).
    public enum Style: String, Hashable, Sendable, CaseIterable {
        /// Unit names in full: "3 hours ago".
        case long
        /// Abbreviated unit names: "3 hr. ago".
        case short
        /// The shortest form: "3h ago".
        case narrow
    }
    /// `always`: "in 1 day"; `auto`: "tomorrow".
    public enum Numeric: String, Hashable, Sendable, CaseIterable {
        /// Always a number: "in 1 day", "1 day ago", "in 0 days".
        case always
        /// A word where the locale has one: "tomorrow", "yesterday", "today".
        case auto
    }

    /// The `URelativeDateTimeFormatter*`. Its format functions are const and keep no per-call state
    /// (the shared number formatter and plural rules inside are themselves thread-safe), so one
    /// instance may be used from any number of threads at once.
    nonisolated(unsafe) let formatter: OpaquePointer
    /// Whether offsets are always written as numbers.
    let numeric: Numeric
    /// The locale the formatter was built for.
    let locale: LocaleID

    /// Loads the locale's relative-time patterns for `style`; throws if ICU cannot.
    public init(locale: LocaleID, style: Style, numeric: Numeric) throws(IntlError) {
        let styleCode: Int32 =
            switch style {
            case .long: 0
            case .short: 1
            case .narrow: 2
            }
        var status = U_ZERO_ERROR
        let opened = icu_reltime_open(locale.icuName, styleCode, &status)
        guard let opened, !status.isFailure else {
            if let opened { icu_reltime_close(opened) }
            throw IntlError(status: status, building: "a \(style.rawValue) relative time formatter for locale '\(locale)'")
        }
        self.formatter = opened
        self.numeric = numeric
        self.locale = locale
    }

    deinit {
        icu_reltime_close(formatter)
    }

    /// A shared formatter for `(locale, style, numeric)`, built at most once per process.
    /// The process-wide cache holds up to 4,096 entries per type; when full it starts over.
    public static func cached(locale: LocaleID, style: Style, numeric: Numeric) throws(IntlError) -> RelativeTimeFormatter {
        let key = RelativeTimeFormatterKey(locale: locale, style: style, numeric: numeric)
        return try FormatterCaches.relativeTimes.value(for: key) { () throws(IntlError) -> RelativeTimeFormatter in
            try RelativeTimeFormatter(locale: locale, style: style, numeric: numeric)
        }
    }

    /// `value` units from now: negative is the past ("3 days ago"), positive the future ("in 3 days").
    public func format(_ value: Double, unit: Unit) -> String {
        let unitCode: Int32 =
            switch unit {
            case .second: 0
            case .minute: 1
            case .hour: 2
            case .day: 3
            case .week: 4
            case .month: 5
            case .quarter: 6
            case .year: 7
            }
        let always: Int32 = numeric == .always ? 1 : 0
        let text = try? icuUTF16String { buffer, capacity, status in
            icu_reltime_format(formatter, value, unitCode, always, buffer, capacity, &status)
        }
        return text ?? ""
    }
}
