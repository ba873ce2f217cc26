import MessageFormat
import Testing

/// `roundingIncrement` on the functions whose options the MessageFormat spec lists it for
/// (`:number`, `:currency`, and `:reply:unit` standing for the draft `:unit`). As in ECMA-402, the
/// increment counts in units of the last fraction digit shown: with EUR's two digits, 250 is
/// steps of 2.50. Expected strings were worked out by hand and checked against ICU 72 formatting
/// the same skeleton (`currency/EUR precision-increment/2.50` gives `€42.50` for 42.75).
@Suite struct RoundingIncrementTests {
    static let allowed = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000]

    @Test(arguments: [
        // With an increment, :number shows no fraction digits unless asked: steps of the increment.
        ("{1234 :number roundingIncrement=100}", "en", "1,200"),
        ("{1234 :number roundingIncrement=250}", "en", "1,250"),
        ("{1234 :number roundingIncrement=1000}", "en", "1,000"),
        ("{1300 :number roundingIncrement=2500}", "en", "2,500"),
        ("{3000 :number roundingIncrement=5000}", "en", "5,000"),
        ("{1251 :number roundingIncrement=500 roundingMode=floor}", "en", "1,000"),
        ("{1234 :number roundingIncrement=25}", "en", "1,225"),
        ("{1.234 :number roundingIncrement=5 maximumFractionDigits=2}", "en", "1.25"),
        ("{3.9 :number roundingIncrement=250 maximumFractionDigits=2}", "en", "5.00"),
        ("{3.9 :number roundingIncrement=20 maximumFractionDigits=1}", "de", "4,0"),
        ("{42.75 :currency currency=EUR roundingIncrement=250}", "en", "€42.50"),
        ("{42.75 :currency currency=EUR roundingIncrement=250}", "de", "42,50\u{A0}€"),
        ("{42.75 :currency currency=EUR roundingIncrement=100}", "en", "€43.00"),
        ("{42.78 :currency currency=EUR roundingIncrement=5}", "en", "€42.80"),
        ("{1234 :currency currency=EUR roundingIncrement=5000}", "en", "€1,250.00"),
        ("{1234 :currency currency=EUR roundingIncrement=2000 fractionDigits=0}", "en", "€2,000"),
        ("{1234 :currency currency=JPY roundingIncrement=100}", "en", "¥1,200"),
        ("{2.37 :reply:unit unit=kilogram roundingIncrement=25 maximumFractionDigits=2}", "en", "2.25 kg"),
    ])
    func roundsToTheIncrement(message: String, locale: String, expected: String) throws {
        let result = try format(message, locale: locale)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.string == expected)
    }

    /// Every value the spec lists is accepted on every function the spec lists the option for.
    @Test(arguments: ["{7 :number roundingIncrement=$i}", "{7 :currency currency=EUR roundingIncrement=$i}"], allowed)
    func everyListedValueIsAccepted(message: String, increment: Int) throws {
        let result = try format(message, ["i": .number(.integer(Int64(increment)))])
        #expect(result.errors.isEmpty, "\(result.errors)")
        let literal = try format(message.replacingVariable(with: String(increment)))
        #expect(literal.errors.isEmpty, "\(literal.errors)")
    }

    @Test(arguments: ["3", "0", "4", "300", "10000", "-5", "2.5", "0250", "abc", "1.0e4"])
    func otherValuesAreBadOptionsListingTheAllowedOnes(value: String) throws {
        let result = try format("{42.75 :currency currency=EUR roundingIncrement=|\(value)|}")
        #expect(result.string == "€42.75")
        #expect(result.errors.map(\.kind) == [.badOption])
        #expect(
            result.errors.first?.detail
                == "roundingIncrement=\(value) is not valid; expected one of "
                + "1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000")
    }

    /// The spec does not list `roundingIncrement` for `:integer` or `:percent` (and `:percent`
    /// discards it from an operand), so those functions ignore it, like any option they do not have.
    @Test(arguments: [
        ("{1234 :integer roundingIncrement=250}", "1,234"),
        ("{0.1234 :percent roundingIncrement=5}", "12%"),
        ("{0.1234 :percent roundingIncrement=3}", "12%"),
    ])
    func functionsWithoutTheOptionIgnoreIt(message: String, expected: String) throws {
        let result = try format(message)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.string == expected)
    }
}

extension String {
    fileprivate func replacingVariable(with literal: String) -> String {
        split(separator: "$i", omittingEmptySubsequences: false).joined(separator: literal)
    }
}
