internal import CICU

/// Calendar arithmetic through ICU.
public enum CalendarMath {
    /// The instant of a wall-clock time in `timeZone` (month 1…12), as ms since the epoch.
    ///
    /// Uses the proleptic Gregorian calendar. A wall time repeated by a DST change resolves to the
    /// earlier instant and a skipped one to the later offset (like ECMAScript's `compatible`).
    /// Throws for a field out of range (month 13, February 30, hour 24) or an unknown zone.
    public static func epochMilliseconds(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
        millisecond: Int, timeZone: String
    ) throws(IntlError) -> Double {
        try check("year", year, -271_821...275_760)
        try check("month", month, 1...12)
        try check("day", day, 1...daysInMonth(year: year, month: month))
        try check("hour", hour, 0...23)
        try check("minute", minute, 0...59)
        try check("second", second, 0...59)
        try check("millisecond", millisecond, 0...999)
        let calendar = try FormatterCaches.calendars.value(for: TimeZoneKey(name: timeZone)) {
            () throws(IntlError) -> ZonedCalendar in
            try ZonedCalendar(timeZone: timeZone)
        }
        return try calendar.epochMilliseconds(
            year: year, month: month, day: day, hour: hour, minute: minute,
            second: second, millisecond: millisecond)
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
            throw IntlError(
                code: IntlError.invalidArgumentCode,
                message: "\(field) \(value) is out of range \(range.lowerBound)…\(range.upperBound)")
        }
    }
}

/// A `UCalendar*`, only ever touched while its lock is held.
struct CalendarHandle: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<UCalendar?>
}

/// A proleptic Gregorian ICU calendar for one time zone, opened once (opening costs microseconds)
/// and reused under a lock, since computing with a UCalendar mutates it.
final class ZonedCalendar: Sendable {
    private let calendar: Locked<CalendarHandle>
    /// The ICU zone id (`Europe/Berlin`, `UTC`, `GMT+05:30`).
    let zoneID: String
    /// The offset of a zone that never changes it (`UTC`, `GMT+05:30`), in ms; such zones skip ICU.
    let fixedOffsetMillis: Int?

    /// Opens the calendar; throws for a zone ICU does not know.
    init(timeZone: String) throws(IntlError) {
        guard let zone = TimeZoneID.icuID(for: timeZone) else {
            throw IntlError(code: IntlError.unknownTimeZoneCode, message: "Unknown time zone '\(timeZone)'")
        }
        var status = U_ZERO_ERROR
        let opened = withUTF16(zone) { units, length in icu_cal_open_gregorian(units, length, &status) }
        guard let opened, !status.isFailure else {
            if let opened { icu_cal_close(opened) }
            throw IntlError(status: status, building: "a Gregorian calendar in time zone '\(timeZone)'")
        }
        self.calendar = Locked(CalendarHandle(pointer: opened))
        self.zoneID = zone
        self.fixedOffsetMillis = Self.fixedOffset(of: zone)
    }

    deinit {
        calendar.withLock { icu_cal_close($0.pointer) }
    }

    /// The instant of a wall-clock time (month 1…12) in this zone; fields must already be in range.
    func epochMilliseconds(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
        millisecond: Int
    ) throws(IntlError) -> Double {
        if let fixedOffsetMillis {
            let days = Self.daysSinceEpoch(year: year, month: month, day: day)
            let wall = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
            return Double(wall - fixedOffsetMillis)
        }
        var status = U_ZERO_ERROR
        let millis = calendar.withLock { handle in
            icu_cal_wall_millis(
                handle.pointer, Int32(year), Int32(month - 1), Int32(day), Int32(hour), Int32(minute),
                Int32(second), Int32(millisecond), &status)
        }
        guard !status.isFailure else {
            throw IntlError(status: status, while: "computing the instant of \(year)-\(month)-\(day) in '\(zoneID)'")
        }
        return millis
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The constant offset of `UTC`, `GMT` and the `GMT±hh:mm` ids TimeZoneID builds; nil for real zones.
    static func fixedOffset(of zone: String) -> Int? {
        if zone == "UTC" || zone == "GMT" || zone == "Etc/UTC" || zone == "Etc/GMT" { return 0 }
        let bytes = Array(zone.utf8)
        guard bytes.count == 9, zone.hasPrefix("GMT"), bytes[6] == UInt8(ascii: ":") else { return nil }
        let digits = [bytes[4], bytes[5], bytes[7], bytes[8]].map { Int($0) - Int(UInt8(ascii: "0")) }
        guard digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let minutes = (digits[0] * 10 + digits[1]) * 60 + digits[2] * 10 + digits[3]
        switch bytes[3] {
        case UInt8(ascii: "+"): return minutes * 60_000
        case UInt8(ascii: "-"): return -minutes * 60_000
        default: return nil
        }
    }
}
