import Testing

@testable import Intl

/// Expected strings are ICU 72's ureldatefmt_format / ureldatefmt_formatNumeric output.
@Suite struct RelativeTimeFormatterTests {
    @Test(arguments: [
        ("en", "in 3 days", "yesterday", "tomorrow", "2 hours ago"),
        ("de", "in 3 Tagen", "gestern", "morgen", "vor 2 Stunden"),
        ("fr", "dans 3 jours", "hier", "demain", "il y a 2 heures"),
        ("ja", "3 日後", "昨日", "明日", "2 時間前"),
        ("pl", "za 3 dni", "wczoraj", "jutro", "2 godziny temu"),
        ("ar", "خلال ٣ أيام", "أمس", "غدًا", "قبل ساعتين"),
        ("zh-TW", "3 天後", "昨天", "明天", "2 小時前"),
    ])
    func longStyle(locale: String, inThreeDays: String, yesterday: String, tomorrow: String, twoHoursAgo: String) throws {
        let id = try LocaleID(locale)
        let always = try RelativeTimeFormatter(locale: id, style: .long, numeric: .always)
        let auto = try RelativeTimeFormatter(locale: id, style: .long, numeric: .auto)
        #expect(always.format(3, unit: .day) == inThreeDays)
        #expect(auto.format(-1, unit: .day) == yesterday)
        #expect(auto.format(1, unit: .day) == tomorrow)
        #expect(always.format(-2, unit: .hour) == twoHoursAgo)
    }

    @Test func numericAlwaysVersusAuto() throws {
        let en = try LocaleID("en")
        let always = try RelativeTimeFormatter(locale: en, style: .long, numeric: .always)
        let auto = try RelativeTimeFormatter(locale: en, style: .long, numeric: .auto)
        #expect(always.format(0, unit: .day) == "in 0 days")
        #expect(auto.format(0, unit: .day) == "today")
        #expect(auto.format(0, unit: .second) == "now")
        #expect(auto.format(3, unit: .day) == "in 3 days")
        #expect(auto.format(-3, unit: .day) == "3 days ago")
        #expect(auto.format(-1, unit: .year) == "last year")
        #expect(auto.format(1, unit: .quarter) == "next quarter")
        #expect(auto.format(1, unit: .week) == "next week")
        #expect(always.format(1.5, unit: .day) == "in 1.5 days")
        #expect(
            try RelativeTimeFormatter(locale: LocaleID("de"), style: .long, numeric: .auto).format(-2, unit: .day) == "vorgestern"
        )
    }

    @Test func styles() throws {
        let en = try LocaleID("en")
        #expect(try RelativeTimeFormatter(locale: en, style: .short, numeric: .always).format(3, unit: .month) == "in 3 mo.")
        #expect(try RelativeTimeFormatter(locale: en, style: .narrow, numeric: .always).format(3, unit: .month) == "in 3mo")
        #expect(
            try RelativeTimeFormatter(locale: LocaleID("fr"), style: .short, numeric: .always).format(-3, unit: .hour)
                == "il y a 3\u{00A0}h")
    }

    @Test func everyUnitFormats() throws {
        let formatter = try RelativeTimeFormatter.cached(locale: LocaleID("en"), style: .long, numeric: .always)
        let outputs = RelativeTimeFormatter.Unit.allCases.map { formatter.format(2, unit: $0) }
        #expect(
            outputs == [
                "in 2 seconds", "in 2 minutes", "in 2 hours", "in 2 days", "in 2 weeks", "in 2 months", "in 2 quarters",
                "in 2 years",
            ])
        #expect(try RelativeTimeFormatter.cached(locale: LocaleID("en"), style: .long, numeric: .always) === formatter)
    }
}
