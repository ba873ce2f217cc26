import Testing

@testable import Intl

/// Expected strings are ICU 72's own output for the same locale and skeleton (checked with a C
/// program against the system libicu).
@Suite struct NumberFormatterTests {
    static func format(_ locale: String, _ value: NumericValue, _ configure: (inout NumberFormatOptions) -> Void = { _ in })
        throws -> String
    {
        var options = NumberFormatOptions()
        configure(&options)
        return try NumberFormatter(locale: LocaleID(locale), options: options).format(value)
    }

    @Test(arguments: [
        ("en", "1,234,567.891"), ("de", "1.234.567,891"), ("fr", "1\u{202F}234\u{202F}567,891"),
        ("ja", "1,234,567.891"), ("pl", "1\u{00A0}234\u{00A0}567,891"), ("ar", "١٬٢٣٤٬٥٦٧٫٨٩١"),
        ("ar-MA", "1.234.567,891"),
    ])
    func separators(locale: String, expected: String) throws {
        #expect(try Self.format(locale, .double(1234567.891)) == expected)
    }

    @Test(arguments: [("en-u-nu-arab", "١٬٢٣٤٫٥"), ("ar-u-nu-latn", "1,234.5"), ("th-u-nu-thai", "๑,๒๓๔.๕")])
    func numberingSystemExtension(locale: String, expected: String) throws {
        #expect(try Self.format(locale, .double(1234.5)) == expected)
    }

    @Test(arguments: [("en", "-1,234.5"), ("de", "-1.234,5"), ("pl", "-1234,5"), ("ar", "\u{061C}-١٬٢٣٤٫٥")])
    func negativeAndMinimumGrouping(locale: String, expected: String) throws {
        #expect(try Self.format(locale, .double(-1234.5)) == expected)
    }

    @Test(arguments: [
        ("en", "€42.00"), ("de", "42,00\u{00A0}€"), ("fr", "42,00\u{00A0}€"), ("ja", "€42.00"),
        ("pl", "42,00\u{00A0}€"), ("ar", "\u{200F}٤٢٫٠٠\u{00A0}€"),
    ])
    func currencyPlacement(locale: String, expected: String) throws {
        #expect(try Self.format(locale, .integer(42)) { $0.style = .currency("EUR") } == expected)
    }

    @Test(arguments: [
        ("en", "26%"), ("de", "26\u{00A0}%"), ("fr", "26\u{00A0}%"), ("ja", "26%"), ("pl", "26%"), ("ar", "٢٦٪\u{061C}"),
    ])
    func percent(locale: String, expected: String) throws {
        #expect(try Self.format(locale, .double(0.256)) { $0.style = .percent } == expected)
    }

    @Test func defaultFractionDigitsFollowECMA402() throws {
        // ICU alone would give 6 fraction digits and half-even rounding.
        #expect(try Self.format("en", .double(1.23456789)) == "1.235")
        #expect(try Self.format("en", .double(0.123456)) { $0.style = .percent } == "12%")
        #expect(try Self.format("en", .double(1234.5)) { $0.style = .currency("JPY") } == "¥1,235")
        #expect(try Self.format("ja", .integer(1234)) { $0.style = .currency("JPY") } == "￥1,234")
    }

