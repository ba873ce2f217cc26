import MessageFormat

/// Control characters in case text. A case value is data: it never carries a control character
/// into a reply (a form feed, an escape sequence, a NUL that ends a C string downstream), and a
/// value in a one-line block never breaks the line (in an e-mail subject that would be header
/// injection).
enum CaseText {
    /// The text with line ends made `\n` (CR LF and a lone CR alike) and every other C0 or C1
    /// control character, and DEL, removed; tab and line feed stay. `removed` is true when
    /// something other than a line end was removed.
    static func cleaned(_ text: String) -> (text: String, removed: Bool) {
        guard mayNeedCleaning(text) else { return (text, false) }
        var scalars = String.UnicodeScalarView()
        var removed = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar.value {
            case 0x09, 0x0A:
                if scalar.value == 0x0A, previous == "\r" { continue }  // CR LF: the CR already became LF
                scalars.append(scalar)
            case 0x0D:
                scalars.append("\n")
            case 0x00...0x1F, 0x7F...0x9F:
                removed = true
            default:
                scalars.append(scalar)
            }
        }
        return (String(scalars), removed)
    }

    /// Whether `text` may hold a control character or a CR: a byte below 0x20 other than tab
    /// and line feed, DEL, or 0xC2 (the lead byte of C1 controls, and of some other Latin-1).
    static func mayNeedCleaning(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A || $0 == 0x7F || $0 == 0xC2 }
    }

    /// Whether `text` is empty or only white space; the usual text, starting with an ASCII
    /// character that is not a space, is answered from its first byte.
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        if first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// `text` on one line: line feeds, tabs and the Unicode line and paragraph separators become
    /// spaces.
    static func oneLine(_ text: String) -> String {
        // By bytes first: every line break is a byte 0x09…0x0D, or starts with 0xC2 (U+0085) or
        // 0xE2 (U+2028, U+2029).
        guard text.utf8.contains(where: { (0x09...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }),
            text.unicodeScalars.contains(where: isLineBreak)
        else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isLineBreak(scalar) ? " " : scalar) }
        return String(scalars)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x09, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Cleans every text of `argument` (a string, or a list's strings); `removed` as in ``cleaned(_:)``.
    static func cleaned(_ argument: MessageArgument) -> (argument: MessageArgument, removed: Bool)? {
        switch argument {
        case .string(let text):
            let (cleaned, removed) = cleaned(text)
            return cleaned == text ? nil : (.string(cleaned), removed)
        case .list(let items):
            guard items.contains(where: { if case .string(let text) = $0 { mayNeedCleaning(text) } else { false } }) else {
                return nil
            }
            var changed = false
            var removedAny = false
            let cleanedItems = items.map { item -> MessageArgument in
                guard let (cleaned, removed) = cleaned(item) else { return item }
                changed = true
                removedAny = removedAny || removed
                return cleaned
            }
            return changed ? (.list(cleanedItems), removedAny) : nil
        default:
            return nil
        }
    }
}
