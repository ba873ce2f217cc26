import Intl
import MessageFormat
import Testing

/// The formatting call's own storage: declaration slots inline in the call and past them in an
/// array, arguments looked up more often than the message has expressions, and a number
/// declaration shared by its selector and placeholders.
@Suite struct ScopeStorageTests {
    @Test(arguments: [1, 8, 9, 30])
    func declarationsPastTheInlineSlotsKeepTheirValues(count: Int) throws {
        var source = ""
        for index in 0..<count { source += ".local $d\(index) = {\(index * 1000) :number}\n" }
        source += "{{" + (0..<count).map { "{$d\($0)}" }.joined(separator: " ") + "}}"
        let formatter = try MessageFormatter(source, locale: LocaleID("de"), bidiIsolation: .none)
        let result = formatter.format()
        let expected = ["0", "1.000", "2.000", "3.000", "4.000", "5.000", "6.000", "7.000", "8.000", "9.000"]
        #expect(result.string.split(separator: " ").prefix(10).map(String.init) == Array(expected.prefix(count)))
        #expect(result.errors.isEmpty)
    }

    @Test func aMessageLookingUpMoreArgumentsThanItHasExpressions() throws {
        // Three lookups per expression.
        let placeholder = "{$x :number minimumFractionDigits=$digits maximumFractionDigits=$digits}"
        let formatter = try MessageFormatter(
            [String](repeating: placeholder, count: 3).joined(separator: " "), locale: LocaleID("de"), bidiIsolation: .none)
        let result = formatter.format(["x": 1234.5, "digits": 2])
        #expect(result.string == "1.234,50 1.234,50 1.234,50")
        #expect(result.errors.isEmpty)
    }

    @Test func aSelectedNumberFormatsTheSameInEveryPlaceholder() throws {
        let formatter = try MessageFormatter(
            ".input {$n :number minimumFractionDigits=1} .match $n one {{{$n} = {$n} one}} * {{{$n} = {$n} other}}",
            locale: LocaleID("pl"), bidiIsolation: .none)
        #expect(formatter.format(["n": 1]).string == "1,0 = 1,0 other")
        #expect(formatter.format(["n": 2]).string == "2,0 = 2,0 other")
    }
}
