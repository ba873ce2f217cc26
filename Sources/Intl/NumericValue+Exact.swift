extension NumericValue {
    /// The number a JSON number or decimal string stands for, exactly: an integer when it fits in
    /// 64 bits, else a decimal. Nil when it is not a number literal (`-12.5`, `1e3`), or when ICU
    /// cannot format it exactly: ICU keeps at most 999,999 places either side of the decimal point
    /// and silently formats a larger number as another one (`1e1000000` comes out with 1,000,001
    /// digits, and so does `1e2000000`).
    public init?(exactly text: String) {
        if text.utf8.first != UInt8(ascii: "+"), let integer = Int64(text) {
            self = .integer(integer)
            return
        }
        guard let magnitude = Self.magnitude(ofLiteral: text) else { return nil }
        if let magnitude, !(-Self.maximumMagnitude...Self.maximumMagnitude).contains(magnitude) { return nil }
        self = .decimal(text)
    }

    /// The largest power of ten ICU formats exactly (`1e999999` is still formatted digit for digit).
    public static let maximumMagnitude = 999_999

    /// The power of ten of the literal's leading digit (`129.90` → 2, `0.05` → -2, `1e6` → 6);
    /// `.some(nil)` for zero; nil when `text` is not `["-"] digits ["." digits] [("e"|"E") ["+"|"-"] digits]`.
    private static func magnitude(ofLiteral text: String) -> Int?? {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let exponentStart = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = bytes[..<(exponentStart ?? bytes.endIndex)]
        var exponent = 0
        if let exponentStart {
            var digits = bytes[(exponentStart + 1)...]
            let negative = digits.first == UInt8(ascii: "-")
            if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
            // An exponent beyond Int's range is far beyond ICU's: saturate instead of overflowing.
            let value = Int(String(decoding: digits, as: UTF8.self)) ?? Int.max / 2
            exponent = negative ? -value : value
        }
        let pieces = mantissa.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else {
            return nil
        }
        let integer = pieces[0].drop { $0 == UInt8(ascii: "0") }
        if !integer.isEmpty { return .some(integer.count - 1 + exponent) }
        guard pieces.count == 2, let first = pieces[1].firstIndex(where: { $0 != UInt8(ascii: "0") }) else {
            return .some(nil)
        }
        return .some(-(first - pieces[1].startIndex + 1) + exponent)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
