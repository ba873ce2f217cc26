/// ISO 8601 date and date-time text, as the MessageFormat spec's date/time literals allow.
///
/// Only dates and times that exist pass: months 1–12, the days each month has (February 29 in
/// leap years only), hours 0–23, minutes and seconds 0–59, offsets up to ±14:00. A leap second
/// (`23:59:60`) is rejected: ICU's calendars count none, so it could not be shown as written.
enum ISO8601 {
    static func parse(_ text: String) -> DateTimeValue? {
        var bytes = Array(text.utf8)[...]
        guard let year = digits(&bytes, 4), year > 0, take(&bytes, "-"),
            let month = digits(&bytes, 2), (1...12).contains(month), take(&bytes, "-"),
            let day = digits(&bytes, 2), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var value = DateTimeValue(year: year, month: month, day: day, hasTime: false)
        if bytes.isEmpty { return value }
        guard take(&bytes, "T"),
            let hour = digits(&bytes, 2), hour < 24, take(&bytes, ":"),
            let minute = digits(&bytes, 2), minute < 60
        else { return nil }
        value.hour = hour
        value.minute = minute
        value.hasTime = true
        if take(&bytes, ":") {
            guard let second = digits(&bytes, 2), second < 60 else { return nil }
            value.second = second
            if take(&bytes, ".") {
                var fraction = 0
                var count = 0
                while let byte = bytes.first, byte >= 0x30, byte <= 0x39 {
                    if count < 3 { fraction = fraction * 10 + Int(byte - 0x30) }
                    count += 1
                    bytes.removeFirst()
                }
                guard count > 0 else { return nil }
                if count < 3 { for _ in count..<3 { fraction *= 10 } }
                value.millisecond = fraction
            }
        }
        if bytes.isEmpty { return value }
        if take(&bytes, "Z") {
            value.utcOffsetSeconds = 0
        } else if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            bytes.removeFirst()
            guard let hours = digits(&bytes, 2), take(&bytes, ":"), let minutes = digits(&bytes, 2), minutes < 60
            else { return nil }
            let offset = hours * 3600 + minutes * 60
            // No place on Earth is further from UTC than 14 hours (Kiribati, +14:00).
            guard offset <= 14 * 3600 else { return nil }
            value.utcOffsetSeconds = sign == UInt8(ascii: "-") ? -offset : offset
        }
        return bytes.isEmpty ? value : nil
    }

    static func format(_ value: DateTimeValue) -> String {
        var text = "\(pad(value.year, 4))-\(pad(value.month, 2))-\(pad(value.day, 2))"
        guard value.hasTime else { return text }
        text += "T\(pad(value.hour, 2)):\(pad(value.minute, 2)):\(pad(value.second, 2))"
        if value.millisecond != 0 { text += ".\(pad(value.millisecond, 3))" }
        if let offset = value.utcOffsetSeconds { text += offsetText(offset) }
        return text
    }

    /// `Z` or `±hh:mm`.
    static func offsetText(_ seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let magnitude = seconds.magnitude  // abs(Int.min) would trap
        return "\(seconds < 0 ? "-" : "+")\(pad(Int(magnitude / 3600), 2)):\(pad(Int(magnitude % 3600 / 60), 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func digits(_ bytes: inout ArraySlice<UInt8>, _ count: Int) -> Int? {
        guard bytes.count >= count else { return nil }
        var value = 0
        for _ in 0..<count {
            let byte = bytes.removeFirst()
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func take(_ bytes: inout ArraySlice<UInt8>, _ character: Unicode.Scalar) -> Bool {
        guard bytes.first == UInt8(ascii: character) else { return false }
        bytes.removeFirst()
        return true
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension DateTimeValue {
    /// Whether every field is one ``ISO8601/parse(_:)`` could have read: a year from 1 to 9999, a
    /// day the month has, a time of day, milliseconds below 1000 and an offset up to ±14:00. The
    /// API builds values without parsing, so formatting checks this before computing with them.
    var isInRange: Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1
            && day <= ISO8601.daysIn(month: month, year: year) && (0..<24).contains(hour) && (0..<60).contains(minute)
            && (0..<60).contains(second) && (0..<1000).contains(millisecond)
            && utcOffsetSeconds.map { (-14 * 3600...14 * 3600).contains($0) } ?? true
    }

    /// Milliseconds since 1970-01-01T00:00:00Z of this wall-clock time read as UTC
    /// (proleptic Gregorian; days from the civil date by H. Hinnant's algorithm). Only for values
    /// ``isInRange``: the arithmetic stays far inside `Int` for them.
    var utcEpochMilliseconds: Double {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second
        return Double(seconds) * 1000 + Double(millisecond)
    }
}
