public import ExactJSON
public import Intl

/// How numbers and money are read from JSON, in one place, for case data and for
/// `replykit format --args`: each caller words its own errors.
public enum CaseNumbers {
    /// A JSON number exactly as written (an integer when it fits 64 bits); nil when ICU could not
    /// format it exactly (beyond 10^±999,999).
    public static func number(_ text: String) -> NumericValue? {
        NumericValue(exactly: text)
    }

    /// A money amount or a measure's value: a JSON number, or a decimal string
    /// `["-"] digits ["." digits]` (`"129.90"`: no exponent, no `+`, nothing before or after);
    /// nil for anything else.
    public static func amount(_ json: JSON) -> NumericValue? {
        switch json {
        case .number(let text): number(text)
        // The number-literal grammar `NumericValue(exactly:)` reads, less its exponent.
        case .string(let text) where !text.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }):
            NumericValue(exactly: text)
        default: nil
        }
    }

    /// Whether `code` has the form of an ISO 4217 currency code: three capital letters (`EUR`).
    public static func isCurrencyCode(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }
}
