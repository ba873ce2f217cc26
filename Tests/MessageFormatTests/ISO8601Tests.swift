import MessageFormat
import Testing

/// `DateTimeValue(iso8601:)`, which reads case data dates, `--args` and date literals: only real
/// calendar values pass.
@Suite struct ISO8601Tests {
    @Test(arguments: [
        ("2026-11-18", DateTimeValue(year: 2026, month: 11, day: 18, hasTime: false)),
        ("2026-01-31", DateTimeValue(year: 2026, month: 1, day: 31, hasTime: false)),
        ("2026-04-30", DateTimeValue(year: 2026, month: 4, day: 30, hasTime: false)),
        ("2026-12-31", DateTimeValue(year: 2026, month: 12, day: 31, hasTime: false)),
        // Leap years: every fourth year, except centuries not divisible by 400.
        ("2028-02-29", DateTimeValue(year: 2028, month: 2, day: 29, hasTime: false)),
        ("2000-02-29", DateTimeValue(year: 2000, month: 2, day: 29, hasTime: false)),
        ("2400-02-29", DateTimeValue(year: 2400, month: 2, day: 29, hasTime: false)),
        ("0001-01-01", DateTimeValue(year: 1, month: 1, day: 1, hasTime: false)),
        ("2026-11-18T00:00:00Z", DateTimeValue(year: 2026, month: 11, day: 18, utcOffsetSeconds: 0)),
        (
            "2026-11-18T23:59:59Z",
            DateTimeValue(year: 2026, month: 11, day: 18, hour: 23, minute: 59, second: 59, utcOffsetSeconds: 0)
        ),
        ("2026-11-18T14:30", DateTimeValue(year: 2026, month: 11, day: 18, hour: 14, minute: 30)),
        (
            "2026-11-18T14:30:05.25+01:00",
            DateTimeValue(
                year: 2026, month: 11, day: 18, hour: 14, minute: 30, second: 5, millisecond: 250,
                utcOffsetSeconds: 3600)
        ),
        (
            "2026-11-18T14:30:00-09:30",
            DateTimeValue(year: 2026, month: 11, day: 18, hour: 14, minute: 30, utcOffsetSeconds: -34_200)
        ),
        // The widest offsets in use: Kiribati (+14:00) and Baker Island (-12:00).
        ("2026-11-18T08:00:00+14:00", DateTimeValue(year: 2026, month: 11, day: 18, hour: 8, utcOffsetSeconds: 50_400)),
        ("2026-11-18T08:00:00-12:00", DateTimeValue(year: 2026, month: 11, day: 18, hour: 8, utcOffsetSeconds: -43_200)),
    ])
    func realValuesParse(text: String, expected: DateTimeValue) {
        #expect(DateTimeValue(iso8601: text) == expected)
    }

    @Test(arguments: [
        "2026-11-18T25:00:00Z",  // hour 25
        "2026-11-18T24:00:00Z",  // 24:00 is tomorrow's 00:00; write that
        "2026-02-30",  // February never has 30 days
        "2026-02-29",  // 2026 is not a leap year
        "1900-02-29",  // nor is 1900 (a century not divisible by 400)
        "2026-04-31",  // April has 30 days
        "2026-13-01",  // month 13
        "2026-00-10",  // month 0
        "2026-11-00",  // day 0
        "2026-11-32",
        "0000-01-01",  // years start at 0001 (0000 would be 1 BC)
        "2026-11-18T10:60:00Z",  // minute 60
        "2026-11-18T10:00:61Z",
        "2026-11-18T23:59:60Z",  // a leap second: no time zone data or formatter can show it
        "2026-11-18T10:00:00+25:00",  // offset hour 25
        "2026-11-18T10:00:00+15:00",  // beyond the widest offset in use
        "2026-11-18T10:00:00-14:30",
        "2026-11-18T10:00:00+01:60",  // offset minute 60
        "2026-11-18T10:00:00+0100",  // an offset needs its colon
        "2026-11-18 10:00:00Z",  // a space is not the date-time separator
        "2026-11-18T10:00:00.Z",  // a fraction needs digits
        "2026-11-18Z",  // an offset needs a time
        "2026-1-18",
        "26-11-18",
        "2026-11-18T9:00",
        "",
    ])
    func impossibleOrMalformedValuesAreRejected(text: String) {
        #expect(DateTimeValue(iso8601: text) == nil)
    }
}
