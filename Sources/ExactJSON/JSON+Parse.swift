/// A JSON syntax error with its position.
public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    /// What was expected and what was found.
    public let message: String
    /// 1-based line.
    public let line: Int
    /// 1-based column, in Unicode scalars (a byte-order mark at the start is not counted).
    public let column: Int
    /// More about the error, shown after its position: where a duplicate key was first given,
    /// the byte offset of invalid UTF-8.
    public let note: String?

    init(message: String, line: Int, column: Int, note: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.note = note
    }

    /// `duplicate key "order" at line 4, column 3 (first at line 2, column 3)`.
    public var description: String {
        "\(message) at line \(line), column \(column)" + (note.map { " (\($0))" } ?? "")
    }
}

extension JSON {
    /// Parses one JSON document; throws with line and column on the first error.
    ///
    /// A byte-order mark (U+FEFF) at the very start is skipped, as RFC 8259 allows. A key given
    /// twice in one object is an error: lookups would silently see only one of the values. Keys
    /// that are canonically equivalent (`é` precomposed or as `e` + U+0301) are the same key, as
    /// they are to every Swift string comparison that later reads them.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSON {
        let bytes = Array(text.utf8)
        return try parse(validUTF8: bytes, start: bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0)
    }

    /// Parses one JSON document read as bytes (a request body, a line of a file): what
    /// ``parse(_:)`` gives for the ``text(fromUTF8:)`` of `bytes`, and the same error for
    /// invalid UTF-8, without making a String of the whole document first.
    public static func parse(utf8 bytes: [UInt8]) throws(JSONSyntaxError) -> JSON {
        let start = try validUTF8Start(bytes)
        return try parse(validUTF8: bytes, start: start)
    }

    private static func parse(validUTF8 bytes: [UInt8], start: Int) throws(JSONSyntaxError) -> JSON {
        var parser = JSONParser(bytes: bytes, start: start)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    /// The text of a JSON document read as bytes (a file, standard input), for ``parse(_:)``.
    ///
    /// JSON is UTF-8 (RFC 8259 §8.1): a byte that is not part of valid UTF-8 is an error at its
    /// line and column, with its byte offset (0-based, counting a byte-order mark) in the note,
    /// where decoding would silently put U+FFFD in its place. A byte-order mark at the start is
    /// dropped.
    public static func text(fromUTF8 bytes: [UInt8]) throws(JSONSyntaxError) -> String {
        String(decoding: bytes[try validUTF8Start(bytes)...], as: UTF8.self)
    }

    /// Where the document in `bytes` starts (after a byte-order mark), once every byte is known to
    /// be well-formed UTF-8; else the error at the first byte that is not.
    private static func validUTF8Start(_ bytes: [UInt8]) throws(JSONSyntaxError) -> Int {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        if let offset = firstInvalidUTF8Offset(bytes[start...]) {
            let parser = JSONParser(bytes: bytes, start: start, index: offset)
            throw parser.error("invalid UTF-8", note: "byte \(offset)")
        }
        return start
    }

    /// U+FEFF in UTF-8.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The index of the first byte of `bytes` that does not begin a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points past U+10FFFF are ill-formed too), or nil.
    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        // ASCII, most of any document, needs no decoding.
        guard let firstNonASCII = bytes.firstIndex(where: { $0 >= 0x80 }) else { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[firstNonASCII...].makeIterator()
        var offset = firstNonASCII
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
