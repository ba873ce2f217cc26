/// How many SMS segments a text takes, as 3GPP TS 23.038 (the GSM 03.38 alphabet) and TS 23.040
/// (concatenated messages) count them.
///
/// A text made only of the GSM 7-bit default alphabet is sent in septets: 160 in one message;
/// longer, 153 per segment (7 septets go to the concatenation header). A character of the
/// extension table (`{`, `}`, `[`, `]`, `€`…) takes two septets (an escape and the character),
/// and the two are never split between segments. Any other character, including the invisible
/// bidi controls a right-to-left reply carries around its placeholders (U+2068, U+2069, U+200E,
/// U+200F), makes the whole text UCS-2: 70 UTF-16 units in one message, 67 per segment, a
/// surrogate pair never split.
enum SMSSegments {
    /// The encoding a text needs.
    enum Encoding: String {
        case gsm7 = "GSM-7"
        case ucs2 = "UCS-2"
    }

    /// The basic character set of the GSM 7-bit default alphabet (TS 23.038 §6.2.1), without the escape.
    static let basic: Set<Unicode.Scalar> = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)
    /// The extension table (TS 23.038 §6.2.1.1): each takes two septets.
    static let extended: Set<Unicode.Scalar> = Set("\u{0C}^{}\\[~]|€".unicodeScalars)

    /// The encoding `text` needs: GSM-7 when every character is in the alphabet, else UCS-2.
    static func encoding(of text: String) -> Encoding {
        text.unicodeScalars.allSatisfy { basic.contains($0) || extended.contains($0) } ? .gsm7 : .ucs2
    }

    /// The number of segments `text` is sent in (0 for an empty text), and its encoding.
    static func count(_ text: String) -> (segments: Int, encoding: Encoding) {
        let encoding = encoding(of: text)
        // Each character's width in the encoding's units; a character is never split.
        let widths: [Int] =
            switch encoding {
            case .gsm7: text.unicodeScalars.map { extended.contains($0) ? 2 : 1 }
            case .ucs2: text.unicodeScalars.map { $0.utf16.count }
            }
        let (single, part) = encoding == .gsm7 ? (160, 153) : (70, 67)
        let total = widths.reduce(0, +)
        if total == 0 { return (0, encoding) }
        if total <= single { return (1, encoding) }
        var segments = 1
        var used = 0
        for width in widths {
            if used + width > part {
                segments += 1
                used = 0
            }
            used += width
        }
        return (segments, encoding)
    }
}
