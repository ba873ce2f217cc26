import Intl
import MessageFormatSyntax

/// `:date`, `:time` and `:datetime`: the spec's field and length options mapped onto ICU
/// skeletons, resolved by ICU's date-time pattern generator.
struct DateTimeFunction: MessageFunction {
    enum Kind: String, CaseIterable {
        case date, time, datetime
    }

    let kind: Kind

    /// Options that may come from the operand's value; all others are the expression's own.
    static let overrideOptions: Set<String> = ["timeZone", "hour12", "calendar"]

    var styleOptions: [String: [String]] {
        let fields = ["weekday", "day-weekday", "month-day", "month-day-weekday", "year-month-day", "year-month-day-weekday"]
        let lengths = ["long", "medium", "short"]
        let precisions = ["hour", "minute", "second"]
        let zoneStyles = ["long", "short"]
        return switch kind {
        case .date: ["fields": fields, "length": lengths]
        case .time: ["precision": precisions, "timeZoneStyle": zoneStyles]
        case .datetime: ["dateFields": fields, "dateLength": lengths, "timePrecision": precisions, "timeZoneStyle": zoneStyles]
        }
    }

    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue {
        let date: DateTimeValue
        switch call.operand {
        case .dateTime(let value)?:
            // Values from the API are not parsed, so nothing else has checked their fields.
            guard value.isInRange else {
                throw MessageError(.badOperand, "\(value) is not a real date or date-time between the years 1 and 9999")
            }
            date = value
        case .string(let text)?:
            guard let value = DateTimeValue(iso8601: text) else {
                throw MessageError(.badOperand, "|\(text)| is not an ISO 8601 date or date-time")
            }
            date = value
        case let operand?:
            throw MessageError(.badOperand, "\(NumberFunction.describe(operand)) is not a date")
        case nil:
            throw MessageError(.badOperand, ":\(kind.rawValue) needs a date operand")
        }
        var options = (call.operandValue as? DateTimeBox)?.overrides ?? [:]
        var styles: [String: String] = [:]
        for (name, option) in call.options.values {
            guard let text = option.operand.text else { continue }
            if let allowed = styleOptions[name] {
                guard option.isLiteral else {
                    call.report(MessageError(.badOption, "\(name) must be a literal, not a variable"))
                    continue
                }
                guard allowed.contains(text) else {
                    call.report(OptionParsing.invalid(name, text, expected: allowed.joined(separator: ", ")))
                    continue
                }
                styles[name] = text
            } else if Self.overrideOptions.contains(name) && (name != "hour12" || kind != .date) {
                options[name] = text
            }
        }
        return try value(of: date, styles: styles, overrides: options, context: call.context, report: call.report)
    }

    /// The value of `date` with default options (for unannotated arguments).
    func value(of date: DateTimeValue, context: LocaleContext) throws(MessageError) -> DateTimeBox {
        try value(of: date, styles: [:], overrides: [:], context: context, report: { _ in })
    }

    private func value(
        of date: DateTimeValue, styles: [String: String], overrides: [String: String], context: LocaleContext,
        report: (MessageError) -> Void
    ) throws(MessageError) -> DateTimeBox {
        var overrides = overrides
        let hour12 = overrides["hour12"].flatMap { text -> Bool? in
            guard text == "true" || text == "false" else {
                report(OptionParsing.invalid("hour12", text, expected: "true or false"))
                overrides.removeValue(forKey: "hour12")
                return nil
            }
            return text == "true"
        }
        let skeleton = skeleton(styles, hour12: hour12)
        let locale = context.locale
        var formatLocale = locale
        if let calendar = overrides["calendar"] {
            if let withCalendar = try? LocaleID(
                locale.identifier + (locale.identifier.contains("-u-") ? "-ca-" : "-u-ca-") + calendar)
            {
                formatLocale = withCalendar
            } else {
                report(
                    OptionParsing.invalid(
                        "calendar", calendar, expected: "a Unicode calendar identifier such as gregory or japanese"))
                overrides.removeValue(forKey: "calendar")
            }
        }
        let (instant, zone) = try Self.instant(of: date, timeZone: &overrides, report: report)
        let formatter: DateFormatter
        do {
            formatter = try DateFormatter.cached(locale: formatLocale, skeleton: skeleton, timeZone: zone)
        } catch {
            throw MessageError(.badOption, error.message)
        }
        return DateTimeBox(date: date, instant: instant, formatter: formatter, context: context, overrides: overrides)
    }

