/// A recursive-descent parser for MessageFormat 2 over the UTF-8 bytes of a message.
///
/// The grammar has a fixed nesting depth (message → pattern → placeholder → option → literal),
/// so the call depth never grows with the input. Bytes are compared directly; scalars are
/// decoded only where a character class beyond ASCII matters. UTF-8 continuation bytes never
/// equal an ASCII byte, so scanning for syntax characters byte by byte is safe.
struct Parser {
    let source: String
    let bytes: [UInt8]
    var pos = 0

    init(_ source: String) {
        self.source = source
        self.bytes = Array(source.utf8)
    }

    // MARK: Looking at the input

    var atEnd: Bool { pos >= bytes.count }

    /// The byte at the current position, or nil at the end.
    @inline(__always)
    func peek(_ offset: Int = 0) -> UInt8? {
        let index = pos + offset
        return index < bytes.count ? bytes[index] : nil
    }

    /// Decodes the scalar starting at byte `index` (which must be a lead byte inside the input).
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// The scalar at the current position, or nil at the end.
    @inline(__always)
    func peekScalar() -> (value: UInt32, length: Int)? {
        pos < bytes.count ? scalar(at: pos) : nil
    }

    /// What is at byte `index`, for an error message.
    func found(at index: Int) -> Found {
        index < bytes.count ? .scalar(scalar(at: index).value) : .end
    }

    /// What is at the current position, for an error message.
    var found: Found { found(at: pos) }

    /// The string of the bytes in `range`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The 1-based line and column of byte `offset`.
    func location(of offset: Int) -> SourceLocation {
        SourceLocation(offset: offset, in: source)
    }

    // MARK: Errors

    /// A syntax error pointing at `range`.
    func failure(_ problem: SyntaxProblem, at range: SourceRange) -> MessageErrors {
        MessageErrors([MessageError(.syntaxError, problem.description, at: range)])
    }

    /// A syntax error pointing at the scalar at byte `index` (an empty range at the end).
    func failure(_ problem: SyntaxProblem, atScalar index: Int) -> MessageErrors {
        let end = index < bytes.count ? index + scalar(at: index).length : index
        return failure(problem, at: SourceRange(start: index, end: end))
    }

    /// A syntax error pointing at the scalar at the current position.
    func failure(_ problem: SyntaxProblem) -> MessageErrors {
        failure(problem, atScalar: pos)
    }

    /// The text of the token starting at `index`: its sigil and the name-like characters that
    /// follow, shortened for an error message.
    func tokenText(at index: Int) -> String {
        var end = index
        var count = 0
        if end < bytes.count, bytes[end] == Byte.pipe {
            // A quoted literal: through its closing `|`, if it is near.
            end += 1
            while end < bytes.count, count < 40, bytes[end] != Byte.pipe, bytes[end] != Byte.openBrace {
                end += scalar(at: end).length
                count += 1
            }
            if end < bytes.count, bytes[end] == Byte.pipe { end += 1 }
            return string(index..<end)
        }
        if end < bytes.count { end += scalar(at: end).length }
        while end < bytes.count, count < 40 {
            let (value, length) = scalar(at: end)
            guard CharacterClasses.isNameChar(value) || value == UInt32(Byte.colon) else { break }
            end += length
            count += 1
        }
        return string(index..<end)
    }

    // MARK: Whitespace

    /// The length of the `ws` or `bidi` scalar at `index`, and whether it is `ws`; nil if neither.
    @inline(__always)
    func spaceOrBidi(at index: Int) -> (length: Int, isWhitespace: Bool)? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case Byte.space, Byte.tab, Byte.lineFeed, Byte.carriageReturn:
            return (1, true)
        case 0xD8:  // U+061C is D8 9C
            return index + 1 < bytes.count && bytes[index + 1] == 0x9C ? (2, false) : nil
        case 0xE2:  // U+200E/F are E2 80 8E/8F; U+2066…2069 are E2 81 A6…A9
            guard index + 2 < bytes.count else { return nil }
            let b1 = bytes[index + 1]
            let b2 = bytes[index + 2]
            if b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F) { return (3, false) }
            if b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 { return (3, false) }
            return nil
        case 0xE3:  // U+3000 is E3 80 80
            guard index + 2 < bytes.count else { return nil }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? (3, true) : nil
        default:
            return nil
        }
    }

    /// Skips optional whitespace `o` (whitespace and bidi controls). Returns whether the run
    /// contained at least one `ws`, that is, whether it is a required whitespace `s`.
    @discardableResult
    mutating func skipSpace() -> Bool {
        var sawWhitespace = false
        while let (length, isWhitespace) = spaceOrBidi(at: pos) {
            pos += length
            sawWhitespace = sawWhitespace || isWhitespace
        }
        return sawWhitespace
    }

    /// The length of the `bidi` scalar at `index`, or 0.
    @inline(__always)
    func bidiLength(at index: Int) -> Int {
        if let (length, isWhitespace) = spaceOrBidi(at: index), !isWhitespace { return length }
        return 0
    }

    // MARK: Names

    /// Whether a `name` (optionally preceded by a bidi control) starts at the current position.
    func atNameStart() -> Bool {
        let index = pos + bidiLength(at: pos)
        return index < bytes.count && CharacterClasses.isNameStart(scalar(at: index).value)
    }

    /// Parses `name = [bidi] name-start *name-char [bidi]` and returns it without the bidi
    /// controls, or returns nil without moving when no name starts here.
    mutating func parseName() -> (name: String, range: SourceRange)? {
        let start = pos + bidiLength(at: pos)
        guard start < bytes.count else { return nil }
        let first = scalar(at: start)
        guard CharacterClasses.isNameStart(first.value) else { return nil }
        var end = start + first.length
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x80 {
                // ASCII fast path: letters, digits, + - . _
                let lower = byte | 0x20
                guard
                    (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                        || byte == 0x2B || byte == 0x2D || byte == 0x2E || byte == 0x5F
                else { break }
                end += 1
            } else {
                let next = scalar(at: end)
                guard CharacterClasses.isNameChar(next.value) else { break }
                end += next.length
            }
        }
        pos = end + bidiLength(at: end)
        return (string(start..<end), SourceRange(start: start, end: end))
    }

    /// Parses `identifier = [namespace ":"] name`, reporting `after` when no name is found.
    mutating func parseIdentifier(after: String) throws(MessageErrors) -> (name: String, range: SourceRange) {
        guard let first = parseName() else { throw failure(.expectedName(after: after, found)) }
        guard peek() == Byte.colon else { return first }
        pos += 1
        guard let second = parseName() else {
            throw failure(.expectedName(after: "the namespace '\(first.name):'", found))
        }
        return (first.name + ":" + second.name, SourceRange(start: first.range.start, end: second.range.end))
    }

    /// Parses `variable = "$" name` at a `$`.
    mutating func parseVariable() throws(MessageErrors) -> VariableRef {
        let start = pos
        pos += 1
        guard let (name, range) = parseName() else { throw failure(.expectedName(after: "'$'", found)) }
        return VariableRef(name, range: SourceRange(start: start, end: range.end))
    }
}
