import ExactJSON
import Testing

@Suite struct JSONTests {
    @Test func keepsNumbersAsWritten() throws {
        let json = try JSON.parse(#"{"amount": 129.90, "big": 12345678901234567890, "e": -1.5E3}"#)
        #expect(json["amount"] == .number("129.90"))
        #expect(json["big"] == .number("12345678901234567890"))
        #expect(json["e"] == .number("-1.5E3"))
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9),
        ("{\n  \"a\": tru\n}", 2, 8),
        (#"["x" "y"]"#, 1, 6),
        (#"{"a": 01}"#, 1, 7),
        (#""abc"#, 1, 5),
    ])
    func reportsPositions(text: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSON.parse(text) }
        do {
            _ = try JSON.parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func roundTripsStringsWithEscapes() throws {
        let text = #"{"s":"a\"b\\c\n\u00e9\ud83d\ude00","l":[true,false,null]}"#
        let json = try JSON.parse(text)
        #expect(json["s"] == .string("a\"b\\c\né😀"))
        #expect(try JSON.parse(json.serialized) == json)
    }
}
