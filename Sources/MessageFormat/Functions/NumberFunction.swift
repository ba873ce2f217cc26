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
            let digits: Set<String> = ["minimumFractionDigits", "maximumFractionDigits",
                                       "minimumSignificantDigits", "maximumSignificantDigits"]
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
                return rounding.union(["currency", "currencySign", "currencyDisplay", "useGrouping", "minimumIntegerDigits",
                                       "fractionDigits", "minimumSignificantDigits", "maximumSignificantDigits"])
            case .unit:
                return digits.union(rounding).union(["unit", "unitDisplay", "select", "signDisplay", "useGrouping",
                                                     "minimumIntegerDigits"])
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
        return try value(of: operand, operandKind: operandKind, options: options, selectable: selectable,
                         locale: call.locale, report: call.report)
    }

    /// The value of `operand` under this function with default options (for unannotated arguments).
    func value(of operand: OperandValue, locale: LocaleID) throws(MessageError) -> NumberValue {
        try value(of: operand, operandKind: nil, options: [:], selectable: true, locale: locale, report: { _ in })
    }

    private func value(
        of operand: OperandValue, operandKind: Kind?, options rawOptions: [String: String], selectable: Bool,
        locale: LocaleID,
        report: (MessageError) -> Void
    ) throws(MessageError) -> NumberValue {
        var options = rawOptions
        var currency: String?
        var unit: String?
        let number: NumericValue
        switch operand {
        case .money(let amount, let code):
            number = amount
            currency = code
        case .measure(let value, let unitName):
            number = value
            unit = unitName
        default:
            guard let value = operand.number else {
                throw MessageError(.badOperand, "\(Self.describe(operand)) is not a number")
            }
            number = value
        }
        guard var decimal = DecimalNumber(number) else {
            throw MessageError(.badOperand, "\(Self.describe(operand)) is not a finite number")
        }
        var format = NumberFormatOptions()
        var style = kind
        switch kind {
        case .offset:
            decimal = try Self.offset(decimal, options: &options)
            style = operandKind ?? .number
        case .integer:
            decimal = decimal.roundedToInteger()
        case .currency:
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
            guard code.utf8.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) else {
                throw MessageError(.badOption, "currency=\(code) is not a three-letter ISO 4217 code")
            }
            options["currency"] = code.uppercased()
        case .unit:
            if let name = options["unit"] { unit = name }
            guard let name = unit else {
                throw MessageError(.badOperand, ":reply:unit needs a unit: pass a measure, or write unit=kilogram")
            }
            options["unit"] = name
        case .number, .percent:
            break
        }
        Self.apply(&options, style: style, to: &format, report: report)
        let formatter: NumberFormatter
        do {
            formatter = try NumberFormatter.cached(locale: locale, options: format)
        } catch {
            throw MessageError(.badOption, error.message)
        }
        var selectMode: SelectMode? = selectable ? .plural : nil
        if selectable, let select = options["select"] {
            switch select {
            case "plural": selectMode = .plural
            case "ordinal": selectMode = .ordinal
            case "exact": selectMode = .exact
            default:
                report(OptionParsing.invalid("select", select, expected: "plural, ordinal or exact"))
                options.removeValue(forKey: "select")
            }
        }
        if style == .currency { selectMode = nil }
        return NumberValue(
            kind: style, decimal: decimal, options: options, formatter: formatter, locale: locale,
            selectMode: selectMode
        )
    }

    private static func offset(_ decimal: DecimalNumber, options: inout [String: String]) throws(MessageError) -> DecimalNumber {
        let add = options.removeValue(forKey: "add")
        let subtract = options.removeValue(forKey: "subtract")
        switch (add, subtract) {
        case (let text?, nil):
            guard let amount = OptionParsing.digitSize(text) else {
                throw OptionParsing.invalid("add", text, expected: "a whole number from 0 to 99")
            }
            return decimal.adding(amount)
        case (nil, let text?):
            guard let amount = OptionParsing.digitSize(text) else {
                throw OptionParsing.invalid("subtract", text, expected: "a whole number from 0 to 99")
            }
            return decimal.adding(-amount)
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
