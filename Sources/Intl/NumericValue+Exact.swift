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
    /// One pass over the bytes, allocating nothing: every number formatted passes through here.
    private static func magnitude(ofLiteral text: String) -> Int?? {
        enum Part { case start, integer, point, fraction, exponentMark, exponentSign, exponent }
        var part = Part.start
        var integerDigits = 0  // after leading zeros
        var fractionZeros = 0  // before the first non-zero digit of the fraction
        var fractionNonZero = false
        var exponent = 0
        var exponentNegative = false
        for (offset, byte) in text.utf8.enumerated() {
            let digit = isDigit(byte)
            switch part {
            case .start where byte == UInt8(ascii: "-") && offset == 0: continue
            case .start, .integer:
                if digit {
                    if integerDigits > 0 || byte != UInt8(ascii: "0") { integerDigits += 1 }
                    part = .integer
                } else if part == .integer && byte == UInt8(ascii: ".") {
                    part = .point
                } else if part == .integer && (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) {
                    part = .exponentMark
                } else {
                    return nil
                }
            case .point, .fraction:
                if digit {
                    if !fractionNonZero {
                        if byte == UInt8(ascii: "0") { fractionZeros += 1 } else { fractionNonZero = true }
                    }
                    part = .fraction
                } else if part == .fraction && (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) {
                    part = .exponentMark
                } else {
                    return nil
                }
            case .exponentMark where byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"):
                exponentNegative = byte == UInt8(ascii: "-")
                part = .exponentSign
            case .exponentMark, .exponentSign, .exponent:
                guard digit else { return nil }
                // An exponent beyond Int's range is far beyond ICU's: saturate instead of overflowing.
                if exponent < Int.max / 100 { exponent = exponent * 10 + Int(byte - UInt8(ascii: "0")) }
                part = .exponent
            }
        }
        guard part == .integer || part == .fraction || part == .exponent else { return nil }
        if exponentNegative { exponent = -exponent }
        if integerDigits > 0 { return .some(integerDigits - 1 + exponent) }
        guard fractionNonZero else { return .some(nil) }
        return .some(-(fractionZeros + 1) + exponent)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
