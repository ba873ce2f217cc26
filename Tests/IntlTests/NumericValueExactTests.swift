import Intl
import Testing

@Suite struct NumericValueExactTests {
    @Test(arguments: [
        ("129.90", NumericValue.decimal("129.90")),
        ("-7", .integer(-7)),
        ("9223372036854775808", .decimal("9223372036854775808")),
        ("1e999999", .decimal("1e999999")),
        ("1E+999999", .decimal("1E+999999")),
        ("1e-999999", .decimal("1e-999999")),
        ("0.0e99999999999999999999", .decimal("0.0e99999999999999999999")),
        ("0.5e-999998", .decimal("0.5e-999998")),
    ])
    func numbersICUFormatsExactly(text: String, value: NumericValue) {
        #expect(NumericValue(exactly: text) == value)
    }

    /// ICU formats these as other numbers (1e1000000 and 1e2000000 both come out as 10…0 with
    /// 1,000,001 digits), or they are not numbers at all.
    @Test(arguments: [
        "1e1000000", "1e2000000", "-1e1000000", "10e999999", "1e-1000000", "0.01e-999998",
        "1e99999999999999999999", "1e-99999999999999999999", "1e", "1.e5", ".5", "1..2", "+1", "0x10", "", "-",
    ])
    func numbersICUCannotFormatExactly(text: String) {
        #expect(NumericValue(exactly: text) == nil)
    }
}
