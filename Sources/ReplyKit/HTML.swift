import Intl
import MessageFormatSyntax

/// HTML output: escaping, paragraphs, and the markup a template may use.
///
/// `{#b}…{/b}` → `<strong>`, `{#i}…{/i}` → `<em>`, `{#link href=$url}…{/link}` → `<a href>` for
/// http, https and mailto addresses only, `{#br/}` → `<br>`. Anything else is left out with a note.
public enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped: safe as element content and in a quoted
    /// attribute value. Public so that tools building pages around replies (`replykit preview`)
    /// escape as the replies themselves do.
    public static func escape(_ text: String) -> String {
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

    /// A block's HTML as a paragraph; a block whose text is in another language than the
    /// reply's (a fallback) declares its own language and direction.
    ///
    /// Content may hold several paragraphs, separated by ``paragraphBreak`` where the template's
    /// text had a blank line; each becomes its own `<p>`, carrying the same language.
    static func paragraph(_ content: String, language: LocaleID?) -> String {
        let open =
            language.map { "<p lang=\"\(escape($0.identifier))\" dir=\"\($0.isRightToLeft ? "rtl" : "ltr")\">" } ?? "<p>"
        return content.split(separator: paragraphBreak).map { open + $0 + "</p>" }.joined(separator: "\n")
    }

    /// Where a blank line in a template's text separates two paragraphs of one block. It is shaped
    /// like a tag, so no text can produce it: every `<` of text and case data is escaped.
    static let paragraphBreak = "<p-break>"

    /// The reply's paragraphs in one element that declares its language and direction, so a
    /// right-to-left reply renders right inside a left-to-right mail client.
    static func container(_ paragraphs: String, locale: LocaleID) -> String {
        "<div lang=\"\(escape(locale.identifier))\" dir=\"\(locale.isRightToLeft ? "rtl" : "ltr")\">\n" + paragraphs + "\n</div>"
    }

    /// Text in a paragraph: escaped, line breaks as `<br>`. With `breaksParagraphs` (template
    /// text outside any markup element), a blank line is a ``paragraphBreak`` instead, which
    /// ``paragraph(_:language:)`` turns into a new paragraph; case data never breaks one, since
    /// it may sit inside its own `<bdi>`.
    static func paragraphText(_ text: String, breaksParagraphs: Bool = false) -> String {
        let lines = escape(text).split(separator: "\n", omittingEmptySubsequences: false)
        guard breaksParagraphs else { return lines.joined(separator: "<br>\n") }
        var output = String(lines[0])
        var newlines = 0
        for (index, line) in lines.enumerated().dropFirst() {
            newlines += 1
            // A run of empty lines is one break; an empty last line is the text ending in a break.
            if line.isEmpty && index < lines.count - 1 { continue }
            output += newlines > 1 ? paragraphBreak : "<br>\n"
            output += line
            newlines = 0
        }
        return output
    }

    /// The tag for a markup part, keeping `open` balanced.
    static func tag(_ kind: Markup.Kind, name: String, options: [String: String], open: inout [String])
        -> (String, RenderWarning.Kind?)
    {
        let element: String
        guard let known = ReplyMarkup(rawValue: name) else { return ("", kind == .close ? nil : .unknownMarkup(name: name)) }
        switch known {
        case .b: element = "strong"
        case .i: element = "em"
        case .link: element = "a"
        case .br: return kind == .close ? ("", nil) : ("<br>", nil)
        }
        switch kind {
        case .open:
            var attributes = ""
            if element == "a" {
                guard let href = options["href"], isSafeLink(href) else {
                    open.append("")
                    return ("", .refusedLink(href: options["href"] ?? ""))
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

extension RenderedReply {
    /// A reply rendered as HTML, as a whole document: the subject (plain text) escaped as its
    /// title, the body (which declares its language and direction) as its content.
    public var htmlDocument: String {
        let direction = locale.isRightToLeft ? "rtl" : "ltr"
        return """
            <!DOCTYPE html>
            <html lang="\(HTML.escape(locale.identifier))" dir="\(direction)">
            <head>
            <meta charset="utf-8">
            <title>\(HTML.escape(subject ?? ""))</title>
            </head>
            <body>
            \(body)
            </body>
            </html>
            """
    }
}
