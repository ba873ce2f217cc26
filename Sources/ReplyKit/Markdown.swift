/// Markdown output (CommonMark): escaping, hard line breaks and link destinations.
///
/// `{#b}…{/b}` → `**…**`, `{#i}…{/i}` → `*…*`, `{#link href=$url}…{/link}` → `[…](url)` for
/// http, https and mailto addresses only, `{#br/}` and a line break in the text → a hard line break
/// (a backslash at the end of the line). A blank line in the text (a block's closing, set apart)
/// starts a new paragraph, except inside a link or emphasis, which a paragraph would break.
///
/// Everything else, the template's text and case data alike, is text: every character that could
/// start formatting, a link, HTML, code, an entity or a table anywhere in a line is escaped with a
/// backslash (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|` `~`), and so is the first character of a
/// line that could start a block (`#` heading, `-` `+` list or rule, `=` heading underline, `:`
/// table alignment, the `.` or `)` of a number's list marker), whatever the text was made of.
/// Leading spaces, which could start indented code, are left out. `(`, `)`, `!` and `#` inside a
/// line mean nothing without an unescaped `[` or a line start and stay as they are. A bare web
/// address in case data is kept from turning into a GitHub-style autolink (`https:\//…`, `www\.…`).
enum Markdown {
    /// Where the next character goes, for the escapes that depend on the start of a line.
    enum Position: Equatable {
        /// Nothing but spaces or bidi isolation marks since the line started.
        case lineStart
        /// Only ASCII digits since the line started: a `.` or `)` now would make a list marker.
        case digits
        case inline
    }

    /// Escapes text into a block as it is written, piece by piece, knowing where lines start.
    struct Escaper {
        private(set) var position = Position.lineStart
        /// Line breaks not written yet: a hard break at the end of a paragraph would show as a `\`.
        private var pendingBreaks = 0
        /// Inside a link's text an autolink cannot form.
        var isInLink = false
        /// False inside a link or emphasis: a blank line there is two hard breaks.
        var mayStartParagraph = true

        /// Appends text, escaped.
        mutating func write(_ text: String, to output: inout String) {
            var afterCarriageReturn = false
            for scalar in text.unicodeScalars {
                defer { afterCarriageReturn = scalar == "\r" }
                if scalar == "\n" || scalar == "\r" {
                    if !(scalar == "\n" && afterCarriageReturn) { lineBreak() }
                    continue
                }
                if position == .lineStart && (scalar == " " || scalar == "\t") { continue }
                flushBreaks(to: &output)
                if needsEscape(scalar, after: output) { output += "\\" }
                output.unicodeScalars.append(scalar)
            }
        }

        /// Appends Markdown syntax as it is. An opening delimiter first writes the line breaks
        /// before it; a closing one stays on the line of the text it closes.
        mutating func writeSyntax(_ syntax: String, opening: Bool, to output: inout String) {
            if opening { flushBreaks(to: &output) }
            output += syntax
            position = .inline
        }

        /// A hard line break, written when more text follows.
        mutating func lineBreak() {
            pendingBreaks += 1
            position = .lineStart
        }

        /// Back to `position`, after an opening delimiter was taken out again.
        mutating func restore(_ position: Position) { self.position = position }

        private mutating func flushBreaks(to output: inout String) {
            guard pendingBreaks > 0 else { return }
            if pendingBreaks > 1 && mayStartParagraph {
                output += "\n\n"
            } else {
                for _ in 0..<pendingBreaks { output += "\\\n" }
            }
            pendingBreaks = 0
        }

        /// Whether `scalar` needs a backslash where it goes, updating the position.
        private mutating func needsEscape(_ scalar: Unicode.Scalar, after output: String) -> Bool {
            let isDigit = ("0"..."9").contains(scalar)
            switch position {
            case .lineStart:
                if (0x2066...0x2069).contains(scalar.value) { return false }  // an isolated value starts the line
                position = isDigit ? .digits : .inline
                return Self.alwaysEscaped(scalar) || Self.lineStartEscaped(scalar)
            case .digits:
                if isDigit { return false }
                position = .inline
                return scalar == "." || scalar == ")" || Self.alwaysEscaped(scalar)
            case .inline:
                return Self.alwaysEscaped(scalar) || (!isInLink && Self.wouldAutolink(scalar, after: output))
            }
        }

        private static func alwaysEscaped(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~": true
            default: false
            }
        }

        private static func lineStartEscaped(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "#", "-", "+", "=", ":": true
            default: false
            }
        }

        /// The `/` of `://` and the `.` of `www.`, where GitHub-flavoured Markdown starts a link.
        private static func wouldAutolink(_ scalar: Unicode.Scalar, after output: String) -> Bool {
            switch scalar {
            case "/": output.utf8.last == UInt8(ascii: ":")
            case ".": output.utf8.suffix(3).elementsEqual("www".utf8)
            default: false
            }
        }
    }

    /// A link destination for `[text](destination)`: spaces, `<`, `>`, `` ` `` and control characters
    /// percent-encoded, `(`, `)`, `\` and `&` escaped, so the address can neither end the link early
    /// nor change on the way (`&copy;` stays five characters, not ©).
    static func destination(_ address: String) -> String {
        var output = ""
        output.reserveCapacity(address.utf8.count)
        for scalar in address.unicodeScalars {
            switch scalar {
            case "(", ")", "\\", "&":
                output += "\\"
                output.unicodeScalars.append(scalar)
            case " ", "<", ">", "`", "\u{7F}", "\u{0}"..."\u{1F}":
                output += percentEncoded(UInt8(scalar.value))
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func percentEncoded(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}
