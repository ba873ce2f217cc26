import Intl
import MessageFormatSyntax

extension NumberFunction {
    /// Reads literal options and builds the formatter once; nil when an option is invalid (the
    /// dynamic path reports it on every format) or for `:offset`, whose options are arithmetic.
    func prepare(_ preparation: FunctionPreparation) -> (any PreparedCall)? {
        guard kind != .offset else { return nil }
        let (options, context) = (preparation.options, preparation.context)
        var own: [String: String] = [:]
        for (name, option) in options.values where kind.options.contains(name) {
            guard let text = option.operand.text else { return nil }
            own[name] = text
        }
        if kind == .currency, let code = own["currency"] {
            guard let valid = try? Self.currencyCode(code) else { return nil }
            own["currency"] = valid
        }
        var valid = true
        let configuration = Self.configure(own, style: kind, selectable: true, report: { _ in valid = false })
        guard valid else { return nil }
        let needsOperand = (kind == .currency && own["currency"] == nil) || (kind == .unit && own["unit"] == nil)
        let formatter = needsOperand ? nil : try? Self.formatter(context.locale, configuration.format)
        guard needsOperand || formatter != nil else { return nil }
        return PreparedNumber(kind: kind, configuration: configuration, formatter: formatter, context: context)
    }
}

/// A number function whose options were read once.
final class PreparedNumber: PreparedCall {
    let kind: NumberFunction.Kind
    let configuration: NumberFunction.Configuration
    let context: LocaleContext
    /// The style every value shares when the options settle everything; nil when the currency or
    /// unit comes from the operand (the formatter is not known until then).
    let style: NumberStyle?

    init(
        kind: NumberFunction.Kind, configuration: NumberFunction.Configuration, formatter: NumberFormatter?,
        context: LocaleContext
    ) {
        self.kind = kind
        self.configuration = configuration
        self.context = context
        style = formatter.map {
            NumberStyle(
                kind: kind, options: configuration.options, formatter: $0, context: context, selectMode: configuration.selectMode)
        }
    }

    /// The value of `operand` under this function; nil when the dynamic path must decide.
    func call(_ operand: PreparedOperand) throws(MessageError) -> PreparedValue? {
        try state(operand).map { PreparedValue(number: $0) }
    }

    private func state(_ operand: PreparedOperand) throws(MessageError) -> NumberState? {
        // The common case first: a plain number (no currency or unit to take, nothing to inherit).
        if let style, case .number(let number)? = operand.argument {
            let number = try NumberFunction.finite(number, .number(number))
            return NumberState(style: style, number: kind == .integer ? number.roundedToInteger : number)
        }
        guard let resolved = operand.resolved else {
            throw MessageError(.badOperand, ":\(kind.rawValue) needs a numeric operand")
        }
        // A number function's value carries options to merge: the dynamic path handles that.
        switch resolved.content {
        case .value(.number): return nil
        case .value(.object(let value)) where value is NumberValue: return nil
        default: break
        }
        let input = try NumberFunction.input(resolved.operand)
        let number = kind == .integer ? input.number.roundedToInteger : input.number
        if let style, kind != .currency, kind != .unit {
            return NumberState(style: style, number: number)
        }
        var options = configuration.options
        var formatter = style?.formatter
        switch kind {
        case .currency:
            if let code = input.currency {
                guard let own = options["currency"] else {
                    options["currency"] = try NumberFunction.currencyCode(code)
                    var format = configuration.format
                    format.style = .currency(options["currency"] ?? code)
                    formatter = try NumberFunction.formatter(context.locale, format)
                    break
                }
                // Overriding the operand's currency is an error the dynamic path reports.
                if own != code.uppercased() { return nil }
            } else if formatter == nil {
                throw MessageError(.badOperand, ":currency needs a currency: pass money, or write currency=EUR")
            }
        case .unit:
            if formatter == nil {
                guard let unit = input.unit else {
                    throw MessageError(.badOperand, ":reply:unit needs a unit: pass a measure, or write unit=kilogram")
                }
                options["unit"] = unit
                var format = configuration.format
                format.style = .unit(unit)
                formatter = try NumberFunction.formatter(context.locale, format)
            }
        default:
            break
        }
        guard let formatter else { return nil }
        if let style, formatter === style.formatter, options == style.options {
            return NumberState(style: style, number: number)
        }
        let own = NumberStyle(
            kind: kind, options: options, formatter: formatter, context: context, selectMode: configuration.selectMode)
        return NumberState(style: own, number: number)
    }
}
