import CatalogFiles
import Testing

/// Bounds on number, integer and money inputs: `refund: money > 0`, `delay.days: integer 1...`.
@Suite struct InputBoundsTests {
    /// A template whose only input is `n`, declared as `written` (on line 6, its type at column 6).
    static func template(declaring written: String) -> String {
        "---\nkind: apology\nchannels: [email]\nsummary: Test.\ninputs:\n  n: \(written)\n---\n[a]\n{$n}\n"
    }

    @Test(arguments: [
        ("money >= 0", InputType.money, false, ">= 0"),
        ("money > 0", .money, false, "> 0"),
        ("money? > 0", .money, true, "> 0"),
        ("integer 1...", .integer, false, "1..."),
        ("integer 1...5", .integer, false, "1...5"),
        ("integer? 1 ... 5", .integer, true, "1...5"),
        ("integer>=1", .integer, false, ">= 1"),
        ("number ...100", .number, false, "...100"),
        ("number -0.5...0.5", .number, false, "-0.5...0.5"),
        ("number < 2.5", .number, false, "< 2.5"),
        ("number <= 2.50", .number, false, "<= 2.50"),
        ("integer 3...3", .integer, false, "3...3"),
    ])
    func declaresBounds(written: String, type: InputType, optional: Bool, bounds: String) throws {
        let (template, problems) = TemplateFile.parse(Self.template(declaring: written), file: "t.reply", id: "t")
        #expect(problems.map(\.summary) == [])
        let input = try #require(template?.inputs.first)
        #expect(input.type == type)
        #expect(input.isOptional == optional)
        #expect(input.bounds?.description == bounds)
        #expect(input.declaredType == "\(type) \(bounds)")
    }

    @Test func unboundedInputsHaveNone() throws {
        let (template, problems) = TemplateFile.parse(Self.template(declaring: "money?"), file: "t.reply", id: "t")
        #expect(problems.isEmpty)
        let input = try #require(template?.inputs.first)
        #expect(input.bounds == nil)
        #expect(input.isOptional)
        #expect(input.declaredType == "money")
    }

    @Test(arguments: [
        ("integer 1..5", 15, "write a range with three dots, such as 'n: integer 1...5' (both ends included)"),
        ("integer 1..<5", 15, "write a range with three dots, such as 'n: integer 1...5' (both ends included)"),
        ("money >= abc", 15, "'abc' is not a decimal number; write digits with an optional '-' and '.', such as '0' or '12.50'"),
        ("money > 1e3", 14, "'1e3' is not a decimal number; write digits with an optional '-' and '.', such as '0' or '12.50'"),
        ("money > .5", 14, "'.5' is not a decimal number; write digits with an optional '-' and '.', such as '0' or '12.50'"),
        ("money > 0,5", 14, "'0,5' is not a decimal number; write digits with an optional '-' and '.', such as '0' or '12.50'"),
        ("money >=", 12, "'>=' needs a decimal number after it, such as 'n: money >= 0'"),
        ("integer ...", 14, "a range needs a number on at least one side, such as 'n: integer 1...' or 'n: integer 1...5'"),
        (
            "integer 5", 14,
            "'5' alone is not a bound; write a comparison such as 'n: integer >= 5' or a range such as 'n: integer 5...'"
        ),
        ("integer 5...1", 14, "the range 5...1 is empty; write the smaller number first, as in 'n: integer 1...5'"),
        ("money > 0?", 15, "the '?' of an optional input goes right after its type: write 'n: money? > 0'"),
        ("integer >= 0.5", 17, "'0.5' is not a whole number; the bounds of an integer input are whole numbers, such as '1'"),
        ("money => 0", 12, "write '>=' for 'at least', as in 'n: money >= 0'"),
        ("money =< 5", 12, "write '<=' for 'at most', as in 'n: money <= 5'"),
        ("integer = 5", 14, "write a range such as 'n: integer 5...5' for exactly one value"),
        ("money > 0 < 10", 16, "unexpected '< 10' after the bound; write one comparison, or a range such as 'n: money 1...5'"),
        (
            "date > 0", 11,
            "unexpected '> 0' after the type date of n; only number, integer and money inputs take bounds, such as '>= 0'"
        ),
        (
            "string foo", 13,
            "unexpected 'foo' after the type string of n; only number, integer and money inputs take bounds, such as '>= 0'"
        ),
        ("integer foo", 14, "'foo' is not a bound; write one such as '>= 0', '> 0', '<= 100', '1...' or '1...5' after the type"),
    ])
    func malformedBoundIsACatalogError(written: String, column: Int, message: String) {
        let problems = TemplateFile.parse(Self.template(declaring: written), file: "t.reply", id: "t").1
        #expect(problems.map(\.summary) == ["bad-input-declaration t.reply:6:\(column): \(message)"])
    }

    /// Compared exactly as decimals: these values would pass or fail wrongly through Double.
    @Test(arguments: [
        ("> 0", "0.00", false),
        ("> 0", "0.01", true),
        ("> 0", "-0", false),
        ("> 0", "0.0000000000000000000000001", true),
        (">= 0", "-0.0", true),
        (">= 0", "0e5", true),
        (">= 0", "-0.0000000000000000000000001", false),
        ("<= 100000000000000000000", "100000000000000000001", false),
        ("<= 100000000000000000000", "1E20", true),
        ("<= 0.3", "0.30000000000000001", false),
        ("< 0.3", "0.29999999999999999", true),
        ("1...5", "5", true),
        ("1...5", "5.000", true),
        ("1...5", "5.0000001", false),
        ("1...5", "0.9999999999999999999", false),
        ("1...", "1e0", true),
        ("1...", "10e-1", true),
        ("1...", "1e-400", false),
        ("...5", "-1e400", true),
        ("...5", "1e400", false),
        ("> -1.5", "-1.49", true),
        ("> -1.5", "-1.5", false),
        ("> -1.5", "-1.50", false),
        ("< -1.5", "-2", true),
        ("< -1.5", "-1.4", false),
        ("-0.5...0.5", "0", true),
        ("007...", "7", true),
    ])
    func comparesExactly(bounds: String, value: String, admitted: Bool) throws {
        let parsed = try #require(InputBounds(bounds))
        #expect(parsed.admits(value) == admitted)
    }

    @Test(arguments: ["abc", "", "1.", ".5", "--1", "1e", "0x10", "inf", "nan"])
    func aValueThatIsNotANumberIsNeitherInNorOut(value: String) throws {
        #expect(try #require(InputBounds(">= 0")).admits(value) == nil)
    }

    @Test(arguments: [">= 0", "> 0", "< 2.5", "<= 100", "1...", "1...5", "...5", "-3...-1"])
    func boundsRoundTrip(written: String) throws {
        #expect(InputBounds(written)?.description == written)
    }

    @Test(arguments: ["", "5", "5...1", "> x", "1..5", "> 0?", "=> 0"])
    func malformedBoundsAreNil(written: String) {
        #expect(InputBounds(written) == nil)
    }
}
