import Intl
import MessageFormat
import MessageFormatSyntax

/// Writes one block as plain text, Markdown or HTML as the formatter hands it over, so escaping and
/// bidi isolation are applied structurally, not remembered per template. In HTML a block is a
/// paragraph, except a subject line, which stays escaped plain text; in Markdown the subject stays
/// plain text. Markup in text and Markdown is ``PlainMarkup``'s.
final class BlockWriter: MessageWriter {
    private let format: RenderOptions.Format
    private let isolation: RenderOptions.Isolation
    private let isRightToLeft: Bool
    /// A subject line in HTML: written as plain text, escaped as a whole at the end.
    private let escapesWhole: Bool
    private var output = ""
    /// Anything dropped (unsafe links, unknown markup).
    private(set) var notes: [String] = []
    private var openTags: [String] = []
    private var plain: PlainMarkup

    /// `textLocale` is the locale of the block's text (which may have fallen back).
    init(options: RenderOptions, isRightToLeft: Bool, paragraph: Bool, textLocale: LocaleID) {
        format = paragraph ? options.format : .text
        plain = PlainMarkup(markdown: format == .markdown, textLocale: textLocale)
        isolation = options.isolation
        self.isRightToLeft = isRightToLeft
        escapesWhole = !paragraph && options.format == .html
        output.reserveCapacity(256)  // a block's length, usually: one allocation instead of several
    }

    func writeText(_ text: String) {
        if format == .html {
            output += HTML.paragraphText(text)
        } else {
            plain.write(text, source: text, to: &output)
        }
    }

    func writeValue(_ text: String, type: String) {
        append(isolated(text, isCaseData: type == "string" || type == "list"), source: text)
    }

    func writeFallback(_ source: String) {
        append(isolated("{\(source)}", isCaseData: true), source: "{\(source)}")
    }

    func writeMarkup(_ kind: Markup.Kind, name: String, options: [String: String]) {
        let note: String?
        if format == .html {
            let tag: String
            (tag, note) = HTML.tag(kind, name: name, options: options, open: &openTags)
            output += tag
        } else {
            note = plain.markup(kind, name: name, options: options, to: &output) { isolated($0, isCaseData: true) }
        }
        if let note { notes.append(note) }
    }

    /// The block's text, with any tags left open closed.
    func finish() -> String {
        if format == .html {
            while let tag = openTags.popLast() { output += "</\(tag)>" }
            output = "<p>" + output + "</p>"
        } else {
            plain.finish(&output) { isolated($0, isCaseData: true) }
        }
        return escapesWhole ? HTML.escape(output) : output
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
    /// locale's own digits and marks and are never touched.
    private func isolated(_ text: String, isCaseData: Bool) -> String {
        guard isCaseData else { return escape(text) }
        if isolation == .spec {
            // MessageFormat's default strategy: text of unknown direction, first-strong isolated.
            return format == .html ? "<bdi>" + escape(text) + "</bdi>" : "\u{2068}" + text + "\u{2069}"
        }
        let cleaned = BidiText.removingControls(text)
        let direction = Bidi.firstStrongDirection(of: cleaned)
        let opposite = direction == (isRightToLeft ? .leftToRight : .rightToLeft)
        guard opposite || cleaned != text else { return escape(cleaned) }
        if format == .html {
            return "<bdi>" + escape(cleaned) + "</bdi>"
        }
        let open =
            switch direction {
            case .leftToRight: "\u{2066}"
            case .rightToLeft: "\u{2067}"
            case .neutral: "\u{2068}"
            }
        return open + cleaned + "\u{2069}"
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
