import Intl
import MessageFormat
import MessageFormatSyntax
import Testing

/// Plural selection uses ICU's CLDR rules on the number as formatted, exact keys first.
@Suite struct SelectionTests {
    static let items = """
        .input {$n :number}
        .match $n
        0 {{none}}
        zero {{zero}}
        one {{one}}
        two {{two}}
        few {{few}}
        many {{many}}
        * {{other}}
        """

    @Test(
        arguments: [
            ("en", 1, "one"), ("en", 2, "other"), ("en", 0, "none"),
            ("pl", 1, "one"), ("pl", 2, "few"), ("pl", 5, "many"), ("pl", 22, "few"), ("pl", 25, "many"),
            ("ar", 1, "one"), ("ar", 2, "two"), ("ar", 3, "few"), ("ar", 11, "many"), ("ar", 100, "other"),
            ("ja", 1, "other"), ("fr", 0, "none"), ("fr", 1, "one"), ("fr", 1_000_000, "many"),
            ("de", 1, "one"), ("de", 7, "other"),
        ] as [(String, Int64, String)])
    func cardinalCategories(locale: String, count: Int64, expected: String) throws {
        #expect(try format(Self.items, locale: locale, ["n": .number(.integer(count))]).string == expected)
    }

    @Test func categoryFollowsFormattedDigits() throws {
        let message = ".input {$n :number minimumFractionDigits=1} .match $n one {{one}} * {{other}}"
        // English "1.0" is other, not one.
        #expect(try format(message, ["n": 1]).string == "other")
        #expect(try format(".input {$n :number} .match $n one {{one}} * {{other}}", ["n": 1]).string == "one")
        // Polish fractions are "other".
        #expect(
            try format(
                ".input {$n :number} .match $n one {{one}} few {{few}} many {{many}} * {{other}}",
                locale: "pl", ["n": 1.5]
            ).string == "other")
    }

    @Test(
        arguments: [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (21, "21st"), (112, "112th")]
            as [(Int64, String)])
    func ordinals(count: Int64, expected: String) throws {
        let message = """
            .input {$n :integer select=ordinal}
            .match $n
            one {{{$n}st}} two {{{$n}nd}} few {{{$n}rd}} * {{{$n}th}}
            """
        #expect(try format(message, ["n": .number(.integer(count))]).string == expected)
    }

    @Test func multipleSelectorsPreferExactKeysPerPosition() throws {
        let message = """
            .input {$a :integer} .input {$b :integer}
            .match $a $b
            1 1 {{1,1}} 1 * {{1,*}} one * {{one,*}} * 1 {{*,1}} * * {{*,*}}
            """
        #expect(try format(message, ["a": 1, "b": 1]).string == "1,1")
        #expect(try format(message, ["a": 1, "b": 2]).string == "1,*")
        #expect(try format(message, ["a": 2, "b": 1]).string == "*,1")
        #expect(try format(message, ["a": 3, "b": 3]).string == "*,*")
    }

    @Test func listsSelectOnTheirCount() throws {
        let message = ".input {$items :reply:list} .match $items 0 {{nothing}} one {{only {$items}}} * {{{$items}}}"
        #expect(try format(message, ["items": []]).string == "nothing")
        #expect(try format(message, ["items": ["a mug"]]).string == "only a mug")
        #expect(try format(message, ["items": ["a mug", "a plate"]]).string == "a mug and a plate")
    }

    @Test func badKeyIsReportedOnce() throws {
        let result = try format(".input {$n :number} .match $n horse {{h}} * {{other}}", ["n": 1])
        #expect(result.string == "other")
        #expect(result.errors.map(\.kind) == [.badVariantKey])
    }
}
