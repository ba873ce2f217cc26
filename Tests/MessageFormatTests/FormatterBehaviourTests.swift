import Intl
import MessageFormat
import MessageFormatSyntax
import Testing

/// What the library promises beyond the conformance suite: errors with positions, parts,
/// bidi isolation, the open registry, threads, and large input.
@Suite struct FormatterBehaviourTests {
    @Test func buildErrorsCarryPositions() throws {
        let source = "Hello {$name\n  and {$other :number}"
        #expect {
            try MessageFormatter(source, locale: LocaleID("en"))
        } throws: { error in
            guard let errors = error as? MessageErrors, let first = errors.errors.first else { return false }
            // Whitespace may continue a placeholder, so the error is at "and".
            return first.kind == .syntaxError && first.location(in: source) == SourceLocation(line: 2, column: 3)
        }
    }

    @Test func allDataModelErrorsAtOnce() throws {
        let source = ".input {$a :number} .local $a = {1} .match $a one {{x}}"
        let english = try LocaleID("en")
        do {
            _ = try MessageFormatter(source, locale: english)
            Issue.record("expected data-model errors")
        } catch {
            #expect(
                Set(error.errors.map(\.kind)) == [.duplicateDeclaration, .missingSelectorAnnotation, .missingFallbackVariant])
        }
    }

    @Test func formattingErrorsPointAtTheirExpression() throws {
        let source = "Total: {$amount :number} for {$who}"
        let formatter = try MessageFormatter(source, locale: LocaleID("en"))
        let result = formatter.format(["amount": "lots"])
        #expect(result.string == "Total: \u{2068}{$amount}\u{2069} for \u{2068}{$who}\u{2069}")
        #expect(result.errors.map(\.kind) == [.badOperand, .unresolvedVariable])
        #expect(
            result.errors.map { $0.location(in: source) } == [
                SourceLocation(line: 1, column: 8), SourceLocation(line: 1, column: 31),
            ])
    }

    @Test func aValueFailingToFormatLeavesOnlyItsIsolatedFallback() throws {
        var functions = FunctionRegistry.standard
        TestFunction.register(in: &functions)
        let formatter = try MessageFormatter(
            "a {1 :test:format fails=format} b {2 :test:format}", locale: LocaleID("en"), functions: functions)
        let result = formatter.format()
        #expect(result.string == "a \u{2068}{|1|}\u{2069} b \u{2068}2\u{2069}")
        #expect(result.errors.map(\.kind) == [.badOption])
    }

    @Test func partsCarryNumberFields() throws {
        let formatter = try MessageFormatter("Pay {$x :currency} now{#b}!{/b}", locale: LocaleID("de"), bidiIsolation: .none)
        let parts = formatter.formatToParts(["x": .money(amount: .decimal("1234.5"), currency: "EUR")]).parts
        #expect(parts.count == 6)
        #expect(parts[0] == .text("Pay "))
        guard case .value(let value) = parts[1] else {
            Issue.record("expected a value")
            return
        }
        #expect(value.type == "number")
        #expect(value.value == "1.234,50\u{A0}€")
        #expect(value.fields?.map(\.type) == ["integer", "group", "integer", "decimal", "fraction", "literal", "currency"])
        #expect(
            parts[2...] == [
                .text(" now"), .markup(.open, name: "b", id: nil, options: [:]), .text("!"),
                .markup(.close, name: "b", id: nil, options: [:]),
            ])
    }

    /// The default strategy isolates values whose direction differs from the message's.
    @Test func defaultBidiIsolation() throws {
        let english = try MessageFormatter("Dear {$name}, {$n :number}", locale: LocaleID("en"))
        #expect(english.format(["name": "مريم", "n": 3]).string == "Dear \u{2068}مريم\u{2069}, 3")
        let arabic = try MessageFormatter("عزيزي {$name}، {$n :number}", locale: LocaleID("ar"))
        #expect(arabic.format(["name": "Anna", "n": 3]).string == "عزيزي \u{2068}Anna\u{2069}، \u{2067}٣\u{2069}")
        let plain = try MessageFormatter("Dear {$name}", locale: LocaleID("en"), bidiIsolation: .none)
        #expect(plain.format(["name": "مريم"]).string == "Dear مريم")
    }

    /// Argument text is data, never syntax.
    @Test func argumentsAreNeverParsed() throws {
        let result = try format("Hi {$name}", ["name": "{$x} <script>\\{"])
        #expect(result.string == "Hi {$x} <script>\\{")
        #expect(result.errors.isEmpty)
    }

    @Test func customFunctionsRegister() throws {
        final class Stars: MessageValue {
            let count: Int
            init(count: Int) { self.count = count }
            var partType: String { "stars" }
            var operand: OperandValue { .number(.integer(Int64(count))) }
            func formatToString() throws(MessageError) -> String { String(repeating: "★", count: count) }
        }
        var functions = FunctionRegistry.standard
        functions.register("acme:stars") { call throws(MessageError) in
            guard let text = call.operand?.text, let count = Int(text), (0...5).contains(count) else {
                throw MessageError(.badOperand, "stars need 0 to 5")
            }
            return Stars(count: count)
        }
        let formatter = try MessageFormatter("Rated {$r :acme:stars}", locale: LocaleID("en"), functions: functions)
        #expect(formatter.format(["r": 4]).string == "Rated \u{2068}★★★★\u{2069}")
        let failed = formatter.format(["r": 9])
        #expect(failed.string == "Rated \u{2068}{$r}\u{2069}")
        #expect(failed.errors.map(\.kind) == [.badOperand])
        #expect(FunctionRegistry.standard["acme:stars"] == nil)
    }

    @Test func concurrentFormattingIsConsistent() async throws {
        let formatter = try MessageFormatter(
            ".input {$n :integer} .match $n one {{{$n} Paket am {$d :date length=long}}} * {{{$n} Pakete für {$p :currency}}}",
            locale: LocaleID("de"), bidiIsolation: .none
        )
        let date = try #require(DateTimeValue(iso8601: "2026-11-22"))
        let results = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<500).allSatisfy { index in
                        let n = Int64((task * 500 + index) % 3)
                        let output = formatter.format([
                            "n": .number(.integer(n)), "d": .dateTime(date),
                            "p": .money(amount: .decimal("\(index).50"), currency: "EUR"),
                        ]).string
                        return n == 1 ? output == "1 Paket am 22. November 2026" : output == "\(n) Pakete für \(index),50\u{A0}€"
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }

    @Test func largeMessagesFinish() throws {
        let placeholders = String(repeating: "{$x} ", count: 10_000)
        let result = try format(placeholders, ["x": 1])
        #expect(result.string.count == 20_000)
        let text = String(repeating: "a", count: 1_000_000)
        #expect(try format(text).string.utf8.count == 1_000_000)
    }
}
