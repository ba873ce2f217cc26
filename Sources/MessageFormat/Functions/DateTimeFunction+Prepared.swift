import Intl
import MessageFormatSyntax

extension DateTimeFunction {
    /// Builds the skeleton and the formatter for floating values once; nil when an option is
    /// invalid (reported on every format by the dynamic path).
    func prepare(_ preparation: FunctionPreparation) -> (any PreparedCall)? {
        let (options, context) = (preparation.options, preparation.context)
        var styles: [String: String] = [:]
        for (name, option) in options.values {
            guard let text = option.operand.text else { return nil }
            if let allowed = styleOptions[name] {
                guard allowed.contains(text) else { return nil }
                styles[name] = text
            } else if Self.overrideOptions.contains(name) {
                // Time zones, calendars and hour cycles stay on the dynamic path.
                return nil
            }
        }
        let skeleton = skeleton(styles, hour12: nil)
        guard let utc = try? DateFormatter.cached(locale: context.locale, skeleton: skeleton, timeZone: "UTC") else { return nil }
        return PreparedDateTime(skeleton: skeleton, utcFormatter: utc, context: context)
    }
}

/// A date/time function whose skeleton and UTC formatter were built once.
final class PreparedDateTime: PreparedCall {
    let skeleton: String
    let utcFormatter: DateFormatter
    let context: LocaleContext

    init(skeleton: String, utcFormatter: DateFormatter, context: LocaleContext) {
        self.skeleton = skeleton
        self.utcFormatter = utcFormatter
        self.context = context
    }

    func call(_ operand: PreparedOperand) throws(MessageError) -> PreparedValue? {
        let date: DateTimeValue
        if case .dateTime(let value)? = operand.argument {
            // The common case, taken without making an operand.
            date = value
        } else if case .value(.object(let value))? = operand.resolved?.content, value is DateTimeBox {
            // A date/time value carries override options to inherit: the dynamic path handles that.
            return nil
        } else {
            switch operand.value {
            case .dateTime(let value)?: date = value
            case .string(let text)?:
                guard let value = DateTimeValue(iso8601: text) else { return nil }
                date = value
            default: return nil
            }
        }
        // A value out of range is reported by the dynamic path.
        guard date.isInRange else { return nil }
        var formatter = utcFormatter
        if let offset = date.utcOffsetSeconds, offset != 0 {
            do {
                formatter = try DateFormatter.cached(
                    locale: context.locale, skeleton: skeleton, timeZone: "GMT" + ISO8601.offsetText(offset))
            } catch {
                throw MessageError(.badOption, error.message)
            }
        }
        let instant = date.utcEpochMilliseconds - Double(date.utcOffsetSeconds ?? 0) * 1000
        return PreparedValue(DateTimeBox(date: date, instant: instant, formatter: formatter, context: context, overrides: [:]))
    }
}
