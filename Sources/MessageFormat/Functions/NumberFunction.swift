import Intl
import MessageFormatSyntax

/// `:number`, `:integer`, `:percent`, `:offset`, `:currency` and `:reply:unit`: numbers
/// formatted and selected through ICU.
struct NumberFunction: MessageFunction {
    enum Kind: String, CaseIterable {
        case number, integer, percent, offset, currency
        case unit = "reply:unit"

        /// The options this function reads; any other option is ignored, as the spec allows.
        var options: Set<String> {
            let digits: Set<String> = [
                "minimumFractionDigits", "maximumFractionDigits",
                "minimumSignificantDigits", "maximumSignificantDigits",
            ]
            let rounding: Set<String> = ["roundingPriority", "roundingIncrement", "roundingMode", "trailingZeroDisplay"]
            switch self {
            case .number:
                return digits.union(rounding).union(["select", "signDisplay", "useGrouping", "minimumIntegerDigits"])
            case .integer:
                return ["select", "signDisplay", "useGrouping", "minimumIntegerDigits", "maximumSignificantDigits"]
            case .percent:
                return digits.union(rounding).union(["signDisplay", "useGrouping"]).subtracting(["roundingIncrement"])
            case .offset:
                return ["add", "subtract"]
            case .currency:
                return rounding.union([
                    "currency", "currencySign", "currencyDisplay", "useGrouping", "minimumIntegerDigits",
                    "fractionDigits", "minimumSignificantDigits", "maximumSignificantDigits",
                ])
            case .unit:
                return digits.union(rounding).union([
                    "unit", "unitDisplay", "select", "signDisplay", "useGrouping",
                    "minimumIntegerDigits",
                ])
            }
        }

        /// Options of an operand's value that this function drops instead of inheriting.
        var discardedFromOperand: Set<String> {
            switch self {
            case .integer: ["minimumFractionDigits", "maximumFractionDigits", "minimumSignificantDigits"]
            case .percent: ["minimumIntegerDigits", "roundingIncrement", "select"]
            default: []
            }
        }
    }

    let kind: Kind

    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue {
        guard let operand = call.operand else {
            throw MessageError(.badOperand, ":\(call.name) needs a numeric operand")
        }
        let inherited = (call.operandValue as? NumberValue)?.options ?? [:]
        var options: [String: String] = [:]
        for (name, value) in inherited where !kind.discardedFromOperand.contains(name) {
            options[name] = value
        }
        var selectable = true
        if inherited["select"] != nil && call.options["select"] == nil && kind != .percent {
            call.report(MessageError(.badOption, "select cannot come from the operand; write it on this expression"))
            selectable = false
        }
        for (name, option) in call.options.values where kind.options.contains(name) {
            guard let text = option.operand.text else {
                call.report(MessageError(.badOption, "\(name) must be text or a number"))
                continue
            }
            if name == "select" && !option.isLiteral {
                call.report(MessageError(.badOption, "select must be a literal, not a variable"))
                selectable = false
                options.removeValue(forKey: name)
                continue
            }
            options[name] = text
        }
        let operandKind = (call.operandValue as? NumberValue)?.kind
        return try value(
            of: operand, operandKind: operandKind, options: options, selectable: selectable,
            context: call.context, report: call.report)
    }

    /// The value of `operand` under this function with default options (for unannotated arguments).
    func value(of operand: OperandValue, context: LocaleContext) throws(MessageError) -> NumberValue {
        try value(of: operand, operandKind: nil, options: [:], selectable: true, context: context, report: { _ in })
    }

    /// The number an operand holds, and the currency or unit that comes with it.
    struct Input {
        var number: NumericValue
        var currency: String?
        var unit: String?
    }

    static func input(_ operand: OperandValue) throws(MessageError) -> Input {
        switch operand {
        case .money(let amount, let code):
            return Input(number: try finite(amount, operand), currency: code)
        case .measure(let value, let unit):
            return Input(number: try finite(value, operand), unit: unit)
        default:
            guard let value = operand.number else {
                throw MessageError(.badOperand, "\(describe(operand)) is not a number")
            }
            return Input(number: try finite(value, operand))
        }
    }

