/// A decimal number read from its text and compared exactly, never through binary floating point:
/// `0.30000000000000001` is more than `0.3`, and `100000000000000000001` more than `1e20`.
struct ExactDecimal: Hashable, Comparable {
    /// -1, 0 or 1.
    private let sign: Int
    /// The significant digits (0…9), without leading or trailing zeros; empty for zero.
    private let digits: [UInt8]
    /// The value is `0.digits × 10^scale`: where the decimal point sits relative to the digits.
    private let scale: Int

    /// The largest exponent kept; a larger one only needs to stay larger than any written number.
    private static let exponentLimit = 1_000_000_000

    /// Reads JSON number syntax, with leading zeros allowed (money amounts such as `007.50`):
    /// `["-"] digits ["." digits] [("e" | "E") ["+" | "-"] digits]`. Nil for anything else.
    init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard isDigit(index) else { return nil }
        var all: [UInt8] = []
        var integerCount = 0
        while isDigit(index) {
            all.append(bytes[index] - 0x30)
            integerCount += 1
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return nil }
            while isDigit(index) {
                all.append(bytes[index] - 0x30)
                index += 1
            }
        }
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var negativeExponent = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(index) else { return nil }
            while isDigit(index) {
                exponent = min(exponent * 10 + Int(bytes[index] - 0x30), Self.exponentLimit)
                index += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        guard index == bytes.count else { return nil }
        let leadingZeros = all.prefix { $0 == 0 }.count
        guard leadingZeros < all.count else {
            self.sign = 0
            self.digits = []
            self.scale = 0
            return
        }
        let trailingZeros = all.reversed().prefix { $0 == 0 }.count
        self.sign = negative ? -1 : 1
        self.digits = Array(all[leadingZeros..<(all.count - trailingZeros)])
        self.scale = integerCount - leadingZeros + exponent
    }

    static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        guard lhs.sign == rhs.sign else { return lhs.sign < rhs.sign }
        guard lhs.sign != 0 else { return false }
        let order = compareMagnitudes(lhs, rhs)
        return lhs.sign > 0 ? order < 0 : order > 0
    }

    /// -1, 0 or 1 as |lhs| is less than, equal to or more than |rhs|; both are non-zero.
    private static func compareMagnitudes(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        if lhs.scale != rhs.scale { return lhs.scale < rhs.scale ? -1 : 1 }
        for (left, right) in zip(lhs.digits, rhs.digits) where left != right { return left < right ? -1 : 1 }
        return lhs.digits.count == rhs.digits.count ? 0 : (lhs.digits.count < rhs.digits.count ? -1 : 1)
    }

    /// Whether the number has no fractional part.
    var isWhole: Bool { digits.count <= scale || sign == 0 }
}
