import Intl
import MessageFormat

/// Writes formatted parts as plain text or HTML: two sinks over the same parts, so HTML escaping
/// and bidi isolation are applied structurally, not remembered per template.
struct OutputWriter {
    let options: RenderOptions
    let isRightToLeft: Bool

    init(options: RenderOptions, isRightToLeft: Bool) {
        self.options = options
        self.isRightToLeft = isRightToLeft
    }

    /// The block's text, and notes about anything dropped (unsafe links, unknown markup). In HTML a
    /// block is a paragraph, except a subject line, which stays escaped plain text.
    func write(_ parts: [MessagePart], paragraph: Bool = true) -> (String, [String]) {
        var options = self.options
        if !paragraph { options.format = .text }
        return OutputWriter(options: options, isRightToLeft: isRightToLeft).write(
            parts, htmlEscapingOnly: !paragraph && self.options.format == .html)
    }

    private func write(_ parts: [MessagePart], htmlEscapingOnly: Bool) -> (String, [String]) {
        var output = ""
        var notes: [String] = []
        var openTags: [String] = []
        for part in parts {
            switch part {
            case .text(let text):
                output += options.format == .html ? HTML.paragraphText(text) : text
            case .bidiIsolation:
                continue
            case .value(let value):
                output += isolated(value.value, isCaseData: value.type == "string" || value.type == "list")
            case .fallback(let source):
                output += isolated("{\(source)}", isCaseData: true)
            case .markup(let kind, let name, _, let options):
                guard self.options.format == .html else { continue }
                let (tag, note) = HTML.tag(kind, name: name, options: options, open: &openTags)
                output += tag
                if let note { notes.append(note) }
            }
        }
        if options.format == .html {
            while let tag = openTags.popLast() { output += "</\(tag)>" }
            output = "<p>" + output + "</p>"
        }
        return (htmlEscapingOnly ? HTML.escape(output) : output, notes)
    }

    private func escape(_ text: String) -> String {
        options.format == .html ? HTML.escape(text) : text
    }

    /// Blocks joined: a blank line between blocks in text; HTML paragraphs one per line.
    func join(_ blocks: [String]) -> String {
        blocks.joined(separator: options.format == .html ? "\n" : "\n\n")
    }

    /// A value as it goes into the reply. Case data whose direction differs from the reply's, or
    /// that carries bidi controls, is isolated and its controls removed; anything else is left as
    /// it is, so plain replies carry no invisible characters. Formatted numbers and dates use the
    /// locale's own digits and marks and are never touched.
    private func isolated(_ text: String, isCaseData: Bool) -> String {
        guard isCaseData else { return escape(text) }
        if options.isolation == .spec {
            // MessageFormat's default strategy: text of unknown direction, first-strong isolated.
            return options.format == .html ? "<bdi>" + escape(text) + "</bdi>" : "\u{2068}" + text + "\u{2069}"
        }
        let cleaned = BidiText.removingControls(text)
        let direction = Bidi.firstStrongDirection(of: cleaned)
        let opposite = direction == (isRightToLeft ? .leftToRight : .rightToLeft)
        guard opposite || cleaned != text else { return escape(cleaned) }
        if options.format == .html {
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

/// Bidi control characters in case data.
enum BidiText {
    /// The embedding, override, isolate and mark characters (U+202A…U+202E, U+2066…U+2069,
    /// U+200E, U+200F, U+061C) that could reorder the text around a value.
    static func removingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
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
