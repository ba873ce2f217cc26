/// Character classes of the MessageFormat 2 grammar, over Unicode scalar values and UTF-8 bytes.
enum CharacterClasses {
    /// `name-start`: ALPHA, `+`, `_`, and most non-ASCII code points except controls,
    /// whitespace, bidi controls, surrogates and noncharacters.
    @inline(__always)
    static func isNameStart(_ c: UInt32) -> Bool {
        if c < 0x80 {
            let lower = c | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || c == 0x2B || c == 0x5F
        }
        switch c {
        case 0xA1...0x61B, 0x61D...0x167F, 0x1681...0x1FFF, 0x200B...0x200D,
            0x2010...0x2027, 0x2030...0x205E, 0x2060...0x2065, 0x206A...0x2FFF,
            0x3001...0xD7FF, 0xE000...0xFDCF, 0xFDF0...0xFFFD:
            return true
        case 0x10000...0x10FFFF:
            // Every plane ends with two noncharacters, U+nFFFE and U+nFFFF.
            return c & 0xFFFE != 0xFFFE
        default:
            return false
        }
    }

    /// `name-char`: `name-start`, DIGIT, `-` and `.`.
    @inline(__always)
    static func isNameChar(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E || isNameStart(c)
    }

    /// `ws`: space, tab, CR, LF and U+3000 IDEOGRAPHIC SPACE.
    @inline(__always)
    static func isWhitespace(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x3000
    }

    /// `bidi`: ALM, LRM, RLM and the isolates LRI, RLI, FSI, PDI.
    @inline(__always)
    static func isBidi(_ c: UInt32) -> Bool {
        c == 0x61C || c == 0x200E || c == 0x200F || (c >= 0x2066 && c <= 0x2069)
    }

    /// Whether a non-empty string is a valid `unquoted-literal` (`1*name-char`).
    static func isUnquotedLiteral(_ string: String) -> Bool {
        var any = false
        for scalar in string.unicodeScalars {
            guard isNameChar(scalar.value) else { return false }
            any = true
        }
        return any
    }

    /// Whether a string is a valid `name` without bidi marks (`name-start *name-char`).
    static func isName(_ string: String) -> Bool {
        var iterator = string.unicodeScalars.makeIterator()
        guard let first = iterator.next(), isNameStart(first.value) else { return false }
        while let next = iterator.next() {
            guard isNameChar(next.value) else { return false }
        }
        return true
    }
}

/// UTF-8 byte values the parser compares against.
enum Byte {
    static let nul: UInt8 = 0x00
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let dollar: UInt8 = 0x24  // $
    static let asterisk: UInt8 = 0x2A  // *
    static let hash: UInt8 = 0x23  // #
    static let dot: UInt8 = 0x2E  // .
    static let slash: UInt8 = 0x2F  // /
    static let colon: UInt8 = 0x3A  // :
    static let equals: UInt8 = 0x3D  // =
    static let at: UInt8 = 0x40  // @
    static let backslash: UInt8 = 0x5C  // \
    static let openBrace: UInt8 = 0x7B  // {
    static let pipe: UInt8 = 0x7C  // |
    static let closeBrace: UInt8 = 0x7D  // }
}
