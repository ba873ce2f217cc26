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
        case .string(let text) where isDecimal(text): NumericValue(exactly: text)
        default: nil
        }
    }

    /// Whether `code` has the form of an ISO 4217 currency code: three capital letters (`EUR`).
    public static func isCurrencyCode(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }

    private static func isDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }
}
