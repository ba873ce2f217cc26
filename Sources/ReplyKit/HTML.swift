import MessageFormatSyntax

/// HTML output: escaping, paragraphs, and the markup a template may use.
///
/// `{#b}…{/b}` → `<strong>`, `{#i}…{/i}` → `<em>`, `{#link href=$url}…{/link}` → `<a href>` for
/// http, https and mailto addresses only, `{#br/}` → `<br>`. Anything else is left out with a note.
enum HTML {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// Template text in a paragraph: escaped, line breaks as `<br>`.
    static func paragraphText(_ text: String) -> String {
        escape(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>\n")
    }

    /// The tag for a markup part, keeping `open` balanced.
    static func tag(_ kind: Markup.Kind, name: String, options: [String: String], open: inout [String]) -> (String, String?) {
        let element: String
        switch name {
        case "b": element = "strong"
        case "i": element = "em"
        case "link": element = "a"
        case "br": return kind == .close ? ("", nil) : ("<br>", nil)
        default: return ("", "markup {#\(name)} has no HTML form and was left out")
        }
        switch kind {
        case .open:
            var attributes = ""
            if element == "a" {
                guard let href = options["href"], isSafeLink(href) else {
                    open.append("")
                    return ("", "link to '\(options["href"] ?? "")' left out: only http, https and mailto links are allowed")
                }
                attributes = " href=\"\(escape(href))\""
            }
            open.append(element)
            return ("<\(element)\(attributes)>", nil)
        case .close:
            guard let last = open.popLast() else { return ("", nil) }
            return (last.isEmpty ? "" : "</\(last)>", nil)
        case .standalone:
            return ("", nil)
        }
    }

    static func isSafeLink(_ href: String) -> Bool {
        let lower = href.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
