import Intl
import MessageFormatSyntax

extension NumberFunction {
    /// Reads `options` into ICU number options for `style`. An invalid option is reported and
    /// removed (so it is not inherited either); formatting goes on without it.
    static func apply(
        _ options: inout [String: String], style: Kind, to format: inout NumberFormatOptions,
        report: (MessageError) -> Void
    ) {
        switch style {
        case .percent: format.style = .percent
        case .currency: format.style = .currency(options["currency"] ?? "XXX")
        case .unit: format.style = .unit(options["unit"] ?? "")
        case .integer: format.maximumFractionDigits = 0
        case .number, .offset: break
        }
        for (name, text) in options.sorted(by: { $0.key < $1.key }) {
            do {
                try apply(name, text, style: style, to: &format)
            } catch {
                report(error)
                options.removeValue(forKey: name)
            }
        }
        if let minimum = format.minimumFractionDigits, let maximum = format.maximumFractionDigits, minimum > maximum {
            report(MessageError(.badOption, "minimumFractionDigits=\(minimum) is more than maximumFractionDigits=\(maximum)"))
            format.maximumFractionDigits = nil
            options.removeValue(forKey: "maximumFractionDigits")
        }
        if let minimum = format.minimumSignificantDigits, let maximum = format.maximumSignificantDigits, minimum > maximum {
            report(
                MessageError(.badOption, "minimumSignificantDigits=\(minimum) is more than maximumSignificantDigits=\(maximum)"))
            format.maximumSignificantDigits = nil
            options.removeValue(forKey: "maximumSignificantDigits")
        }
    }

    private static func apply(_ name: String, _ text: String, style: Kind, to format: inout NumberFormatOptions)
        throws(MessageError)
    {
        func digits(_ range: ClosedRange<Int>) throws(MessageError) -> Int {
            guard let value = OptionParsing.digitSize(text), range.contains(value) else {
                throw OptionParsing.invalid(
                    name, text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        switch name {
        case "signDisplay": format.signDisplay = try OptionParsing.choice(name, text, as: NumberFormatOptions.SignDisplay.self)
        case "useGrouping": format.useGrouping = try OptionParsing.choice(name, text, as: NumberFormatOptions.Grouping.self)
        case "minimumIntegerDigits": format.minimumIntegerDigits = try digits(1...99)
        case "minimumFractionDigits":
            guard style != .integer else { return }
            format.minimumFractionDigits = try digits(0...99)
        case "maximumFractionDigits":
            guard style != .integer else { return }
            format.maximumFractionDigits = try digits(0...99)
        case "fractionDigits":
            guard text != "auto" else { return }
            let value = try digits(0...99)
            format.minimumFractionDigits = value
            format.maximumFractionDigits = value
        case "minimumSignificantDigits":
            guard style != .integer else { return }
            format.minimumSignificantDigits = try digits(1...99)
        case "maximumSignificantDigits": format.maximumSignificantDigits = try digits(1...99)
        case "roundingPriority":
            format.roundingPriority = try OptionParsing.choice(name, text, as: NumberFormatOptions.RoundingPriority.self)
        case "roundingIncrement":
            let allowed = NumberFormatOptions.allowedRoundingIncrements
            guard let value = OptionParsing.wholeNumber(text), allowed.contains(value) else {
                throw OptionParsing.invalid(
                    name, text, expected: "one of " + allowed.map(String.init).joined(separator: ", "))
            }
            format.roundingIncrement = value == 1 ? nil : value
        case "roundingMode": format.roundingMode = try OptionParsing.choice(name, text, as: NumberFormatOptions.RoundingMode.self)
        case "trailingZeroDisplay":
            format.trailingZeroDisplay = try OptionParsing.choice(name, text, as: NumberFormatOptions.TrailingZeroDisplay.self)
        case "currencyDisplay":
            format.currencyDisplay = try OptionParsing.choice(name, text, as: NumberFormatOptions.CurrencyDisplay.self)
        case "currencySign": format.currencySign = try OptionParsing.choice(name, text, as: NumberFormatOptions.CurrencySign.self)
        case "unitDisplay": format.unitDisplay = try OptionParsing.choice(name, text, as: NumberFormatOptions.UnitDisplay.self)
        default: return
        }
    }
}
