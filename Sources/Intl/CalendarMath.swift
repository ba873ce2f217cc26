internal import CICU

/// Calendar arithmetic through ICU.
public enum CalendarMath {
    /// The instant of a wall-clock time in `timeZone` (month 1…12), as ms since the epoch.
    ///
    /// Uses the proleptic Gregorian calendar. A wall time repeated by a DST change resolves to the
    /// earlier instant and a skipped one to the later offset (like ECMAScript's `compatible`).
    /// Throws for a field out of range (month 13, February 30, hour 24) or an unknown zone.
    public static func epochMilliseconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                                         millisecond: Int, timeZone: String) throws(IntlError) -> Double {
        try check("year", year, -271_821...275_760)
        try check("month", month, 1...12)
        try check("day", day, 1...daysInMonth(year: year, month: month))
        try check("hour", hour, 0...23)
        try check("minute", minute, 0...59)
        try check("second", second, 0...59)
        try check("millisecond", millisecond, 0...999)
        guard let zone = TimeZoneID.icuID(for: timeZone) else {
            throw IntlError(code: IntlError.unknownTimeZoneCode, message: "Unknown time zone '\(timeZone)'")
        }
        var status = U_ZERO_ERROR
        let millis = withUTF16(zone) { units, length in
            icu_cal_epoch_millis(units, length, Int32(year), Int32(month - 1), Int32(day), Int32(hour),
                                 Int32(minute), Int32(second), Int32(millisecond), &status)
        }
        guard !status.isFailure else {
            throw IntlError(status: status, while: "computing the instant of \(year)-\(month)-\(day) in '\(timeZone)'")
        }
        return millis
    }

    /// Whether ICU knows `timeZone` (IANA id, `UTC`, or `GMT+hh:mm`; also `Z` and offsets like `+05:30`).
    public static func isKnownTimeZone(_ timeZone: String) -> Bool {
        TimeZoneID.icuID(for: timeZone) != nil
    }

    /// The number of days in `month` (1…12) of proleptic Gregorian `year`.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    private static func check(_ field: String, _ value: Int, _ range: ClosedRange<Int>) throws(IntlError) {
        guard range.contains(value) else {
            throw IntlError(code: IntlError.invalidArgumentCode,
                            message: "\(field) \(value) is out of range \(range.lowerBound)…\(range.upperBound)")
        }
    }
}
