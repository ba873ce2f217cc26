import Intl
import MessageFormat
import Testing

/// Locale data reaches messages from ICU unchanged. Expected strings were checked by eye against
/// CLDR's charts (grouping, decimal separators, currency placement, scripts) and against ICU 72.
@Suite struct LocaleFormattingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let locale: String
        let message: String
        let expected: String
        var testDescription: String { "\(locale): \(message)" }
    }

    static let numbers: [Case] = [
        Case(locale: "en", message: "{1234567.891 :number}", expected: "1,234,567.891"),
        Case(locale: "de", message: "{1234567.891 :number}", expected: "1.234.567,891"),
        Case(locale: "fr", message: "{1234567.891 :number}", expected: "1\u{202F}234\u{202F}567,891"),
        Case(locale: "ja", message: "{1234567.891 :number}", expected: "1,234,567.891"),
        Case(locale: "pl", message: "{1234567.891 :number}", expected: "1\u{A0}234\u{A0}567,891"),
        Case(locale: "ar", message: "{1234567.891 :number}", expected: "١٬٢٣٤٬٥٦٧٫٨٩١"),
        // Polish and Spanish do not group four-digit numbers (CLDR minimumGroupingDigits = 2).
        Case(locale: "pl", message: "{1234.5 :number}", expected: "1234,5"),
        Case(locale: "en", message: "{1234.5 :number useGrouping=never}", expected: "1234.5"),
        Case(locale: "en", message: "{42 :number minimumIntegerDigits=4}", expected: "0,042"),
        Case(locale: "en", message: "{3.14159 :number maximumSignificantDigits=3}", expected: "3.14"),
        Case(locale: "en", message: "{5 :number signDisplay=always}", expected: "+5"),
    ]

    static let currencies: [Case] = [
        Case(locale: "en", message: "{42 :currency currency=EUR}", expected: "€42.00"),
        Case(locale: "de", message: "{42 :currency currency=EUR}", expected: "42,00\u{A0}€"),
        Case(locale: "fr", message: "{42 :currency currency=EUR}", expected: "42,00\u{A0}€"),
        Case(locale: "de-AT", message: "{42 :currency currency=EUR}", expected: "€\u{A0}42,00"),
        Case(locale: "ja", message: "{1234.5 :currency currency=JPY}", expected: "￥1,235"),
        Case(locale: "pl", message: "{129.90 :currency currency=PLN}", expected: "129,90\u{A0}zł"),
        Case(locale: "ar", message: "{42 :currency currency=EUR}", expected: "\u{200F}٤٢٫٠٠\u{A0}€"),
        Case(locale: "en", message: "{42 :currency currency=USD currencyDisplay=code}", expected: "USD\u{A0}42.00"),
        Case(locale: "en", message: "{-5 :currency currency=USD currencySign=accounting}", expected: "($5.00)"),
        Case(locale: "en", message: "{5 :currency currency=USD trailingZeroDisplay=stripIfInteger}", expected: "$5"),
        Case(locale: "en", message: "{5.5 :currency currency=USD fractionDigits=0}", expected: "$6"),
    ]

    static let percentsAndUnits: [Case] = [
        Case(locale: "en", message: "{0.25 :percent}", expected: "25%"),
        Case(locale: "de", message: "{0.25 :percent}", expected: "25\u{A0}%"),
        Case(locale: "en", message: "{0.1234 :percent maximumFractionDigits=1}", expected: "12.3%"),
        Case(locale: "en", message: "{2.5 :reply:unit unit=kilogram}", expected: "2.5 kg"),
        Case(locale: "de", message: "{2.5 :reply:unit unit=kilogram unitDisplay=long}", expected: "2,5 Kilogramm"),
        Case(locale: "en", message: "{3 :reply:relative unit=day}", expected: "in 3 days"),
        Case(locale: "de", message: "{-1 :reply:relative unit=day numeric=auto}", expected: "gestern"),
        Case(locale: "ja", message: "{2 :reply:relative unit=week}", expected: "2 週間後"),
    ]

    static let dates: [Case] = [
        Case(locale: "en", message: "{|2026-11-22| :date length=long}", expected: "November 22, 2026"),
        Case(locale: "de", message: "{|2026-11-22| :date length=long}", expected: "22. November 2026"),
        Case(locale: "fr", message: "{|2026-11-22| :date length=long}", expected: "22 novembre 2026"),
        Case(locale: "ja", message: "{|2026-11-22| :date length=long}", expected: "2026年11月22日"),
        Case(locale: "pl", message: "{|2026-11-22| :date length=long}", expected: "22 listopada 2026"),
        Case(locale: "ar", message: "{|2026-11-22| :date length=long}", expected: "٢٢ نوفمبر ٢٠٢٦"),
        Case(locale: "en", message: "{|2026-11-22| :date fields=month-day-weekday length=long}", expected: "Sunday, November 22"),
        Case(locale: "en", message: "{|2026-11-22T15:04:06| :time precision=second}", expected: "3:04:06\u{202F}PM"),
        Case(locale: "de", message: "{|2026-11-22T15:04:06| :time}", expected: "15:04"),
        Case(locale: "en", message: "{|2026-11-22T15:04:06| :time hour12=false}", expected: "15:04"),
        // A time with an offset shows at that offset unless a time zone is asked for.
        Case(locale: "en", message: "{|2026-11-22T15:04:06Z| :time timeZone=|Europe/Berlin|}", expected: "4:04\u{202F}PM"),
        Case(locale: "en", message: "{|2026-11-22T15:04:06+05:30| :time}", expected: "3:04\u{202F}PM"),
    ]

    static let lists: [Case] = [
        Case(locale: "en", message: "{$items :reply:list}", expected: "mug, plate, and spoon"),
        Case(locale: "de", message: "{$items :reply:list}", expected: "mug, plate und spoon"),
        Case(locale: "fr", message: "{$items :reply:list}", expected: "mug, plate et spoon"),
        Case(locale: "ja", message: "{$items :reply:list}", expected: "mug、plate、spoon"),
        Case(locale: "pl", message: "{$items :reply:list}", expected: "mug, plate i spoon"),
        Case(locale: "ar", message: "{$items :reply:list}", expected: "mug وplate وspoon"),
        Case(locale: "en", message: "{$items :reply:list type=disjunction}", expected: "mug, plate, or spoon"),
    ]

    @Test(arguments: numbers + currencies + percentsAndUnits + dates + lists)
    func formatsAsICUDoes(_ test: Case) throws {
        let items: MessageArgument = ["mug", "plate", "spoon"]
        let result = try format(test.message, locale: test.locale, ["items": items])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.string == test.expected)
    }

    /// The spec's default rounding is halfExpand (away from zero on ties), not ICU's halfEven.
    @Test(arguments: [
        ("{2.5 :number maximumFractionDigits=0}", "3"),
        ("{-2.5 :number maximumFractionDigits=0}", "-3"),
        ("{0.125 :number maximumFractionDigits=2}", "0.13"),
        ("{4.6 :integer}", "5"),
        ("{2.5 :number maximumFractionDigits=0 roundingMode=halfEven}", "2"),
        ("{2.1 :number maximumFractionDigits=0 roundingMode=ceil}", "3"),
    ])
    func roundsHalfExpandByDefault(message: String, expected: String) throws {
        #expect(try format(message).string == expected)
    }

    /// Decimal amounts keep every digit: no binary floating point between the case data and ICU.
    @Test func decimalsAreExact() throws {
        #expect(try format("{12345678901234567.89 :number}").string == "12,345,678,901,234,567.89")
        let money: MessageArgument = .money(amount: .decimal("0.10"), currency: "EUR")
        #expect(try format("{$x :currency}", locale: "de", ["x": money]).string == "0,10\u{A0}€")
        #expect(
            try format("{$x}", locale: "pl", ["x": .money(amount: .decimal("129.90"), currency: "PLN")]).string
                == "129,90\u{A0}zł")
    }

    /// Unannotated arguments format by type.
    @Test func argumentsFormatByType() throws {
        let date = try #require(DateTimeValue(iso8601: "2026-11-22T09:30:00"))
        let result = try format(
            "{$n} {$d} {$b} {$s}", locale: "de",
            ["n": 1234.5, "d": .dateTime(date), "b": true, "s": "Text"])
        // Dates default to year-month-day at medium length, and the time to minutes.
        #expect(result.string == "1.234,5 22. Nov. 2026, 09:30 true Text")
    }
}
