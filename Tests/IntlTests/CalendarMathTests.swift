import Testing

@testable import Intl

/// Expected instants computed independently (Python's proleptic-Gregorian datetime).
@Suite struct CalendarMathTests {
    static func millis(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, _ ms: Int = 0, in zone: String) throws
        -> Double
    {
        try CalendarMath.epochMilliseconds(
            year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: ms, timeZone: zone)
    }

    @Test func wallTimeToInstant() throws {
        #expect(try Self.millis(2006, 1, 2, 15, 4, 6, in: "UTC") == 1_136_214_246_000)
        #expect(try Self.millis(2006, 1, 2, 15, 4, 6, in: "Europe/Berlin") == 1_136_214_246_000 - 3_600_000)
        #expect(try Self.millis(2024, 7, 1, 12, 0, 0, in: "Europe/Berlin") == 1_719_828_000_000)  // CEST, +2
        #expect(try Self.millis(2006, 1, 2, 15, 4, 6, in: "+05:30") == 1_136_194_446_000)
        #expect(try Self.millis(2006, 1, 2, 15, 4, 6, 789, in: "-08:00") == 1_136_243_046_789)
        #expect(try Self.millis(2024, 2, 29, 12, 0, 0, in: "Z") == 1_709_208_000_000)
        #expect(try Self.millis(1, 1, 1, 0, 0, 0, in: "UTC") == -62_135_596_800_000)  // proleptic Gregorian
    }

    @Test func daylightSavingTransitions() throws {
        // 02:30 does not exist on 2024-03-31 in Berlin: resolved with the pre-transition offset (01:30Z).
        #expect(try Self.millis(2024, 3, 31, 2, 30, 0, in: "Europe/Berlin") == 1_711_848_600_000)
        // 02:30 happens twice on 2024-10-27: the earlier one (CEST, 00:30Z).
        #expect(try Self.millis(2024, 10, 27, 2, 30, 0, in: "Europe/Berlin") == 1_729_989_000_000)
    }

    @Test(arguments: [(2023, 2, 29), (2024, 13, 1), (2024, 0, 1), (2024, 4, 31), (1900, 2, 29)])
    func invalidDatesThrow(year: Int, month: Int, day: Int) {
        #expect(throws: IntlError.self) { try Self.millis(year, month, day, 0, 0, 0, in: "UTC") }
    }

    @Test func invalidTimesThrow() {
        #expect(throws: IntlError.self) { try Self.millis(2024, 1, 1, 24, 0, 0, in: "UTC") }
        #expect(throws: IntlError.self) { try Self.millis(2024, 1, 1, 0, 60, 0, in: "UTC") }
        #expect(throws: IntlError.self) { try Self.millis(2024, 1, 1, 0, 0, 0, 1000, in: "UTC") }
        #expect(throws: IntlError.self) { try Self.millis(2024, 1, 1, 0, 0, 0, in: "Nowhere/City") }
    }

    @Test func leapDayOf2000IsValid() throws {
        #expect(try Self.millis(2000, 2, 29, 0, 0, 0, in: "UTC") == 951_782_400_000)
    }

    @Test(arguments: [
        ("Europe/Berlin", true), ("UTC", true), ("GMT+05:30", true), ("+05:30", true), ("Z", true),
        ("US/Pacific", true), ("Asia/Calcutta", true), ("Foo/Bar", false), ("Etc/Unknown", false),
        ("GMT+25:00", false), ("", false),
    ])
    func knownTimeZones(zone: String, known: Bool) {
        #expect(CalendarMath.isKnownTimeZone(zone) == known)
    }
}

@Suite struct FixedOffsetArithmeticTests {
    /// `Etc/GMT-5` is the tz database's fixed +05:00 zone, computed by ICU; `+05:00` takes the
    /// arithmetic shortcut. They must agree everywhere, including before year 1 and on leap days.
    @Test(arguments: [(-1000, 3, 1), (1, 1, 1), (1582, 10, 10), (1900, 2, 28), (2000, 2, 29), (2024, 12, 31), (9999, 6, 15)])
    func arithmeticMatchesICU(year: Int, month: Int, day: Int) throws {
        let viaICU = try CalendarMath.epochMilliseconds(
            year: year, month: month, day: day, hour: 13, minute: 7, second: 9,
            millisecond: 250, timeZone: "Etc/GMT-5")
        let viaArithmetic = try CalendarMath.epochMilliseconds(
            year: year, month: month, day: day, hour: 13, minute: 7,
            second: 9, millisecond: 250, timeZone: "+05:00")
        #expect(viaICU == viaArithmetic)
    }

    @Test func fixedOffsetsAreRecognized() {
        #expect(ZonedCalendar.fixedOffset(of: "UTC") == 0)
        #expect(ZonedCalendar.fixedOffset(of: "GMT+05:30") == 19_800_000)
        #expect(ZonedCalendar.fixedOffset(of: "GMT-08:00") == -28_800_000)
        #expect(ZonedCalendar.fixedOffset(of: "Europe/Berlin") == nil)
        #expect(ZonedCalendar.fixedOffset(of: "Etc/GMT+5") == nil)
    }
}
