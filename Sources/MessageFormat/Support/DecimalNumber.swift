import Intl

/// An exact decimal number, for the arithmetic MessageFormat needs on numbers that must not pass
/// through binary floating point (`:offset`, `:integer`, exact-match keys).
struct DecimalNumber: Hashable {
    var isNegative: Bool
    /// Significant digits without leading zeros (empty for zero), as values 0…9.
    var digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    var exponent: Int

    static let zero = DecimalNumber(isNegative: false, digits: [], exponent: 0)

    /// Parses the spec's `number-literal`: `["-"] (0 / [1-9]*DIGIT) ["." 1*DIGIT] [e ["-"/"+"] 1*DIGIT]`.
    init?(numberLiteral text: Substring.UTF8View) {
        guard let parsed = Self.parse(Array(text)) else { return nil }
        self = parsed
    }

    private static func parse(_ bytes: [UInt8]) -> DecimalNumber? {
        var index = 0
        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        let negative = peek() == UInt8(ascii: "-")
        if negative { index += 1 }
        guard let first = peek(), isDigit(first) else { return nil }
        var all: [UInt8] = []
        var fractionCount = 0
        if first == 0x30 {
            index += 1
            if isDigit(peek()) { return nil }
        } else {
            while isDigit(peek()) {
                all.append(bytes[index] - 0x30)
                index += 1
            }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard isDigit(peek()) else { return nil }
            while isDigit(peek()) {
                all.append(bytes[index] - 0x30)
                fractionCount += 1
                index += 1
            }
        }
        var exponentValue = 0
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            var negativeExponent = false
            if peek() == UInt8(ascii: "-") || peek() == UInt8(ascii: "+") {
                negativeExponent = peek() == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(peek()) else { return nil }
            while isDigit(peek()) {
                exponentValue = min(exponentValue * 10 + Int(bytes[index] - 0x30), 1_000_000)
                index += 1
            }
            if negativeExponent { exponentValue = -exponentValue }
        }
        guard index == bytes.count else { return nil }
        var number = DecimalNumber(isNegative: negative, digits: all, exponent: exponentValue - fractionCount)
        number.normalize()
        return number
    }

    init?(numberLiteral text: String) {
        self.init(numberLiteral: Substring(text).utf8)
    }

