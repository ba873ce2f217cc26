/// How plain text shows a link: its text, then its address in parentheses, so the reader still
/// has the address: `on our review page (https://…)`.
///
/// Chinese and Japanese text takes full-width parentheses with no space before them
/// (`レビューページ（https://…）にて`); every other script takes ASCII ones after a space. A mailto
/// link shows the bare address (`help@example.com`), and a link whose text already is its address
/// shows it once.
enum LinkText {
    /// The address as a reader needs it: a mailto link without `mailto:` and without its query.
    static func address(of href: String) -> String {
        guard href.utf8.count >= 7, href.prefix(7).lowercased() == "mailto:" else { return href }
        let address = href.dropFirst(7)
        return String(address[..<(address.firstIndex(of: "?") ?? address.endIndex)])
    }

    /// Whether a link's text already says where it goes: the address itself, or the address
    /// without its scheme or a final `/` (`example.com` for `https://example.com/`).
    static func isAddress(_ text: String, of href: String) -> Bool {
        let text = trimmed(text)
        return text == href || text == address(of: href) || bare(text) == bare(href)
    }

    /// What goes around the address after the link's text, in the language of the text.
    static func parentheses(language: String) -> (open: String, close: String) {
        switch language {
        case "ja", "zh", "yue": ("（", "）")
        default: (" (", ")")
        }
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    private static func bare(_ address: String) -> String {
        var address = Substring(address)
        for scheme in ["https://", "http://", "mailto:"] where address.lowercased().hasPrefix(scheme) {
            address = address.dropFirst(scheme.count)
            break
        }
        if address.hasSuffix("/") { address = address.dropLast() }
        return String(address)
    }
}
