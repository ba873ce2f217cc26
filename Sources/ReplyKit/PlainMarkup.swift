import Intl
import MessageFormatSyntax

/// Markup in text and Markdown output, and Markdown's escaping, for one block.
///
/// Text keeps no emphasis, shows a link as its text and address (``LinkText``) and a `{#br/}` as a
/// line break. Markdown maps markup as ``Markdown`` describes. In both, a link to anything but
/// http, https or mailto is its text alone, with a note, as in HTML.
struct PlainMarkup {
    private let isMarkdown: Bool
    /// The locale of the block's text, for the parentheses around a link's address.
    private let textLocale: LocaleID
    private var escaper = Markdown.Escaper()
    private var open: [Element] = [] {
        didSet { escaper.mayStartParagraph = open.isEmpty }
    }
    /// The text inside the outermost open link, as it came (not escaped, not isolated).
    private var linkText = ""

    private enum Element {
        /// `**` or `*`, with the output's length after it and the escaper's position before it.
        case emphasis(String, end: Int, position: Markdown.Position)
        /// A link to an allowed address.
        case link(href: String)
        /// Emphasis in text, a refused link, or a link inside a link: nothing to write.
        case plain
    }

    init(markdown: Bool, textLocale: LocaleID) {
        isMarkdown = markdown
        self.textLocale = textLocale
    }

    /// Appends `shown` (text, or a value as isolated) as text; `source` is what it was made from.
    mutating func write(_ shown: String, source: String, to output: inout String) {
        if isMarkdown { escaper.write(shown, to: &output) } else { output += shown }
        if isInLink { linkText += source }
    }

    /// Writes a markup part; returns a note when something was left out. `isolate` makes an
    /// address ready to be shown in the reply's text, as a value is.
    mutating func markup(
        _ kind: Markup.Kind, name: String, options: [String: String], to output: inout String,
        isolate: (String) -> String
    ) -> RenderWarning.Kind? {
        guard let known = ReplyMarkup(rawValue: name) else {
            return isMarkdown && kind != .close ? .unknownMarkup(name: name) : nil
        }
        switch (known, kind) {
        case (.br, .close): return nil
        case (.br, _):
            if isMarkdown { escaper.lineBreak() } else { output += "\n" }
            return nil
        case (.b, .open), (.i, .open):
            guard isMarkdown else {
                open.append(.plain)
                return nil
            }
            let delimiter = known == .b ? "**" : "*"
            let position = escaper.position
            escaper.writeSyntax(delimiter, opening: true, to: &output)
            open.append(.emphasis(delimiter, end: output.utf8.count, position: position))
        case (.link, .open):
            guard !isInLink else {
                open.append(.plain)
                return nil
            }
            guard let href = options["href"], HTML.isSafeLink(href) else {
                open.append(.plain)
                return .refusedLink(href: options["href"] ?? "")
            }
            if isMarkdown {
                escaper.writeSyntax("[", opening: true, to: &output)
                escaper.isInLink = true
            }
            linkText = ""
            open.append(.link(href: href))
        case (.b, .close), (.i, .close), (.link, .close):
            close(to: &output, isolate: isolate)
        case (.b, .standalone), (.i, .standalone), (.link, .standalone):
            return nil
        }
        return nil
    }

    /// Closes whatever is still open. (Markdown line breaks at the end are never written.)
    mutating func finish(_ output: inout String, isolate: (String) -> String) {
        while !open.isEmpty { close(to: &output, isolate: isolate) }
    }

    private var isInLink: Bool {
        open.contains { if case .link = $0 { true } else { false } }
    }

    private mutating func close(to output: inout String, isolate: (String) -> String) {
        guard let element = open.popLast() else { return }
        switch element {
        case .plain:
            return
        case .emphasis(let delimiter, let end, let position):
            if output.utf8.count == end {  // nothing inside: `****` could be a thematic break
                output.removeLast(delimiter.count)
                escaper.restore(position)
            } else {
                escaper.writeSyntax(delimiter, opening: false, to: &output)
            }
        case .link(let href):
            let address = LinkText.address(of: href)
            let isBlank = linkText.allSatisfy(\.isWhitespace)
            if isMarkdown {
                if isBlank { escaper.write(isolate(address), to: &output) }
                escaper.isInLink = false
                escaper.writeSyntax("](" + Markdown.destination(href) + ")", opening: false, to: &output)
            } else if isBlank {
                output += isolate(address)
            } else if !LinkText.isAddress(linkText, of: href) {
                let (before, after) = LinkText.parentheses(language: textLocale.language)
                output += before + isolate(address) + after
            }
        }
    }
}
