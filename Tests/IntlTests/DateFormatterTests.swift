import Testing

@testable import Intl

/// 2006-01-02T15:04:06Z. Expected strings and patterns are ICU 72's output (udatpg_getBestPattern +
/// udat_format in a C program).
let referenceInstant = 1_136_214_246_000.0

@Suite struct DateFormatterTests {
    @Test(arguments: [
        ("en-US", "yMMMd", "MMM d, y", "Jan 2, 2006"),
        ("en-US", "EEEEyMMMMd", "EEEE, MMMM d, y", "Monday, January 2, 2006"),
        ("de", "yMMMMd", "d. MMMM y", "2. Januar 2006"),
        ("de", "yMMMd", "d. MMM y", "2. Jan. 2006"),
        ("fr", "yMMMMd", "d MMMM y", "2 janvier 2006"),
        ("ja", "yMMMd", "y年M月d日", "2006年1月2日"),
        ("ja", "EEEEyMMMMd", "y年M月d日EEEE", "2006年1月2日月曜日"),
        ("pl", "yMMMMd", "d MMMM y", "2 stycznia 2006"),
        ("ar", "yMMMd", "d MMM y", "٢ يناير ٢٠٠٦"),
        ("ar", "EEEEyMMMMd", "EEEE، d MMMM y", "الاثنين، ٢ يناير ٢٠٠٦"),
    ])
    func datesInUTC(locale: String, skeleton: String, pattern: String, expected: String) throws {
        let formatter = try DateFormatter(locale: LocaleID(locale), skeleton: skeleton, timeZone: "UTC")
        #expect(formatter.pattern == pattern)
        #expect(formatter.format(epochMilliseconds: referenceInstant) == expected)
    }

    @Test(arguments: [
        ("en-US", "4:04:06\u{202F}PM"), ("de", "16:04:06"), ("ja", "16:04:06"), ("ar", "٤:٠٤:٠٦ م"), ("zh-TW", "下午4:04:06"),
    ])
    func timesInBerlin(locale: String, expected: String) throws {
        let formatter = try DateFormatter(locale: LocaleID(locale), skeleton: "jms", timeZone: "Europe/Berlin")
        #expect(formatter.format(epochMilliseconds: referenceInstant) == expected)
    }

    @Test(arguments: [
        ("+05:30", "8:34\u{202F}PM"), ("+0530", "8:34\u{202F}PM"), ("-08:00", "7:04\u{202F}AM"),
        ("Z", "3:04\u{202F}PM"), ("utc", "3:04\u{202F}PM"), ("GMT+05:30", "8:34\u{202F}PM"),
        ("Asia/Kolkata", "8:34\u{202F}PM"),
    ])
    func offsetTimeZones(zone: String, expected: String) throws {
        let formatter = try DateFormatter(locale: LocaleID("en-US"), skeleton: "jm", timeZone: zone)
        #expect(formatter.format(epochMilliseconds: referenceInstant) == expected)
    }

    @Test func zoneNameInPattern() throws {
        let formatter = try DateFormatter(locale: LocaleID("en-US"), skeleton: "yMMMdjmsz", timeZone: "America/New_York")
        #expect(formatter.format(epochMilliseconds: referenceInstant) == "Jan 2, 2006, 10:04:06\u{202F}AM EST")
    }

    @Test func prolepticGregorianBefore1582() throws {
        // ICU's default Gregorian calendar would switch to Julian and print "Aug 23, 1494".
        let formatter = try DateFormatter(locale: LocaleID("en-US"), skeleton: "yMMMd", timeZone: "UTC")
        #expect(formatter.format(epochMilliseconds: -1.5e13) == "Sep 1, 1494")
    }

    @Test(arguments: ["Mars/Olympus_Mons", "Etc/Unknown", "+25:00", "+5:3", "", "Europe/berlin"])
    func unknownTimeZonesThrow(zone: String) throws {
        let error = #expect(throws: IntlError.self) {
            try DateFormatter(locale: LocaleID("en"), skeleton: "yMMMd", timeZone: zone)
        }
        #expect(error?.code == "UNKNOWN_TIME_ZONE")
        #expect(error?.message.contains("'\(zone)'") == true)
    }

    @Test func emptySkeletonThrows() throws {
        #expect(throws: IntlError.self) { try DateFormatter(locale: LocaleID("en"), skeleton: "", timeZone: "UTC") }
    }

    @Test func nonFiniteInstantFormatsAsEmpty() throws {
        let formatter = try DateFormatter(locale: LocaleID("en"), skeleton: "yMMMd", timeZone: "UTC")
        #expect(formatter.format(epochMilliseconds: .nan) == "")
    }

    @Test func cachedIsShared() throws {
        let first = try DateFormatter.cached(locale: LocaleID("de"), skeleton: "yMMMd", timeZone: "Europe/Berlin")
        #expect(try DateFormatter.cached(locale: LocaleID("de"), skeleton: "yMMMd", timeZone: "Europe/Berlin") === first)
        #expect(try DateFormatter.cached(locale: LocaleID("de"), skeleton: "yMMMd", timeZone: "UTC") !== first)
    }
}
