internal import CICU

/// A `UDateFormat*`, only ever touched while its lock is held.
struct DateFormatHandle: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<UDateFormat?>
}

/// A date/time formatter built from an ICU skeleton (`yMMMd`, `jms`, `EEEEyMMMMd`) through the
/// date-time pattern generator, for one locale and time zone; safe to share across threads.
public final class DateFormatter: Sendable {
    /// The ICU formatter. A UDateFormat mutates its calendar while formatting, so it is NOT safe for
    /// concurrent use: every access goes through this lock.
    private let formatter: Locked<DateFormatHandle>
    /// The pattern the generator chose, stored at build time.
    private let chosenPattern: String
    /// The locale the formatter was built for.
    let locale: LocaleID
    /// The ICU time zone id in use (`Europe/Berlin`, `UTC`, `GMT+05:30`).
    let timeZoneID: String

    /// `timeZone` is an IANA id (`Europe/Berlin`), `UTC`, or an offset `+05:30`; throws if unknown.
    public init(locale: LocaleID, skeleton: String, timeZone: String) throws(IntlError) {
        guard !skeleton.isEmpty else { throw IntlError.invalidOption("skeleton", "the date skeleton is empty") }
        guard let zone = TimeZoneID.icuID(for: timeZone) else {
            throw IntlError(code: IntlError.unknownTimeZoneCode, message: "Unknown time zone '\(timeZone)'")
        }
        let pattern = try Self.bestPattern(locale: locale, skeleton: skeleton)
        var status = U_ZERO_ERROR
        let opened = withUTF16(zone) { zoneUnits, zoneLength in
            withUTF16(pattern) { patternUnits, patternLength in
                icu_datefmt_open(locale.icuName, zoneUnits, zoneLength, patternUnits, patternLength, &status)
            }
        }
        guard let opened, !status.isFailure else {
            if let opened { icu_datefmt_close(opened) }
            throw IntlError(
                status: status, building: "a date formatter for locale '\(locale)', pattern '\(pattern)', time zone '\(timeZone)'"
            )
        }
        // ECMA-402 uses the proleptic Gregorian calendar (no switch to Julian before 1582).
        var calendarStatus = U_ZERO_ERROR
        icu_datefmt_make_proleptic(opened, &calendarStatus)
        self.formatter = Locked(DateFormatHandle(pointer: opened))
        self.chosenPattern = pattern
        self.locale = locale
        self.timeZoneID = zone
    }

    deinit {
        formatter.withLock { icu_datefmt_close($0.pointer) }
    }

    /// A shared formatter for `(locale, skeleton, timeZone)`, built at most once per process.
    /// The process-wide cache holds up to 4,096 entries per type; when full it starts over.
    public static func cached(locale: LocaleID, skeleton: String, timeZone: String) throws(IntlError) -> DateFormatter {
        let key = DateFormatterKey(locale: locale, skeleton: skeleton, timeZone: timeZone)
        return try FormatterCaches.dates.value(for: key) { () throws(IntlError) -> DateFormatter in
            try DateFormatter(locale: locale, skeleton: skeleton, timeZone: timeZone)
        }
    }

    /// The pattern the generator chose (`MMM d, y`).
    public var pattern: String { chosenPattern }

    /// Formats an instant given as milliseconds since 1970-01-01T00:00:00Z (empty for NaN or infinity).
    public func format(epochMilliseconds: Double) -> String {
        guard epochMilliseconds.isFinite else { return "" }
        return formatter.withLock { handle in
            let text = try? icuUTF16String { buffer, capacity, status in
                icu_datefmt_format(handle.pointer, epochMilliseconds, buffer, capacity, &status)
            }
            return text ?? ""
        }
    }

    /// The locale's best pattern for `skeleton`, from ICU's date-time pattern generator.
    static func bestPattern(locale: LocaleID, skeleton: String) throws(IntlError) -> String {
        var status = U_ZERO_ERROR
        guard let generator = icu_dtpg_open(locale.icuName, &status), !status.isFailure else {
            throw IntlError(status: status, building: "a date-time pattern generator for locale '\(locale)'")
        }
        defer { icu_dtpg_close(generator) }
        let pattern: Result<String, ICUFailure> = withUTF16(skeleton) { units, length in
            Result { () throws(ICUFailure) -> String in
                try icuUTF16String { buffer, capacity, status in
                    icu_dtpg_best_pattern(generator, units, length, buffer, capacity, &status)
                }
            }
        }
        switch pattern {
        case .success(let pattern) where !pattern.isEmpty:
            return pattern
        case .success:
            throw IntlError.invalidOption("skeleton", "ICU found no pattern for '\(skeleton)' in locale '\(locale)'")
        case .failure(let failure):
            throw IntlError(status: failure.status, while: "finding the pattern for skeleton '\(skeleton)' in locale '\(locale)'")
        }
    }
}
