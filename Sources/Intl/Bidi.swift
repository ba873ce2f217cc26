internal import CICU

/// Direction of text, by its first strong character (Unicode bidi algorithm, ICU ubidi).
public enum TextDirection: String, Sendable, Hashable {
    /// Left to right: the first strong character is, for example, Latin, Cyrillic or CJK.
    case leftToRight
    /// Right to left: the first strong character is, for example, Arabic or Hebrew.
    case rightToLeft
    /// No strong character at all: digits, punctuation, symbols, spaces, or empty text.
    case neutral
}

/// Bidirectional-text queries.
public enum Bidi {
    /// The direction of the first strong character of `text`, or `.neutral` if it has none.
    public static func firstStrongDirection(of text: String) -> TextDirection {
        // ASCII letters are strong LTR and everything else in ASCII is weak or neutral, so the scan
        // can often stop without calling ICU.
        for byte in text.utf8 {
            if byte >= 0x80 { break }
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { return .leftToRight }
        }
        let direction = withUTF16(text) { units, length in icu_bidi_base_direction(units, length) }
        switch direction {
        case 0: return .leftToRight
        case 1: return .rightToLeft
        default: return .neutral
        }
    }
}