    /// `value`, with an exponent spelled out; throws for infinities and NaN, and for a decimal
    /// ICU would format as another number (beyond 10^±999,999).
    static func finite(_ value: NumericValue, _ operand: @autoclosure () -> OperandValue) throws(MessageError) -> NumericValue {
        switch value {
        case .double(let double) where !double.isFinite:
            throw MessageError(.badOperand, "\(describe(operand())) is not a finite number")
        case .decimal(let text) where NumericValue(exactly: text) == nil:
            throw MessageError(
                .badOperand,
                "\(describe(operand())) is not a number ICU can format exactly (below 10^\(NumericValue.maximumMagnitude + 1) in magnitude)"
            )
        case .decimal(let text) where text.utf8.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }):
            guard let decimal = DecimalNumber(numberLiteral: text) else {
                throw MessageError(.badOperand, "\(describe(operand())) is not a number")
            }
            return decimal.numericValue
        default:
            return value
        }
    }

    /// Options and formatter settings, worked out from options alone.
    struct Configuration: Sendable {
        var options: [String: String]
        var format = NumberFormatOptions()
        var selectMode: SelectMode?
    }

    /// Reads `options` for a value formatted as `style`; invalid options are reported and dropped.
    static func configure(
        _ options: [String: String], style: Kind, selectable: Bool, report: (MessageError) -> Void
    ) -> Configuration {
        var configuration = Configuration(options: options)
        apply(&configuration.options, style: style, to: &configuration.format, report: report)
        guard selectable, style != .currency else { return configuration }
        configuration.selectMode = .plural
        if let select = configuration.options["select"] {
            switch select {
            case "plural": configuration.selectMode = .plural
            case "ordinal": configuration.selectMode = .ordinal
            case "exact": configuration.selectMode = .exact
            default:
                report(OptionParsing.invalid("select", select, expected: "plural, ordinal or exact"))
                configuration.options.removeValue(forKey: "select")
            }
        }
        return configuration
    }

    /// Checks a currency code and returns it upper-cased.
    static func currencyCode(_ code: String) throws(MessageError) -> String {
        guard code.utf8.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) })
        else {
            throw MessageError(.badOption, "currency=\(code) is not a three-letter ISO 4217 code")
        }
        return code.uppercased()
    }

    static func formatter(_ locale: LocaleID, _ format: NumberFormatOptions) throws(MessageError) -> NumberFormatter {
        do {
            return try NumberFormatter.cached(locale: locale, options: format)
        } catch {
            throw MessageError(.badOption, error.message)
        }
    }

    private func value(
        of operand: OperandValue, operandKind: Kind?, options rawOptions: [String: String], selectable: Bool,
        context: LocaleContext, report: (MessageError) -> Void
    ) throws(MessageError) -> NumberValue {
        var options = rawOptions
        let input = try Self.input(operand)
        var number = input.number
        var style = kind
        switch kind {
        case .offset:
            number = try Self.offset(number, options: &options)
            style = operandKind ?? .number
        case .integer:
            number = number.roundedToInteger
        case .currency:
            var currency = input.currency
            if let code = options["currency"] {
                if let own = currency, own.uppercased() != code.uppercased() {
                    report(MessageError(.badOption, "currency=\(code) cannot override the operand's currency \(own)"))
                } else {
                    currency = code
                }
            }
            guard let code = currency else {
                throw MessageError(.badOperand, ":currency needs a currency: pass money, or write currency=EUR")
            }
            options["currency"] = try Self.currencyCode(code)
        case .unit:
            guard let unit = options["unit"] ?? input.unit else {
                throw MessageError(.badOperand, ":reply:unit needs a unit: pass a measure, or write unit=kilogram")
            }
            options["unit"] = unit
        case .number, .percent:
            break
        }
        let configuration = Self.configure(options, style: style, selectable: selectable, report: report)
        return NumberValue(
            kind: style, number: number, options: configuration.options,
            formatter: try Self.formatter(context.locale, configuration.format), context: context,
            selectMode: configuration.selectMode
        )
    }

    private static func offset(_ number: NumericValue, options: inout [String: String]) throws(MessageError) -> NumericValue {
        guard let decimal = DecimalNumber(number) else { throw MessageError(.badOperand, "not a finite number") }
        let add = options.removeValue(forKey: "add")
        let subtract = options.removeValue(forKey: "subtract")
        switch (add, subtract) {
        case (let text?, nil):
            guard let amount = OptionParsing.digitSize(text) else {
                throw OptionParsing.invalid("add", text, expected: "a whole number from 0 to 99")
            }
            return decimal.adding(amount).numericValue
        case (nil, let text?):
            guard let amount = OptionParsing.digitSize(text) else {
                throw OptionParsing.invalid("subtract", text, expected: "a whole number from 0 to 99")
            }
            return decimal.adding(-amount).numericValue
        default:
            throw MessageError(.badOption, ":offset needs exactly one of add= or subtract=")
        }
    }

    static func describe(_ operand: OperandValue) -> String {
        switch operand {
        case .fallback(let source): "{\(source)}"
        case .string(let text): "|\(text)|"
        case .list: "a list"
        case .dateTime(let date): date.description
        default: operand.text ?? "the operand"
        }
    }
}

/// How a number selects among variant keys.
enum SelectMode {
    case plural, ordinal, exact
}