    @Test(arguments: [
        (NumberFormatOptions.RoundingMode.halfExpand, 2.5, "3"), (.halfExpand, -2.5, "-3"), (.halfEven, 2.5, "2"),
        (.halfEven, 3.5, "4"), (.ceil, -2.5, "-2"), (.floor, 2.5, "2"), (.expand, 2.1, "3"), (.trunc, 2.9, "2"),
        (.halfCeil, -2.5, "-2"), (.halfFloor, 2.5, "2"), (.halfTrunc, 2.5, "2"), (.halfTrunc, 2.6, "3"),
    ])
    func roundingModes(mode: NumberFormatOptions.RoundingMode, value: Double, expected: String) throws {
        #expect(
            try Self.format("en", .double(value)) {
                $0.roundingMode = mode
                $0.maximumFractionDigits = 0
            } == expected)
    }

    @Test func halfExpandIsTheDefault() throws {
        #expect(try Self.format("en", .double(0.125)) { $0.maximumFractionDigits = 2 } == "0.13")
        #expect(try Self.format("en", .double(1.005)) { $0.maximumFractionDigits = 2 } == "1.01")
        #expect(try Self.format("en", .double(2.5)) { $0.maximumFractionDigits = 0 } == "3")
    }

    @Test func decimalStringsAreExact() throws {
        #expect(try Self.format("pl", .decimal("129.90")) { $0.style = .currency("PLN") } == "129,90\u{00A0}zł")
        #expect(try Self.format("en", .decimal("129.90")) { $0.style = .currency("PLN") } == "PLN\u{00A0}129.90")
        #expect(try Self.format("en", .decimal("12345678901234567890.123")) == "12,345,678,901,234,567,890.123")
        #expect(try Self.format("en", .decimal("1e3")) == "1,000")
        #expect(try Self.format("en", .decimal("-0")) == "-0")
        #expect(try Self.format("en", .decimal("0.125")) { $0.maximumFractionDigits = 2 } == "0.13")
    }

    @Test func malformedDecimalFallsBackToItsText() throws {
        #expect(try Self.format("en", .decimal("abc")) == "abc")
    }

    @Test func integersAreExact() throws {
        #expect(try Self.format("en", .integer(Int64.max)) == "9,223,372,036,854,775,807")
        #expect(try Self.format("de", .integer(-42)) == "-42")
    }

    @Test func fractionDigits() throws {
        #expect(try Self.format("en", .integer(1)) { $0.minimumFractionDigits = 1 } == "1.0")
        #expect(try Self.format("en", .double(1.23456)) { $0.minimumFractionDigits = 1 } == "1.235")
        // Only the minimum set, above the default maximum: the maximum follows it.
        #expect(try Self.format("en", .double(1.5)) { $0.minimumFractionDigits = 4 } == "1.5000")
        #expect(
            try Self.format("en", .double(1.23456)) {
                $0.style = .currency("EUR")
                $0.maximumFractionDigits = 0
            } == "€1")
        #expect(
            try Self.format("en", .double(1.5)) {
                $0.style = .currency("EUR")
                $0.minimumFractionDigits = 3
            } == "€1.500")
    }

    @Test func significantDigits() throws {
        #expect(try Self.format("en", .integer(123456)) { $0.maximumSignificantDigits = 3 } == "123,000")
        #expect(try Self.format("en", .integer(1)) { $0.minimumSignificantDigits = 3 } == "1.00")
    }

    @Test(arguments: [
        (NumberFormatOptions.RoundingPriority.morePrecision, 123.456, "123.46"), (.lessPrecision, 123.456, "123"),
        (.morePrecision, 0.012345, "0.0123"), (.lessPrecision, 0.012345, "0.01"),
    ])
    func roundingPriority(priority: NumberFormatOptions.RoundingPriority, value: Double, expected: String) throws {
        let formatted = try Self.format("en", .double(value)) {
            $0.maximumFractionDigits = 2
            $0.maximumSignificantDigits = 3
            $0.roundingPriority = priority
        }
        #expect(formatted == expected)
    }

    @Test(arguments: [(5, 1.234, "1.25"), (5, 1.22, "1.20"), (25, 1.13, "1.25"), (25, 1.1, "1.00")])
    func roundingIncrement(increment: Int, value: Double, expected: String) throws {
        #expect(
            try Self.format("en", .double(value)) {
                $0.roundingIncrement = increment
                $0.maximumFractionDigits = 2
            } == expected)
    }

    @Test func trailingZeroDisplay() throws {
        let strip: (inout NumberFormatOptions) -> Void = {
            $0.style = .currency("EUR")
            $0.trailingZeroDisplay = .stripIfInteger
        }
        #expect(try Self.format("en", .integer(42), strip) == "€42")
        #expect(try Self.format("en", .double(42.5), strip) == "€42.50")
    }

    @Test func integerDigitsAndGrouping() throws {
        #expect(try Self.format("en", .double(7.5)) { $0.minimumIntegerDigits = 3 } == "007.5")
        #expect(try Self.format("en", .integer(1_234_567)) { $0.useGrouping = .never } == "1234567")
        #expect(try Self.format("en", .integer(1234)) { $0.useGrouping = .min2 } == "1234")
        #expect(try Self.format("en", .integer(12345)) { $0.useGrouping = .min2 } == "12,345")
        #expect(try Self.format("pl", .integer(1234)) { $0.useGrouping = .always } == "1\u{00A0}234")
    }

    @Test(arguments: [
        (NumberFormatOptions.SignDisplay.auto, -0.0, "-0"), (.always, 5, "+5"), (.always, 0, "+0"),
        (.exceptZero, 5, "+5"), (.exceptZero, -0.0, "0"), (.negative, -5, "-5"), (.negative, -0.0, "0"), (.never, -5, "5"),
    ])
    func signDisplay(sign: NumberFormatOptions.SignDisplay, value: Double, expected: String) throws {
        #expect(try Self.format("en", .double(value)) { $0.signDisplay = sign } == expected)
    }

    @Test func currencyDisplayAndSign() throws {
        #expect(
            try Self.format("en", .integer(-5)) {
                $0.style = .currency("USD")
                $0.currencySign = .accounting
            } == "($5.00)")
        #expect(
            try Self.format("en", .integer(-5)) {
                $0.style = .currency("USD")
                $0.currencySign = .accounting
                $0.signDisplay = .never
            } == "$5.00")
        #expect(
            try Self.format("en", .integer(3)) {
                $0.style = .currency("EUR")
                $0.currencyDisplay = .code
            } == "EUR\u{00A0}3.00")
        #expect(
            try Self.format("en", .integer(1)) {
                $0.style = .currency("EUR")
                $0.currencyDisplay = .name
            } == "1.00 euros")
        #expect(try Self.format("en", .integer(3)) { $0.style = .currency("CAD") } == "CA$3.00")
        #expect(
            try Self.format("en", .integer(3)) {
                $0.style = .currency("CAD")
                $0.currencyDisplay = .narrowSymbol
            } == "$3.00")
        #expect(
            try Self.format("en", .integer(3)) {
                $0.style = .currency("EUR")
                $0.currencyDisplay = .never
            } == "3.00")
        #expect(try Self.format("en", .integer(42)) { $0.style = .currency("eur") } == "€42.00")
    }

    @Test func units() throws {
        #expect(try Self.format("en", .integer(5)) { $0.style = .unit("kilometer-per-hour") } == "5 km/h")
        #expect(
            try Self.format("en", .integer(5)) {
                $0.style = .unit("kilometer-per-hour")
                $0.unitDisplay = .long
            } == "5 kilometers per hour")
        #expect(
            try Self.format("en", .integer(5)) {
                $0.style = .unit("kilometer-per-hour")
                $0.unitDisplay = .narrow
            } == "5km/h")
        #expect(
            try Self.format("de", .integer(2)) {
                $0.style = .unit("kilogram")
                $0.unitDisplay = .long
            } == "2 Kilogramm")
    }

    @Test func pluralCategoryReflectsVisibleDigits() throws {
        let english = try PluralRules(locale: LocaleID("en"), kind: .cardinal)
        let plain = try NumberFormatter(locale: LocaleID("en"), options: NumberFormatOptions())
        var oneDecimal = NumberFormatOptions()
        oneDecimal.minimumFractionDigits = 1
        let decimal = try NumberFormatter(locale: LocaleID("en"), options: oneDecimal)
        #expect(plain.pluralCategory(of: .integer(1), rules: english) == "one")
        #expect(decimal.pluralCategory(of: .integer(1), rules: english) == "other")
        #expect(plain.pluralCategory(of: .double(1.0004), rules: english) == "one")  // shown as "1"
        #expect(plain.pluralCategory(of: .decimal("2"), rules: english) == "other")
        let polish = try PluralRules(locale: LocaleID("pl"), kind: .cardinal)
        let plainPolish = try NumberFormatter(locale: LocaleID("pl"), options: NumberFormatOptions())
        #expect(plainPolish.pluralCategory(of: .integer(22), rules: polish) == "few")
        #expect(plainPolish.pluralCategory(of: .integer(25), rules: polish) == "many")
        #expect(plainPolish.pluralCategory(of: .double(2.5), rules: polish) == "other")
    }

    @Test func cachedReturnsTheSameInstance() throws {
        var options = NumberFormatOptions()
        options.style = .currency("CHF")
        let first = try NumberFormatter.cached(locale: LocaleID("de-CH"), options: options)
        let second = try NumberFormatter.cached(locale: LocaleID("de_CH"), options: options)
        #expect(first === second)
        options.style = .currency("EUR")
        #expect(try NumberFormatter.cached(locale: LocaleID("de-CH"), options: options) !== first)
    }
}
