import Testing

@testable import Intl

@Suite struct NumberFormatOptionsSkeletonTests {
    static func skeleton(_ configure: (inout NumberFormatOptions) -> Void) throws -> String {
        var options = NumberFormatOptions()
        configure(&options)
        return try options.skeleton()
    }

    @Test func defaults() throws {
        #expect(try Self.skeleton { _ in } == "sign-auto group-auto .### rounding-mode-half-up")
        #expect(
            try Self.skeleton { $0.style = .percent }
                == "percent scale/100 sign-auto group-auto precision-integer rounding-mode-half-up")
        #expect(
            try Self.skeleton { $0.style = .currency("JPY") }
                == "currency/JPY sign-auto group-auto precision-integer rounding-mode-half-up")
        #expect(
            try Self.skeleton { $0.style = .currency("eur") } == "currency/EUR sign-auto group-auto .00 rounding-mode-half-up")
    }

    @Test func stems() throws {
        let options = try Self.skeleton {
            $0.style = .currency("USD")
            $0.currencySign = .accounting
            $0.signDisplay = .exceptZero
            $0.currencyDisplay = .code
            $0.useGrouping = .always
            $0.minimumIntegerDigits = 2
            $0.minimumFractionDigits = 2
            $0.maximumFractionDigits = 4
            $0.roundingMode = .halfEven
        }
        #expect(
            options
                == "currency/USD unit-width-iso-code sign-accounting-except-zero group-on-aligned integer-width/*00 .00## rounding-mode-half-even"
        )
        #expect(
            try Self.skeleton {
                $0.style = .unit("kilogram")
                $0.unitDisplay = .long
                $0.useGrouping = .min2
            }
                == "unit/kilogram unit-width-full-name sign-auto group-min2 .### rounding-mode-half-up")
    }

    @Test func precisionStems() throws {
        #expect(try Self.skeleton { $0.maximumSignificantDigits = 3 }.contains(" @## "))
        #expect(
            try Self.skeleton {
                $0.minimumSignificantDigits = 2
                $0.maximumSignificantDigits = 2
            }.contains(" @@ "))
        #expect(
            try Self.skeleton {
                $0.maximumFractionDigits = 2
                $0.maximumSignificantDigits = 3
                $0.roundingPriority = .morePrecision
            }
            .contains(" .##/@##r "))
        #expect(
            try Self.skeleton {
                $0.maximumFractionDigits = 2
                $0.roundingPriority = .lessPrecision
            }
            .contains(" .##/@" + String(repeating: "#", count: 20) + "s "))
        #expect(
            try Self.skeleton {
                $0.roundingIncrement = 5
                $0.maximumFractionDigits = 2
            }.contains(" precision-increment/0.05 "))
        #expect(
            try Self.skeleton {
                $0.roundingIncrement = 50
                $0.minimumFractionDigits = 2
            }.contains(" precision-increment/0.50 "))
        #expect(try Self.skeleton { $0.roundingIncrement = 25 }.contains(" precision-increment/25 "))
        #expect(
            try Self.skeleton {
                $0.trailingZeroDisplay = .stripIfInteger
                $0.minimumFractionDigits = 2
            }.contains(" .00#/w "))
    }

    @Test func incrementStrings() {
        #expect(NumberFormatOptions.incrementString(5, fractionDigits: 2) == "0.05")
        #expect(NumberFormatOptions.incrementString(25, fractionDigits: 1) == "2.5")
        #expect(NumberFormatOptions.incrementString(5000, fractionDigits: 2) == "50.00")
        #expect(NumberFormatOptions.incrementString(10, fractionDigits: 0) == "10")
    }

    static func options(_ configure: (inout NumberFormatOptions) -> Void) -> NumberFormatOptions {
        var options = NumberFormatOptions()
        configure(&options)
        return options
    }

    @Test(arguments: [
        ("minimumIntegerDigits", options { $0.minimumIntegerDigits = 0 }),
        ("minimumIntegerDigits", options { $0.minimumIntegerDigits = 22 }),
        ("maximumFractionDigits", options { $0.maximumFractionDigits = 101 }),
        (
            "maximumFractionDigits",
            options {
                $0.minimumFractionDigits = 3
                $0.maximumFractionDigits = 1
            }
        ),
        (
            "maximumSignificantDigits",
            options {
                $0.minimumSignificantDigits = 5
                $0.maximumSignificantDigits = 2
            }
        ),
        ("minimumSignificantDigits", options { $0.minimumSignificantDigits = 0 }),
        ("roundingIncrement", options { $0.roundingIncrement = 3 }),
        (
            "roundingIncrement",
            options {
                $0.roundingIncrement = 5
                $0.maximumSignificantDigits = 2
            }
        ),
        ("currency", options { $0.style = .currency("EURO") }),
        ("currency", options { $0.style = .currency("E1R") }),
        ("unit", options { $0.style = .unit("meter percent") }),
        ("unit", options { $0.style = .unit("") }),
    ])
    func invalidOptionsThrowNamingTheOption(option: String, options: NumberFormatOptions) throws {
        let error = #expect(throws: IntlError.self) { try NumberFormatter(locale: LocaleID("en"), options: options) }
        #expect(error?.code == "INVALID_OPTION")
        #expect(error?.message.contains(option) == true)
    }

    @Test func unknownUnitIsRejectedByICUWithTheOptionNamed() throws {
        var options = NumberFormatOptions()
        options.style = .unit("furlong-per-fortnight-squared")
        let error = #expect(throws: IntlError.self) { try NumberFormatter(locale: LocaleID("en"), options: options) }
        #expect(error?.code == "U_NUMBER_SKELETON_SYNTAX_ERROR")
        #expect(error?.message.contains("unit=furlong-per-fortnight-squared") == true)
        #expect(error?.description.hasSuffix("(U_NUMBER_SKELETON_SYNTAX_ERROR)") == true)
    }

    @Test func everyEnumCaseBuilds() throws {
        let locale = try LocaleID("en")
        for sign in NumberFormatOptions.SignDisplay.allCases {
            for currencySign in NumberFormatOptions.CurrencySign.allCases {
                var options = NumberFormatOptions()
                options.style = .currency("USD")
                options.signDisplay = sign
                options.currencySign = currencySign
                _ = try NumberFormatter(locale: locale, options: options)
            }
        }
        for display in NumberFormatOptions.CurrencyDisplay.allCases {
            var options = NumberFormatOptions()
            options.style = .currency("USD")
            options.currencyDisplay = display
            _ = try NumberFormatter(locale: locale, options: options)
        }
        for mode in NumberFormatOptions.RoundingMode.allCases {
            for grouping in NumberFormatOptions.Grouping.allCases {
                var options = NumberFormatOptions()
                options.roundingMode = mode
                options.useGrouping = grouping
                options.trailingZeroDisplay = .stripIfInteger
                options.roundingPriority = .morePrecision
                _ = try NumberFormatter(locale: locale, options: options)
            }
        }
    }
}
