import Intl
import MessageFormat
import Testing

/// Numbers ICU would format as other numbers (it keeps at most 999,999 places either side of the
/// point: 1e1000000 and 1e2000000 both came out as 1 and a million zeros) are bad operands.
@Suite struct NumberRangeTests {
    @Test(arguments: [
        ("{$x :number}", MessageArgument.number(.decimal("1e1000000"))),
        ("{$x :integer}", .number(.decimal("-1e2000000"))),
        ("{$x :number}", .number(.decimal("1e-1000000"))),
        ("{$x :currency}", .money(amount: .decimal("1e1000000"), currency: "EUR")),
        ("{$x :number}", .string("1e1000000")),
        ("{$x :number}", .number(.decimal("12abc"))),
    ])
    func numbersICUCannotFormatExactlyAreBadOperands(source: String, value: MessageArgument) throws {
        let formatter = try MessageFormatter(source, locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format(["x": value])
        #expect(result.string == "{$x}")
        #expect(result.errors.map(\.kind) == [.badOperand])
    }

    @Test func literalsBeyondTheRangeAreBadOperandsToo() throws {
        let formatter = try MessageFormatter("{1e1000000 :number}", locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format()
        #expect(result.string == "{|1e1000000|}")
        #expect(result.errors.map(\.kind) == [.badOperand])
    }

    @Test func theLargestExactNumbersStillFormat() throws {
        let formatter = try MessageFormatter("{$x :number}", locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format(["x": .number(.decimal("1e999999"))])
        #expect(result.errors.isEmpty)
        #expect(result.string.hasPrefix("1,000,000,"))
        #expect(result.string.utf8.count == 1_333_333)
    }
}
