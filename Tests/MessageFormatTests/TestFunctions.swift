import Intl
import MessageFormat
import MessageFormatSyntax

/// The conformance suite's test-only functions `:test:function`, `:test:select` and
/// `:test:format` (test/README.md upstream), registered through the public registry API.
struct TestFunction: MessageFunction {
    let canFormat: Bool
    let canSelect: Bool

    static func register(in registry: inout FunctionRegistry) {
        registry.register("test:function", TestFunction(canFormat: true, canSelect: true))
        registry.register("test:select", TestFunction(canFormat: false, canSelect: true))
        registry.register("test:format", TestFunction(canFormat: true, canSelect: false))
    }

    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue {
        var input: Double
        var decimalPlaces = 0
        var failsFormat = false
        var failsSelect = false
        if let previous = call.operandValue as? TestValue {
            input = previous.input
            decimalPlaces = previous.decimalPlaces
            failsFormat = previous.failsFormat
            failsSelect = previous.failsSelect
        } else if call.operand?.number != nil, let text = call.operand?.text, let value = Double(text) {
            input = value
        } else {
            throw MessageError(.badOperand, "not a number")
        }
        if let option = call.options["decimalPlaces"] {
            switch option.operand.text {
            case "0": decimalPlaces = 0
            case "1": decimalPlaces = 1
            default: throw MessageError(.badOption, "decimalPlaces must be 0 or 1")
            }
        }
        if let option = call.options["fails"] {
            switch option.operand.text {
            case "always":
                failsFormat = true
                failsSelect = true
            case "format": failsFormat = true
            case "select": failsSelect = true
            case "never": break
            default: call.report(MessageError(.badOption, "fails must be never, select, format or always"))
            }
        }
        return TestValue(
            input: input, decimalPlaces: decimalPlaces, failsFormat: failsFormat, failsSelect: failsSelect,
            canFormat: canFormat, canSelect: canSelect)
    }
}

final class TestValue: MessageValue {
    let input: Double
    let decimalPlaces: Int
    let failsFormat: Bool
    let failsSelect: Bool
    let canFormat: Bool
    let canSelect: Bool

    init(input: Double, decimalPlaces: Int, failsFormat: Bool, failsSelect: Bool, canFormat: Bool, canSelect: Bool) {
        self.input = input
        self.decimalPlaces = decimalPlaces
        self.failsFormat = failsFormat
        self.failsSelect = failsSelect
        self.canFormat = canFormat
        self.canSelect = canSelect
    }

    var partType: String { "test" }
    var operand: OperandValue { .number(.double(input)) }
    var isSelectable: Bool { canSelect && !failsSelect }

    func formatToString() throws(MessageError) -> String {
        guard canFormat else { throw MessageError(.notFormattable, ":test:select cannot format") }
        guard !failsFormat else { throw MessageError(.badOption, "fails=format") }
        let magnitude = abs(input)
        var text = (input < 0 ? "-" : "") + String(Int(magnitude.rounded(.down)))
        if decimalPlaces == 1 {
            text += "." + String(Int(((magnitude - magnitude.rounded(.down)) * 10).rounded(.down)))
        }
        return text
    }

    func matches(_ key: String) throws(MessageError) -> Bool {
        guard input == 1 else { return false }
        return key == "1" || (decimalPlaces == 1 && key == "1.0")
    }

    func isBetterMatch(_ key1: String, than key2: String) -> Bool { key1 == "1.0" }
}