    /// The ICU skeleton for the options: date fields by length, then the time by precision.
    func skeleton(_ styles: [String: String], hour12: Bool?) -> String {
        var skeleton = ""
        if kind != .time {
            let fields = styles[kind == .date ? "fields" : "dateFields"] ?? "year-month-day"
            let length = styles[kind == .date ? "length" : "dateLength"] ?? "medium"
            let month = ["long": "MMMM", "medium": "MMM", "short": "M"][length] ?? "MMM"
            let weekday = ["long": "EEEE", "medium": "EEE", "short": "EEEEEE"][length] ?? "EEE"
            if fields.hasPrefix("year") { skeleton += length == "short" ? "yy" : "y" }
            if fields.contains("month") { skeleton += month }
            if fields.contains("day") && fields != "weekday" { skeleton += "d" }
            if fields.hasSuffix("weekday") { skeleton += weekday }
        }
        if kind != .date {
            let hour = hour12.map { $0 ? "h" : "H" } ?? "j"
            switch styles[kind == .time ? "precision" : "timePrecision"] ?? "minute" {
            case "hour": skeleton += hour
            case "second": skeleton += hour + "ms"
            default: skeleton += hour + "m"
            }
            switch styles["timeZoneStyle"] {
            case "long": skeleton += "zzzz"
            case "short": skeleton += "z"
            default: break
            }
        }
        return skeleton
    }

    /// The instant to format and the zone to show it in. A floating time shows its own wall
    /// clock (in `timeZone` when given); a time with an offset shows in `timeZone`, or at its offset.
    static func instant(
        of date: DateTimeValue, timeZone overrides: inout [String: String], report: (MessageError) -> Void
    ) throws(MessageError) -> (Double, String) {
        let ownZone = date.utcOffsetSeconds.map { $0 == 0 ? "UTC" : "GMT" + ISO8601.offsetText($0) } ?? "UTC"
        var zone = ownZone
        if let requested = overrides["timeZone"] {
            if requested == "input" {
                if date.utcOffsetSeconds == nil {
                    report(MessageError(.badOperand, "timeZone=input needs a date-time with an offset"))
                }
            } else if let known = zoneID(requested) {
                zone = known
            } else {
                report(
                    OptionParsing.invalid(
                        "timeZone", requested,
                        expected: "an IANA time zone such as Europe/Berlin, UTC, or an offset such as +05:30"))
                overrides.removeValue(forKey: "timeZone")
            }
        }
        return (try epochMilliseconds(of: date, floatingIn: zone), zone)
    }

    /// The instant of `date`: at its own offset, or, floating, as wall-clock time in `zone`.
    static func epochMilliseconds(of date: DateTimeValue, floatingIn zone: String) throws(MessageError) -> Double {
        if date.utcOffsetSeconds != nil || zone == "UTC" {
            return date.utcEpochMilliseconds - Double(date.utcOffsetSeconds ?? 0) * 1000
        }
        do {
            return try CalendarMath.epochMilliseconds(
                year: date.year, month: date.month, day: date.day, hour: date.hour, minute: date.minute,
                second: date.second, millisecond: date.millisecond, timeZone: zone
            )
        } catch {
            throw MessageError(.badOperand, error.message)
        }
    }

    static func zoneID(_ text: String) -> String? {
        if text == "UTC" { return "UTC" }
        if let first = text.unicodeScalars.first, first == "+" || first == "-" {
            guard let probe = DateTimeValue(iso8601: "2000-01-01T00:00:00" + text), let offset = probe.utcOffsetSeconds else {
                return nil
            }
            return "GMT" + (offset == 0 ? "" : ISO8601.offsetText(offset))
        }
        return CalendarMath.isKnownTimeZone(text) ? text : nil
    }
}

/// The value of a date/time function: the instant, its formatter, and the override options
/// (`timeZone`, `hour12`, `calendar`) a later date/time function inherits.
final class DateTimeBox: MessageValue {
    let date: DateTimeValue
    let instant: Double
    let formatter: DateFormatter
    let context: LocaleContext
    let overrides: [String: String]
    private var formatted: String?

    init(date: DateTimeValue, instant: Double, formatter: DateFormatter, context: LocaleContext, overrides: [String: String]) {
        self.date = date
        self.instant = instant
        self.formatter = formatter
        self.context = context
        self.overrides = overrides
    }

    var partType: String { "datetime" }
    var operand: OperandValue { .dateTime(date) }
    var inheritedOptions: [String: String] { overrides }
    var direction: TextDirection? { context.direction }
    var locale: LocaleID? { context.locale }

    func formatToString() throws(MessageError) -> String {
        if let formatted { return formatted }
        let text = formatter.format(epochMilliseconds: instant)
        formatted = text
        return text
    }
}
