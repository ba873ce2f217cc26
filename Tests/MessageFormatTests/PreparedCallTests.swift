import Intl
import MessageFormat
import MessageFormatSyntax
import Synchronization
import Testing

/// A custom function gets the prepared path the built-ins use: `prepare(_:)` once per
/// expression with literal options, then the prepared call on every format, and `call(_:)` only
/// for what the prepared call leaves to it.
@Suite struct PreparedCallTests {
    /// `:acme:stars`: `★` repeated; with literal options its glyph is read once.
    /// How often the function was prepared and called, shared by the copies of the function.
    final class Counts: Sendable {
        let preparations = Mutex(0)
        let dynamicCalls = Mutex(0)
    }

    struct Stars: MessageFunction {
        let counts = Counts()

        func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue {
            counts.dynamicCalls.withLock { $0 += 1 }
            let glyph = call.options["glyph"]?.operand.text ?? "*"
            return TextValue(text: String(repeating: glyph, count: Int(call.operand?.text ?? "") ?? 0))
        }

        func prepare(_ preparation: FunctionPreparation) -> (any PreparedCall)? {
            counts.preparations.withLock { $0 += 1 }
            return PreparedStars(glyph: preparation.options["glyph"]?.operand.text ?? "*")
        }
    }

    struct PreparedStars: PreparedCall {
        let glyph: String

        func call(_ operand: PreparedOperand) throws(MessageError) -> PreparedValue? {
            guard case .number(.integer(let count))? = operand.value else { return nil }
            guard count >= 0 else { throw MessageError(.badOperand, "a negative number of stars") }
            return PreparedValue(TextValue(text: String(repeating: glyph, count: Int(count))))
        }
    }

    final class TextValue: MessageValue {
        let text: String
        init(text: String) { self.text = text }
        var partType: String { "stars" }
        var operand: OperandValue { .string(text) }
        func formatToString() throws(MessageError) -> String { text }
    }

    @Test func literalOptionsArePreparedOnceAndUsedOnEveryFormat() throws {
        let stars = Stars()
        var functions = FunctionRegistry.standard
        functions.register("acme:stars", stars)
        let formatter = try MessageFormatter(
            "{$n :acme:stars glyph=★} / {$n :acme:stars glyph=$g}", locale: LocaleID("en"), functions: functions,
            bidiIsolation: .none)
        #expect(formatter.format(["n": 3, "g": "+"]).string == "★★★ / +++")
        #expect(formatter.format(["n": 1, "g": "+"]).string == "★ / +")
        // The first expression was prepared; the second, with a variable option, was not.
        #expect(stars.counts.preparations.withLock { $0 } == 1)
        #expect(stars.counts.dynamicCalls.withLock { $0 } == 2)
    }

    @Test func aPreparedCallLeavesWhatItDoesNotCoverToTheFunction() throws {
        let stars = Stars()
        var functions = FunctionRegistry()
        functions.register("acme:stars", stars)
        let formatter = try MessageFormatter(
            "{$n :acme:stars glyph=★}", locale: LocaleID("en"), functions: functions, bidiIsolation: .none)
        #expect(formatter.format(["n": "2"]).string == "★★")
        #expect(stars.counts.dynamicCalls.withLock { $0 } == 1)
        let failed = formatter.format(["n": -1])
        #expect(failed.string == "{$n}")
        #expect(failed.errors.map(\.kind) == [.badOperand])
    }
}
