import Intl
import MessageFormat
import MessageFormatSyntax

/// Writes one block as plain text, Markdown or HTML as the formatter hands it over, so escaping and
/// bidi isolation are applied structurally, not remembered per template. In HTML a block's text
/// is a paragraph's content (``HTML/paragraph(_:language:)`` wraps it); the subject is plain text
/// in every format. Markup in text and Markdown is ``PlainMarkup``'s.
final class BlockWriter: MessageWriter {
    /// What the block is, for how its values may be written.
    enum Role {
        /// The subject: plain text on one line, whatever the output format.
        case subject
        /// A greeting, closing or sign-off: values may not break the line.
        case oneLine
        /// Any other block.
        case paragraph

        init(_ block: CompiledBlock) {
            self = block.id == "subject" ? .subject : block.isOneLine ? .oneLine : .paragraph
        }
    }

    private let format: RenderOptions.Format
    private let role: Role
    private let isolation: RenderOptions.Isolation
    private let isRightToLeft: Bool
    /// The locale whose case mapping capitalizes the block's first letter; nil: leave it.
    private var capitalizingLocale: LocaleID?
    private var output = ""
    /// Anything dropped or changed (unsafe links, unknown markup), each once.
    private(set) var notes: [RenderWarning.Kind] = []
    private var openTags: [String] = []
    private var plain: PlainMarkup

    /// `textLocale` is the locale of the block's text (which may have fallen back); with
    /// `capitalizes` (the block does not follow a greeting ending in a comma) its first letter
    /// is capitalized in `formattingLocale`'s case mapping.
    init(
        options: RenderOptions, role: Role, isRightToLeft: Bool, capitalizes: Bool, textLocale: LocaleID,
        formattingLocale: LocaleID
    ) {
        format = role == .subject ? .text : options.format
        self.role = role
        plain = PlainMarkup(markdown: format == .markdown, textLocale: textLocale)
        isolation = options.isolation
        self.isRightToLeft = isRightToLeft
        capitalizingLocale = capitalizes ? formattingLocale : nil
        output.reserveCapacity(256)  // a block's length, usually: one allocation instead of several
    }

    func writeText(_ text: String) {
        var text = text
        if let locale = capitalizingLocale {
            capitalizingLocale = nil
            text = CaseMapping.capitalizingFirstLetter(text, locale: locale)
        }
        if role == .subject { text = CaseText.oneLine(text) }
        if format == .html {
            output += HTML.paragraphText(text, breaksParagraphs: openTags.isEmpty)
        } else {
            plain.write(text, source: text, to: &output)
        }
    }

    func writeValue(_ text: String, type: String) {
        capitalizingLocale = nil
        append(isolated(text, isCaseData: type == "string" || type == "list"), source: text)
    }

    func writeList(_ list: FormattedList) {
        capitalizingLocale = nil
        guard isolation == .minimal else {
            let text = list.text
            append(isolated(text, isCaseData: true), source: text)
            return
        }
        guard list.items.contains(where: needsIsolation) else {
            // No item needs isolating, so none is: the list as ICU joins it.
            let text = role == .paragraph ? list.text : CaseText.oneLine(list.text)
            append(format == .html ? valueHTML(text) : text, source: text)
            return
        }
        // Item by item: each item that needs it is isolated on its own, and the list's own words
        // (commas, "and", "و") stay in the reply's direction between them.
        for piece in list.pieces() {
            append(piece.item == nil ? escape(piece.text) : isolated(piece.text, isCaseData: true), source: piece.text)
        }
    }

    func writeFallback(_ source: String) {
        capitalizingLocale = nil
        append(isolated("{\(source)}", isCaseData: true), source: "{\(source)}")
    }

