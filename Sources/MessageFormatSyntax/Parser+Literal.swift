extension Parser {
    /// Whether a literal (`|…|` or an unquoted literal) starts at the current position.
    func atLiteralStart() -> Bool {
        guard let (value, _) = peekScalar() else { return false }
        return value == UInt32(Byte.pipe) || CharacterClasses.isNameChar(value)
    }

    /// Parses a quoted or unquoted literal; the caller has checked ``atLiteralStart()``.
    mutating func parseLiteral() throws(MessageErrors) -> Literal {
        if peek() == Byte.pipe { return try parseQuotedLiteral() }
        let start = pos
        while let (value, length) = peekScalar(), CharacterClasses.isNameChar(value) {
            pos += length
        }
        return Literal(string(start..<pos), isQuoted: false, range: SourceRange(start: start, end: pos))
    }

    /// Parses `"|" *(quoted-char / escaped-char) "|"` at a `|`.
    mutating func parseQuotedLiteral() throws(MessageErrors) -> Literal {
        let open = pos
        pos += 1
        var segmentStart = pos
        var unescaped: [UInt8]? = nil
        while pos < bytes.count {
            switch bytes[pos] {
            case Byte.pipe:
                let value: String
                if var buffer = unescaped {
                    buffer.append(contentsOf: bytes[segmentStart..<pos])
                    value = String(decoding: buffer, as: UTF8.self)
                } else {
                    value = string(segmentStart..<pos)
                }
                pos += 1
                return Literal(value, isQuoted: true, range: SourceRange(start: open, end: pos))
            case Byte.backslash:
                let escaped = try parseEscape()
                if unescaped == nil { unescaped = [] }
                unescaped!.append(contentsOf: bytes[segmentStart..<(pos - 2)])
                unescaped!.append(escaped)
                segmentStart = pos
            case Byte.nul:
                throw failure(.nulCharacter)
            default:
                pos += 1
            }
        }
        throw failure(.unclosedLiteral(openedAt: location(of: open)), at: SourceRange(start: pos, end: pos))
    }

    /// Parses `escaped-char` at a `\` and returns the escaped byte.
    mutating func parseEscape() throws(MessageErrors) -> UInt8 {
        let start = pos
        guard let next = peek(1) else {
            throw failure(.invalidEscape(.end), at: SourceRange(start: start, end: start + 1))
        }
        switch next {
        case Byte.backslash, Byte.openBrace, Byte.pipe, Byte.closeBrace:
            pos += 2
            return next
        default:
            let found = scalar(at: start + 1)
            throw failure(
                .invalidEscape(.scalar(found.value)),
                at: SourceRange(start: start, end: start + 1 + found.length))
        }
    }

    /// Parses `key = literal / "*"`.
    mutating func parseKey() throws(MessageErrors) -> VariantKey {
        if peek() == Byte.asterisk {
            pos += 1
            return .catchAll(range: SourceRange(start: pos - 1, end: pos))
        }
        guard atLiteralStart() else { throw failure(.expectedKey(found)) }
        return .literal(try parseLiteral())
    }
}
