internal import CICU

/// Case mapping with a locale's rules (ICU `u_strToTitle`): Turkish and Azeri `i` → `İ`, Dutch
/// `ij` → `IJ`, and a Greek first letter keeps its accent.
public enum CaseMapping {
    /// `text` with its first letter in title case for `locale`, when the text starts with a
    /// lower-case letter (`als Ausgleich` → `Als Ausgleich`); anything else is returned unchanged,
    /// and so is a first word with a capital inside it (`eBay`, `iPhone`), a name written so.
    public static func capitalizingFirstLetter(_ text: String, locale: LocaleID) -> String {
        // ASCII first: most text starts with a capital or with a letter that needs no lookup.
        guard let byte = text.utf8.first, byte >= 0x80 || (0x61...0x7A).contains(byte) else { return text }
        guard let first = text.first, first.isLowercase else { return text }
        if text.dropFirst().prefix(while: \.isLetter).contains(where: \.isUppercase) { return text }
        // Dutch title-cases the digraph: hand ICU the first two letters when they are `ij`.
        let head = text.prefix(first == "i" && text.dropFirst().first == "j" ? 2 : 1)
        let titled: String? = withUTF16(String(head)) { source, length in
            try? icuUTF16String { buffer, capacity, status in
                icu_str_to_title(buffer, capacity, source, length, locale.icuName, &status)
            }
        }
        guard let titled else { return text }
        return titled + text.dropFirst(head.count)
    }
}