    init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        self.isNegative = isNegative
        self.digits = digits
        self.exponent = exponent
    }

    init(_ value: Int64) {
        let magnitude = value.magnitude
        self.init(isNegative: value < 0, digits: String(magnitude).utf8.map { $0 - 0x30 }, exponent: 0)
        normalize()
    }

    /// Nil for NaN and infinities.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        // Swift prints the shortest text that round-trips, e.g. "4.2", "1e-07", "1.5e+20".
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        if text.hasPrefix("-0") && value == 0 { text = "0" }
        if let plus = text.firstIndex(of: "+") { text.remove(at: plus) }
        guard let parsed = DecimalNumber(numberLiteral: text) else { return nil }
        self = parsed
    }

    init?(_ value: NumericValue) {
        switch value {
        case .integer(let integer): self.init(integer)
        case .double(let double): self.init(double)
        case .decimal(let text): self.init(numberLiteral: text)
        }
    }

    private mutating func normalize() {
        let leading = digits.firstIndex { $0 != 0 } ?? digits.count
        digits.removeFirst(leading)
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty {
            exponent = 0
            isNegative = false
        }
    }

    var isZero: Bool { digits.isEmpty }
    var isInteger: Bool { exponent >= 0 }

    /// Plain decimal text without exponent (`-12.5`, `100`, `0.001`); huge exponents are kept as `1e400`.
    var description: String {
        if digits.isEmpty { return "0" }
        let sign = isNegative ? "-" : ""
        let body = String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
        if exponent >= 0 {
            if exponent > 1000 { return "\(sign)\(body)e\(exponent)" }
            return sign + body + String(repeating: "0", count: exponent)
        }
        let fractionCount = -exponent
        if fractionCount > 1000 { return "\(sign)\(body)e\(exponent)" }
        if fractionCount >= digits.count {
            return sign + "0." + String(repeating: "0", count: fractionCount - digits.count) + body
        }
        let split = body.index(body.startIndex, offsetBy: digits.count - fractionCount)
        return sign + body[..<split] + "." + body[split...]
    }

    /// Rounds to an integer, half away from zero (the spec's `halfExpand`).
    func roundedToInteger() -> DecimalNumber {
        guard exponent < 0 else { return self }
        let keep = digits.count + exponent
        guard keep >= 0 else { return .zero }
        var kept = Array(digits[..<keep])
        let roundUp = keep < digits.count && digits[keep] >= 5
        var result = DecimalNumber(isNegative: isNegative, digits: kept, exponent: 0)
        if roundUp {
            var index = kept.count - 1
            while index >= 0 && kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index < 0 { kept.insert(1, at: 0) } else { kept[index] += 1 }
            result.digits = kept
        }
        result.normalize()
        return result
    }

    /// `self + other` for a small integer `other`.
    func adding(_ other: Int) -> DecimalNumber {
        guard other != 0 else { return self }
        let operand = DecimalNumber(Int64(other))
        return DecimalNumber.sum(self, operand)
    }

    private static func sum(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber {
        if a.isZero { return b }
        if b.isZero { return a }
        let exponent = min(a.exponent, b.exponent)
        let x = a.scaled(to: exponent)
        let y = b.scaled(to: exponent)
        var result: DecimalNumber
        if a.isNegative == b.isNegative {
            result = DecimalNumber(isNegative: a.isNegative, digits: addMagnitudes(x, y), exponent: exponent)
        } else if compareMagnitudes(x, y) >= 0 {
            result = DecimalNumber(isNegative: a.isNegative, digits: subtractMagnitudes(x, y), exponent: exponent)
        } else {
            result = DecimalNumber(isNegative: b.isNegative, digits: subtractMagnitudes(y, x), exponent: exponent)
        }
        result.normalize()
        return result
    }

    /// Digits when written with the given (smaller or equal) exponent.
    private func scaled(to newExponent: Int) -> [UInt8] {
        digits + [UInt8](repeating: 0, count: exponent - newExponent)
    }

    private static func compareMagnitudes(_ x: [UInt8], _ y: [UInt8]) -> Int {
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        for (a, b) in zip(x, y) where a != b { return a < b ? -1 : 1 }
        return 0
    }

    private static func addMagnitudes(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var carry: UInt8 = 0
        var i = x.count - 1
        var j = y.count - 1
        while i >= 0 || j >= 0 || carry > 0 {
            let total = (i >= 0 ? x[i] : 0) + (j >= 0 ? y[j] : 0) + carry
            result.append(total % 10)
            carry = total / 10
            i -= 1
            j -= 1
        }
        return result.reversed()
    }

    /// `x - y` where `x >= y`.
    private static func subtractMagnitudes(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var borrow: Int = 0
        var j = y.count - 1
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            var value = Int(x[i]) - borrow - (j >= 0 ? Int(y[j]) : 0)
            borrow = value < 0 ? 1 : 0
            if value < 0 { value += 10 }
            result.append(UInt8(value))
            j -= 1
        }
        return result.reversed()
    }

    /// The value for ICU: an integer when it fits one, else an exact decimal string.
    var numericValue: NumericValue {
        if isInteger, digits.count + exponent <= 18, let value = Int64(description) { return .integer(value) }
        return .decimal(description)
    }
}

extension NumericValue {
    /// Rounded half away from zero (the spec's `halfExpand`) to a whole number.
    var roundedToInteger: NumericValue {
        switch self {
        case .integer: self
        case .double(let value): .double(value.rounded(.toNearestOrAwayFromZero))
        case .decimal: DecimalNumber(self)?.roundedToInteger().numericValue ?? self
        }
    }
}
