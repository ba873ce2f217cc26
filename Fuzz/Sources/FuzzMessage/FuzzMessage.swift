import Intl
import MessageFormat

/// The arguments every fuzzed message formats with: one of each kind of value.
let arguments: [String: MessageArgument] = [
    "name": .string("Anna"), "n": .number(.integer(3)), "x": .number(.decimal("-1234.5678")),
    "amount": .money(amount: .decimal("129.90"), currency: "EUR"), "items": .list([.string("a"), .string("b")]),
    "date": .dateTime(DateTimeValue(year: 2026, month: 11, day: 18, hour: 10, minute: 30, utcOffsetSeconds: 3600)),
    "flag": .bool(true),
]
let locales = ["en", "ar", "pl"].map { try! LocaleID($0) }

/// libFuzzer's entry point: any text is a message that formats (to a string and to parts) or a
/// syntax or data-model error; nothing traps, hangs or leaks.
@c(LLVMFuzzerTestOneInput)
public func fuzzMessage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks the locale, the rest is the message.
    guard let source = String(validating: bytes.dropFirst(), as: UTF8.self) else { return 0 }
    let formatter: MessageFormatter
    do {
        formatter = try MessageFormatter(source, locale: locales[Int(bytes[0]) % locales.count])
    } catch {
        return 0
    }
    let text = formatter.format(arguments)
    let parts = formatter.formatToParts(arguments)
    precondition(text.errors.count == parts.errors.count, "string and parts report different errors for \(source)")
    return 0
}
