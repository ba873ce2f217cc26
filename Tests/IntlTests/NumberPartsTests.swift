import Testing

@testable import Intl

/// Field layouts checked against ICU 72's field positions (ufmtval_nextPosition) in a C program.
@Suite struct NumberPartsTests {
    static func parts(_ locale: String, _ value: NumericValue, _ configure: (inout NumberFormatOptions) -> Void = { _ in }) throws
        -> [NumberPart]
    {
        var options = NumberFormatOptions()
        configure(&options)
        return try NumberFormatter(locale: LocaleID(locale), options: options).formatToParts(value)
    }

    static func pairs(_ parts: [NumberPart]) -> [String] { parts.map { "\($0.type):\($0.value)" } }

    @Test func groupsAreSplitOutOfTheInteger() throws {
        #expect(
            Self.pairs(try Self.parts("en", .double(-1234567.5)))
                == ["minusSign:-", "integer:1", "group:,", "integer:234", "group:,", "integer:567", "decimal:.", "fraction:5"])
    }

    @Test func arabicBidiMarkIsALiteral() throws {
        #expect(
            Self.pairs(try Self.parts("ar", .double(-1234.5)))
                == ["literal:\u{061C}", "minusSign:-", "integer:١", "group:٬", "integer:٢٣٤", "decimal:٫", "fraction:٥"])
    }

    @Test func currencyAndLiteralGap() throws {
        #expect(
            Self.pairs(try Self.parts("de", .decimal("1234.5")) { $0.style = .currency("EUR") })
                == ["integer:1", "group:.", "integer:234", "decimal:,", "fraction:50", "literal:\u{00A0}", "currency:€"])
        #expect(
            Self.pairs(
                try Self.parts("en", .integer(-5)) {
                    $0.style = .currency("USD")
                    $0.currencySign = .accounting
                })
                == ["literal:(", "currency:$", "integer:5", "decimal:.", "fraction:00", "literal:)"])
    }

    @Test func percentPlusAndUnit() throws {
        #expect(
            Self.pairs(
                try Self.parts("en", .double(0.25)) {
                    $0.style = .percent
                    $0.signDisplay = .always
                })
                == ["plusSign:+", "integer:25", "percentSign:%"])
        #expect(
            Self.pairs(
                try Self.parts("en", .integer(5)) {
                    $0.style = .unit("kilometer-per-hour")
                    $0.unitDisplay = .long
                })
                == ["integer:5", "literal: ", "unit:kilometers per hour"])
    }

    @Test func specialValues() throws {
        #expect(try Self.parts("en", .double(.infinity)).map(\.type) == ["infinity"])
        #expect(try Self.parts("en", .double(-.infinity)).map(\.type) == ["minusSign", "infinity"])
        #expect(try Self.parts("en", .double(.nan)).map(\.type) == ["nan"])
    }

    @Test(arguments: ["en", "de", "fr", "ja", "pl", "ar", "hi", "zh-Hant-TW"])
    func partsConcatenateToFormat(locale: String) throws {
        let optionSets: [NumberFormatOptions] = [
            NumberFormatOptions(),
            {
                var o = NumberFormatOptions()
                o.style = .currency("EUR")
                o.currencyDisplay = .name
                return o
            }(),
            {
                var o = NumberFormatOptions()
                o.style = .percent
                o.signDisplay = .always
                return o
            }(),
            {
                var o = NumberFormatOptions()
                o.style = .unit("kilogram")
                o.unitDisplay = .long
                return o
            }(),
        ]
        let values: [NumericValue] = [
            .integer(0), .integer(-1_234_567), .double(0.5), .double(-9876.54321), .decimal("12345678901234567890.25"),
        ]
        for options in optionSets {
            let formatter = try NumberFormatter(locale: LocaleID(locale), options: options)
            for value in values {
                let parts = formatter.formatToParts(value)
                #expect(parts.map(\.value).joined() == formatter.format(value))
                #expect(parts.allSatisfy { !$0.value.isEmpty })
                // Flat: no two neighbours of the same type (a nested field would repeat its parent's type).
                #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.type != $1.type })
            }
        }
    }
}
