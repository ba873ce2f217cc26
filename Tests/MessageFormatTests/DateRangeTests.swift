import Intl
import MessageFormat
import Testing

/// Dates given through the library API are not parsed from text, so nothing stops a caller from
/// building one with an impossible field: each is a bad operand, shown as its fallback, never a trap.
@Suite struct DateRangeTests {
    @Test(arguments: [
        DateTimeValue(year: Int.max, month: 1, day: 1),
        DateTimeValue(year: Int.min, month: 1, day: 1),
        DateTimeValue(year: 10_000, month: 1, day: 1),
        DateTimeValue(year: 0, month: 1, day: 1),
        DateTimeValue(year: 2026, month: 13, day: 1),
        DateTimeValue(year: 2026, month: Int.min, day: 1),
        DateTimeValue(year: 2026, month: 2, day: 29),
        DateTimeValue(year: 2026, month: 11, day: 18, hour: Int.max),
        DateTimeValue(year: 2026, month: 11, day: 18, minute: 60),
        DateTimeValue(year: 2026, month: 11, day: 18, second: -1),
        DateTimeValue(year: 2026, month: 11, day: 18, millisecond: 1000),
        DateTimeValue(year: 2026, month: 11, day: 18, utcOffsetSeconds: Int.min),
        DateTimeValue(year: 2026, month: 11, day: 18, utcOffsetSeconds: 15 * 3600),
    ])
    func impossibleDatesAreBadOperands(date: DateTimeValue) throws {
        for function in [":datetime", ":date", ":time"] {
            let formatter = try MessageFormatter("On {$d \(function)}.", locale: LocaleID("en"), bidiIsolation: .none)
            let result = formatter.format(["d": .dateTime(date)])
            #expect(result.string == "On {$d}.")
            #expect(result.errors.map(\.kind) == [.badOperand])
        }
    }

    @Test func theWidestValuesStillFormat() throws {
        let formatter = try MessageFormatter("{$d :date length=long}", locale: LocaleID("en"), bidiIsolation: .none)
        #expect(
            formatter.format(["d": .dateTime(DateTimeValue(year: 9999, month: 12, day: 31, hasTime: false))]).string
                == "December 31, 9999")
        #expect(
            formatter.format(["d": .dateTime(DateTimeValue(year: 1, month: 1, day: 1, utcOffsetSeconds: -12 * 3600))]).string
                == "January 1, 1")
    }
}
