/// Writes indented XML: elements with escaped attributes, and escaped text.
///
/// Text and attribute values are escaped so that a reader gives back exactly the same characters:
/// `&`, `<` and `>` always; in attributes also `"` and the white space that attribute-value
/// normalization would turn into spaces; a CR anywhere as `&#13;` (readers turn a literal one
/// into LF).
struct XMLWriter {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// Starts `<name attributes…>` on its own line.
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        output += indentation + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    /// Ends the innermost open element.
    mutating func end() {
        let name = open.removeLast()
        output += indentation + "</" + name + ">\n"
    }

    /// `<name attributes…>content</name>` on one line; `content` is already-written inline XML.
    mutating func line(_ name: String, _ attributes: [(String, String?)] = [], content: String) {
        output += indentation + "<" + name + Self.attributes(attributes) + ">" + content + "</" + name + ">\n"
    }

    /// `<name attributes…/>` on its own line.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        output += indentation + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private var indentation: String { String(repeating: "  ", count: open.count) }

    /// ` a="1" b="2"`, leaving out attributes whose value is nil.
    static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escapeAttribute($0))\"" } }.joined()
    }

    /// Text content of XLIFF source, target or data escaped; a character XML 1.0 cannot carry
    /// at all (a control character other than tab, LF and CR) becomes XLIFF's `<cp hex="…"/>`.
    static func escapeText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            default:
                if XMLChars.isAllowed(scalar.value) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "<cp hex=\"\(XMLReader.hex(scalar.value))\"/>"
                }
            }
        }
        return result
    }

    /// Text for an element that can hold text only (a note): escaped, with characters XML cannot
    /// carry replaced by U+FFFD.
    static func escapePlain(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(XMLChars.isAllowed(scalar.value) ? scalar : "\u{FFFD}")
        }
        return escapeText(String(view))
    }

    /// An attribute value escaped (for double quotes).
    static func escapeAttribute(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(XMLChars.isAllowed(scalar.value) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
