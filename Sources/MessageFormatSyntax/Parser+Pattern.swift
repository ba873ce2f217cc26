extension Parser {
    /// Parses `pattern = *(text-char / escaped-char / placeholder)` up to a `}` or the end.
    ///
    /// `quotedOpenAt` is the offset of the `{{` of a quoted pattern, or nil for a simple message
    /// (where a `}` is an error rather than the end of the pattern).
    mutating func parsePattern(quotedOpenAt: Int?) throws(MessageErrors) -> Pattern {
        let start = pos
        var parts: [PatternPart] = []
        var textStart = pos
        var segmentStart = pos
        var unescaped: [UInt8] = []
        var hasEscapes = false

        scan: while pos < bytes.count {
            switch bytes[pos] {
            case Byte.openBrace:
                if pos > textStart {
                    parts.append(
                        makeText(
                            from: textStart, segmentStart: segmentStart,
                            unescaped: &unescaped, hasEscapes: hasEscapes))
                }
                parts.append(try parsePlaceholder())
                textStart = pos
                segmentStart = pos
                hasEscapes = false
            case Byte.closeBrace:
                guard let open = quotedOpenAt else {
                    throw failure(.unescapedCloseBrace(quotedPatternOpenedAt: nil))
                }
                if peek(1) != Byte.closeBrace {
                    if pos + 1 >= bytes.count {
                        throw failure(
                            .unclosedQuotedPattern(openedAt: location(of: open), .end),
                            atScalar: pos + 1)
                    }
                    throw failure(.unescapedCloseBrace(quotedPatternOpenedAt: location(of: open)))
                }
                break scan
            case Byte.backslash:
                let escapeStart = pos
                let escaped = try parseEscape()
                unescaped.append(contentsOf: bytes[segmentStart..<escapeStart])
                unescaped.append(escaped)
                segmentStart = pos
                hasEscapes = true
            case Byte.nul:
                throw failure(.nulCharacter)
            default:
                pos += 1
            }
        }
        if pos > textStart {
            parts.append(
                makeText(
                    from: textStart, segmentStart: segmentStart,
                    unescaped: &unescaped, hasEscapes: hasEscapes))
        }
        return Pattern(parts: parts, range: SourceRange(start: start, end: pos))
    }

    /// The text part from `textStart` to the current position; `unescaped` holds the resolved
    /// bytes before `segmentStart` when the text had escapes, and is emptied.
    private func makeText(
        from textStart: Int, segmentStart: Int, unescaped: inout [UInt8],
        hasEscapes: Bool
    ) -> PatternPart {
        let text: String
        if hasEscapes {
            unescaped.append(contentsOf: bytes[segmentStart..<pos])
            text = String(decoding: unescaped, as: UTF8.self)
            unescaped.removeAll(keepingCapacity: true)
        } else {
            text = string(textStart..<pos)
        }
        return .text(text, range: SourceRange(start: textStart, end: pos))
    }

    /// Parses `quoted-pattern = "{{" pattern "}}"` at `{{`.
    mutating func parseQuotedPattern() throws(MessageErrors) -> Pattern {
        let open = pos
        guard peek() == Byte.openBrace, peek(1) == Byte.openBrace else {
            throw failure(.expectedQuotedPattern(found))
        }
        pos += 2
        let pattern = try parsePattern(quotedOpenAt: open)
        guard peek() == Byte.closeBrace, peek(1) == Byte.closeBrace else {
            throw failure(.unclosedQuotedPattern(openedAt: location(of: open), found))
        }
        pos += 2
        return pattern
    }
}
