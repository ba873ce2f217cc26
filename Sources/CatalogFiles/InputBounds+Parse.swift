extension InputBounds {
    /// The outcome of reading bounds as written after an input's type.
    enum Parsed {
        case bounds(InputBounds)
        /// A problem, `scalars` Unicode scalars into the written bounds.
        case problem(String, scalars: Int)
    }

    /// Reads the bounds written after the type of the input `path`: `> 0`, `>= 0`, `< 5`, `<= 5`,
    /// `1...`, `...5` or `1...5`, spaces allowed between the parts. `type` is number, integer or
    /// money; an integer's bounds are whole numbers.
    static func parse(_ written: ArraySlice<Unicode.Scalar>, for type: InputType, path: String) -> Parsed {
        var reader = BoundsReader(scalars: Array(written), example: "\(path): \(type)", type: type)
        do {
            return .bounds(try reader.read())
        } catch {
            return .problem(error.message, scalars: error.offset)
        }
    }
}

/// A problem in written bounds: what to write instead, and where.
private struct BoundsProblem: Error {
    var message: String
    var offset: Int
}

/// Reads written bounds scalar by scalar.
private struct BoundsReader {
    let scalars: [Unicode.Scalar]
    /// The declaration so far, to show what to write (`refund: money`).
    let example: String
    let type: InputType
    var index = 0

    init(scalars: [Unicode.Scalar], example: String, type: InputType) {
        self.scalars = scalars
        self.example = example
        self.type = type
    }

    mutating func read() throws(BoundsProblem) -> InputBounds {
        skipSpaces()
        let start = index
        if let comparison = readComparison() {
            skipSpaces()
            guard index < scalars.count else {
                throw problem(
                    "'\(comparison.rawValue)' needs a decimal number after it, such as '\(example) \(comparison.rawValue) 0'",
                    at: start)
            }
            let value = try readNumber()
            try expectEnd(after: "the bound")
            return InputBounds(checked: .comparison(comparison, value))
        }
        if take("=>") { throw problem("write '>=' for 'at least', as in '\(example) >= \(peekNumber(or: "0"))'", at: start) }
        if take("=<") { throw problem("write '<=' for 'at most', as in '\(example) <= \(peekNumber(or: "0"))'", at: start) }
        if take("==") || take("=") {
            let value = peekNumber(or: "1")
            throw problem("write a range such as '\(example) \(value)...\(value)' for exactly one value", at: start)
        }
        if take("...") {
            skipSpaces()
            guard index < scalars.count else {
                throw problem(
                    "a range needs a number on at least one side, such as '\(example) 1...' or '\(example) 1...5'", at: start)
            }
            let through = try readNumber()
            try expectEnd(after: "the range")
            return InputBounds(checked: .range(from: nil, through: through))
        }
        let token = readToken()
        skipSpaces()
        if take("...") {
            let from = try check(token, at: start)
            skipSpaces()
            guard index < scalars.count else { return InputBounds(checked: .range(from: from, through: nil)) }
            let through = try readNumber()
            try expectEnd(after: "the range")
            if let low = ExactDecimal(from), let high = ExactDecimal(through), high < low {
                throw problem(
                    "the range \(from)...\(through) is empty; write the smaller number first, as in '\(example) \(through)...\(from)'",
                    at: start)
            }
            return InputBounds(checked: .range(from: from, through: through))
        }
        if take("..") {
            throw problem(
                "write a range with three dots, such as '\(example) 1...5' (both ends included)", at: index - 2)
        }
        if index == scalars.count, Self.isDecimalLiteral(token) {
            throw problem(
                "'\(token)' alone is not a bound; write a comparison such as '\(example) >= \(token)' or a range such as '\(example) \(token)...'",
                at: start)
        }
        throw problem(
            "'\(String(scalars: scalars[start...]).trimmingSpaces)' is not a bound; write one such as '>= 0', '> 0', '<= 100', '1...' or '1...5' after the type",
            at: start)
    }

    private mutating func readComparison() -> InputBounds.Comparison? {
        for comparison in [InputBounds.Comparison.atLeast, .atMost, .greaterThan, .lessThan] where take(comparison.rawValue) {
            return comparison
        }
        return nil
    }

    /// A number at the current position, checked.
    private mutating func readNumber() throws(BoundsProblem) -> String {
        let start = index
        return try check(readToken(), at: start)
    }

    private func check(_ token: String, at offset: Int) throws(BoundsProblem) -> String {
        guard Self.isDecimalLiteral(token) else {
            throw problem(
                "'\(token)' is not a decimal number; write digits with an optional '-' and '.', such as '0' or '12.50'",
                at: offset)
        }
        if type == .integer, let value = ExactDecimal(token), !value.isWhole {
            throw problem(
                "'\(token)' is not a whole number; the bounds of an integer input are whole numbers, such as '1'", at: offset)
        }
        return token
    }

    private mutating func expectEnd(after what: String) throws(BoundsProblem) {
        skipSpaces()
        guard index < scalars.count else { return }
        let rest = String(scalars: scalars[index...]).trimmingSpaces
        throw problem(
            "unexpected '\(rest)' after \(what); write one comparison, or a range such as '\(example) 1...5'", at: index)
    }

    /// The text up to a space, a comparison sign, `?` or `..`: what is meant to be one number.
    private mutating func readToken() -> String {
        let start = index
        while index < scalars.count, !" \t<>=?".unicodeScalars.contains(scalars[index]), !isAt("..") { index += 1 }
        return String(scalars: scalars[start..<index])
    }

    /// The decimal number after the current position, or `fallback`, for suggestions.
    private func peekNumber(or fallback: String) -> String {
        var copy = self
        copy.skipSpaces()
        let token = copy.readToken()
        return Self.isDecimalLiteral(token) ? token : fallback
    }

    /// `["-"] digits ["." digits]`.
    static func isDecimalLiteral(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    private func isAt(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return scalars.count - index >= wanted.count && Array(scalars[index..<(index + wanted.count)]) == wanted
    }

    private mutating func take(_ text: String) -> Bool {
        guard isAt(text) else { return false }
        index += text.unicodeScalars.count
        return true
    }

    private mutating func skipSpaces() {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
    }

    private func problem(_ message: String, at offset: Int) -> BoundsProblem {
        BoundsProblem(message: message, offset: offset)
    }
}
