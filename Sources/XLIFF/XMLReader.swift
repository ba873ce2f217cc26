/// A small, strict reader for the XML that XLIFF files use: elements, attributes, text, the five
/// predefined entities, numeric character references, CDATA sections, comments and processing
/// instructions. A document type declaration is refused: no DTD is read and no entity other than
/// the five predefined ones exists, so nothing outside the document is ever fetched or expanded.
///
/// The input is UTF-8 (a byte-order mark is skipped); names are resolved against their
/// namespace declarations. The first problem found stops the reading with its line and column.
public struct XMLReader {
    /// How deep elements may nest; deeper is refused (XLIFF needs about ten levels).
    public static let maximumDepth = 128

    let bytes: [UInt8]
    var offset = 0
    private var lineStarts: [Int]

    /// Reads `bytes` as one XML document and returns its root element.
    public static func parse(_ bytes: [UInt8]) throws(XMLError) -> XMLElement {
        var reader = XMLReader(bytes)
        return try reader.document()
    }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    // MARK: - Document

    mutating func document() throws(XMLError) -> XMLElement {
        if let invalid = UTF8Check.firstInvalidOffset(bytes) {
            offset = invalid
            throw error("the file is not valid UTF-8 at byte \(invalid); save it as UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        if starts(with: "<?xml") && offset + 5 < bytes.count && XMLChars.isSpace(bytes[offset + 5]) {
            try declaration()
        }
        try misc()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "<") else {
            throw error(offset < bytes.count ? "expected the root element '<xliff …>'" : "the file has no root element")
        }
        var scopes = [["xml": XMLNamespace.xml]]
        let root = try element(depth: 0, scopes: &scopes)
        try misc()
        guard offset == bytes.count else { throw error("unexpected content after the root element") }
        return root
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`: only UTF-8 is accepted.
    private mutating func declaration() throws(XMLError) {
        let start = offset
        guard let end = find("?>", from: offset) else { throw error("the XML declaration '<?xml' is not closed with '?>'") }
        let content = String(decoding: bytes[(start + 5)..<end], as: UTF8.self)
        if let range = content.firstRange(of: "encoding") {
            let rest = content[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            let name = rest.prefix { $0 != "\"" && $0 != "'" }.lowercased()
            guard name == "utf-8" || name == "utf8" else {
                offset = start
                throw error("the file declares encoding '\(name)'; only UTF-8 is read: save it as UTF-8")
            }
        }
        offset = end + 2
    }

    /// Comments, processing instructions and white space outside the root element. A document
    /// type declaration is refused here.
    private mutating func misc() throws(XMLError) {
        while offset < bytes.count {
            if XMLChars.isSpace(bytes[offset]) {
                offset += 1
            } else if starts(with: "<!--") {
                try comment()
            } else if starts(with: "<!DOCTYPE") || starts(with: "<!doctype") {
                throw error(
                    "document type declarations (<!DOCTYPE …>) are not accepted: an XLIFF file needs none, and one could define entities that read files or expand without end; remove it"
                )
            } else if starts(with: "<?") {
                try processingInstruction()
            } else {
                return
            }
        }
    }

    mutating func comment() throws(XMLError) {
        guard let end = find("-->", from: offset + 4) else { throw error("the comment '<!--' is not closed with '-->'") }
        offset = end + 3
    }

    mutating func processingInstruction() throws(XMLError) {
        guard let end = find("?>", from: offset + 2) else {
            throw error("the processing instruction '<?' is not closed with '?>'")
        }
        offset = end + 2
    }

    // MARK: - Helpers

    func starts(with text: String) -> Bool {
        bytes[offset...].starts(with: text.utf8)
    }

    /// The offset of the next `text` at or after `from`.
    func find(_ text: String, from: Int) -> Int? {
        let needle = Array(text.utf8)
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// An error at the current offset.
    func error(_ message: String) -> XMLError {
        error(message, at: offset)
    }

    /// An error at byte `at`, with its line and column (in Unicode scalars).
    func error(_ message: String, at: Int) -> XMLError {
        let (line, column) = position(of: at)
        return XMLError(message: message, line: line, column: column)
    }

    /// 1-based line and column of a byte offset.
    func position(of at: Int) -> (line: Int, column: Int) {
        let target = min(at, bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= target { low = middle } else { high = middle - 1 }
        }
        let column = bytes[lineStarts[low]..<target].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (low + 1, column)
    }
}

/// Character classes of XML 1.0, for the bytes and scalars the reader meets.
enum XMLChars {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    static func isName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    /// Whether XML 1.0 allows the scalar in a document (`Char`).
    static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

/// Strict UTF-8 validation (no overlong forms, no surrogates), for error positions.
enum UTF8Check {
    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            var minimum: UInt32
            switch byte {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in bytes[(index + 1)..<(index + length)] {
                guard next & 0xC0 == 0x80 else { return index }
                value = value << 6 | UInt32(next & 0x3F)
            }
            if length == 4 { minimum = 0x10000 }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return index }
            index += length
        }
        return nil
    }
}