    func writeMarkup(_ kind: Markup.Kind, name: String, options: [String: String]) {
        let note: RenderWarning.Kind?
        if format == .html {
            let tag: String
            (tag, note) = HTML.tag(kind, name: name, options: options, open: &openTags)
            output += tag
        } else {
            note = plain.markup(kind, name: name, options: options, to: &output) { isolated($0, isCaseData: true) }
        }
        // The same markup twice in a block is one thing to fix there: one note.
        if let note, !notes.contains(note) { notes.append(note) }
    }

    /// The block's text, with any tags left open closed.
    func finish() -> String {
        if format == .html {
            while let tag = openTags.popLast() { output += "</\(tag)>" }
        } else {
            plain.finish(&output) { isolated($0, isCaseData: true) }
        }
        return output
    }

    /// A value as isolated: escaped for HTML already; for Markdown, escaped here.
    private func append(_ value: String, source: String) {
        if format == .html { output += value } else { plain.write(value, source: source, to: &output) }
    }

    private func escape(_ text: String) -> String {
        format == .html ? HTML.escape(text) : text
    }

    /// A value as it goes into the reply. Case data whose direction differs from the reply's, or
    /// that carries bidi controls, is isolated and its controls removed; anything else is left as
    /// it is, so plain replies carry no invisible characters. Formatted numbers and dates use the
    /// locale's own digits and marks and are never touched. In a one-line block, line breaks in
    /// a value become spaces; in an HTML paragraph, `<br>`.
    private func isolated(_ text: String, isCaseData: Bool) -> String {
        let text = role == .paragraph ? text : CaseText.oneLine(text)
        guard isCaseData else { return escape(text) }
        if isolation == .spec {
            // MessageFormat's default strategy: text of unknown direction, first-strong isolated.
            return format == .html ? "<bdi>" + valueHTML(text) + "</bdi>" : "\u{2068}" + text + "\u{2069}"
        }
        let cleaned = BidiText.removingControls(text)
        let direction = Bidi.firstStrongDirection(of: cleaned)
        guard isOpposite(direction) || cleaned != text else { return format == .html ? valueHTML(cleaned) : cleaned }
        if format == .html {
            return "<bdi>" + valueHTML(cleaned) + "</bdi>"
        }
        let open =
            switch direction {
            case .leftToRight: "\u{2066}"
            case .rightToLeft: "\u{2067}"
            case .neutral: "\u{2068}"
            }
        return open + cleaned + "\u{2069}"
    }

    /// Whether case text would be isolated: it carries bidi controls, or its direction is the
    /// opposite of the reply's.
    private func needsIsolation(_ text: String) -> Bool {
        let cleaned = BidiText.removingControls(text)
        return cleaned != text || isOpposite(Bidi.firstStrongDirection(of: cleaned))
    }

    private func isOpposite(_ direction: TextDirection) -> Bool {
        direction == (isRightToLeft ? .leftToRight : .rightToLeft)
    }

    /// A case value in HTML: escaped, its line breaks as `<br>`.
    private func valueHTML(_ text: String) -> String {
        text.contains("\n") ? HTML.paragraphText(text) : HTML.escape(text)
    }
}

extension RenderOptions.Format {
    /// Blocks joined: a blank line between blocks in text and Markdown; HTML paragraphs one per line.
    func join(_ blocks: some Sequence<String>) -> String {
        // By hand: `joined(separator:)` grows the result step by step.
        let separator = self == .html ? "\n" : "\n\n"
        var text = ""
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.utf8.count + separator.utf8.count })
        for (index, block) in blocks.enumerated() {
            if index > 0 { text += separator }
            text += block
        }
        return text
    }
}

/// Bidi control characters in case data.
enum BidiText {
    /// The embedding, override, isolate and mark characters (U+202A…U+202E, U+2066…U+2069,
    /// U+200E, U+200F, U+061C) that could reorder the text around a value.
    static func removingControls(_ text: String) -> String {
        // Every control is encoded in UTF-8 with a lead byte 0xE2 or 0xD8: most text has neither.
        let mayHaveControls = text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 0xE2 || $0 == 0xD8 } } ?? true
        guard mayHaveControls, text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
        return String(scalars)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
