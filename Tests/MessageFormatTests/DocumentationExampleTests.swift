import Intl
import MessageFormat
import MessageFormatSyntax
import Testing

/// The code of the MessageFormat DocC catalog (`Sources/MessageFormat/MessageFormat.docc`), as the
/// articles show it: each test is one sample, and its expectations are the results the article
/// prints in comments. Change both together.
@Suite struct DocumentationExampleTests {
    // GettingStarted.md: "Compile a message"
    @Test func compileAMessage() throws {
        let message = try MessageFormatter(
            """
            .input {$count :integer}
            .match $count
            one {{Your {$count} parcel is on its way.}}
            *   {{Your {$count} parcels are on their way.}}
            """,
            locale: LocaleID("en"))

        #expect(message.format(["count": 1]).string == "Your 1 parcel is on its way.")
        #expect(message.format(["count": 3]).string == "Your 3 parcels are on their way.")
    }

    // GettingStarted.md: "Compile a message" (the Polish plural)
    @Test(arguments: [(1, "1 paczka"), (3, "3 paczki"), (5, "5 paczek"), (22, "22 paczki")])
    func polishPlural(count: Int64, text: String) throws {
        let polish = try MessageFormatter(
            """
            .input {$count :integer}
            .match $count
            one {{{$count} paczka}}
            few {{{$count} paczki}}
            *   {{{$count} paczek}}
            """,
            locale: LocaleID("pl"))

        #expect(polish.format(["count": .number(.integer(count))]).string == text)
    }

    // GettingStarted.md: "Format with arguments"
    @Test func formatWithArguments() throws {
        let refund = try MessageFormatter(
            "Wir haben {$amount} für {$items} am {$date :date length=long} erstattet.",
            locale: LocaleID("de-AT"))

        let result = refund.format([
            "amount": .money(amount: .decimal("129.90"), currency: "EUR"),
            "items": ["eine Teekanne", "zwei Tassen"],
            "date": .dateTime(DateTimeValue(year: 2026, month: 11, day: 18, hasTime: false)),
        ])
        #expect(
            result.string
                == "Wir haben €\u{00A0}129,90 für \u{2068}eine Teekanne und zwei Tassen\u{2069} am 18. November 2026 erstattet.")
        #expect(result.errors.isEmpty)
    }

    // GettingStarted.md: "Format to parts"
    @Test func formatToParts() throws {
        let total = try MessageFormatter("Total: {$total}", locale: LocaleID("en"))
        let parts = total.formatToParts(["total": .money(amount: .decimal("1234.5"), currency: "USD")]).parts

        #expect(parts.count == 2)
        #expect(parts[0] == .text("Total: "))
        guard case .value(let value) = parts[1] else {
            Issue.record("expected a value part, got \(parts[1])")
            return
        }
        #expect(value.type == "number")
        #expect(value.value == "$1,234.50")
        #expect(value.locale == "en")
        #expect(value.fields?.map(\.type) == ["currency", "integer", "group", "integer", "decimal", "fraction"])
        #expect(value.fields?.map(\.value) == ["$", "1", ",", "234", ".", "50"])
    }

    // GettingStarted.md: "Add a function"
    @Test func customFunction() throws {
        var functions = FunctionRegistry.standard
        functions.register("acme:stars") { call throws(MessageError) in
            guard case .integer(let rating)? = call.operand?.number, (0...5).contains(rating) else {
                throw MessageError(.badOperand, "a rating is an integer from 0 to 5")
            }
            return StarsValue(rating: Int(rating))
        }
        let review = try MessageFormatter("You rated us {$rating :acme:stars}.", locale: LocaleID("en"), functions: functions)

        #expect(review.format(["rating": 4]).string == "You rated us ★★★★☆.")
        let wrong = review.format(["rating": 7])
        #expect(wrong.string == "You rated us \u{2068}{$rating}\u{2069}.")
        #expect(
            wrong.errors.map(\.description) == [
                "bad-operand: the operand is not valid for this function: a rating is an integer from 0 to 5"
            ])
    }

    // GettingStarted.md: "Handle errors" (building)
    @Test func buildErrors() throws {
        let source = "Hello {$name"
        let english = try LocaleID("en")
        do {
            _ = try MessageFormatter(source, locale: english)
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.errors.map(\.kind) == [.syntaxError])
            #expect(
                error.rendered(source: source, file: "greeting.mf2") == """
                    greeting.mf2:1:13: error: syntax error: expected a function (':name'), an attribute ('@name') or '}' to close the placeholder opened at 1:7, found end of message
                    Hello {$name
                                ^
                    """)
        }
    }

    // GettingStarted.md: "Handle errors" (formatting)
    @Test func formattingErrors() throws {
        let source = "Hello {$name}, order {$order} has shipped."
        let shipped = try MessageFormatter(source, locale: LocaleID("en"), bidiIsolation: .none)
        let result = shipped.format(["name": "Anna"])

        #expect(result.string == "Hello Anna, order {$order} has shipped.")
        #expect(result.errors.map(\.kind) == [.unresolvedVariable])
        #expect(result.errors[0].location(in: source) == SourceLocation(line: 1, column: 23))
    }

    // GettingStarted.md: "Handle errors" (bidi isolation)
    @Test func defaultBidiIsolation() throws {
        let greeting = try MessageFormatter("Hello {$name}!", locale: LocaleID("en"))

        #expect(greeting.format(["name": "Anna"]).string == "Hello \u{2068}Anna\u{2069}!")
    }
}

/// GettingStarted.md's custom value: a rating of 0…5 shown as stars.
final class StarsValue: MessageValue {
    let rating: Int
    init(rating: Int) { self.rating = rating }

    var partType: String { "acme:stars" }
    var operand: OperandValue { .number(.integer(Int64(rating))) }
    var direction: TextDirection? { .leftToRight }

    func formatToString() throws(MessageError) -> String {
        String(repeating: "★", count: rating) + String(repeating: "☆", count: 5 - rating)
    }
}
