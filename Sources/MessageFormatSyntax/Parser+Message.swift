extension Parser {
    /// Parses the whole source as a `message`.
    mutating func parseMessage() throws(MessageErrors) -> Message {
        // A message is complex when, after optional whitespace and bidi controls, it starts with
        // `.` or `{{`; otherwise all of it, leading whitespace included, is a simple pattern.
        var probe = self
        probe.skipSpace()
        if probe.peek() == Byte.dot || (probe.peek() == Byte.openBrace && probe.peek(1) == Byte.openBrace) {
            pos = probe.pos
            return try parseComplexMessage()
        }
        let pattern = try parsePattern(quotedOpenAt: nil)
        return Message(declarations: [], body: .pattern(pattern))
    }

    /// Parses `*(declaration o) complex-body o`, after the leading `o`.
    private mutating func parseComplexMessage() throws(MessageErrors) -> Message {
        var declarations: [Declaration] = []
        while true {
            switch peek() {
            case Byte.dot?:
                let start = pos
                let keyword = scanKeyword()
                switch keyword {
                case ".input":
                    declarations.append(try parseInputDeclaration(start: start))
                case ".local":
                    declarations.append(try parseLocalDeclaration(start: start))
                case ".match":
                    let matcher = try parseMatcher(start: start)
                    return Message(declarations: declarations, body: .matcher(matcher))
                default:
                    throw failure(
                        .unknownKeyword(keyword, atStart: declarations.isEmpty),
                        at: SourceRange(start: start, end: pos))
                }
                skipSpace()
            case Byte.openBrace? where peek(1) == Byte.openBrace:
                let pattern = try parseQuotedPattern()
                skipSpace()
                guard atEnd else { throw failure(.trailingContent(found)) }
                return Message(declarations: declarations, body: .pattern(pattern))
            case Byte.openBrace? where !declarations.isEmpty:
                throw failure(.unquotedComplexBody)
            default:
                throw failure(.expectedDeclarationOrBody(found, afterDeclarations: !declarations.isEmpty))
            }
        }
    }

    /// Consumes `.` and the name characters after it, and returns them.
    private mutating func scanKeyword() -> String {
        let start = pos
        pos += 1
        while let (value, length) = peekScalar(), CharacterClasses.isNameChar(value) {
            pos += length
        }
        return string(start..<pos)
    }

    /// Parses the rest of `input o variable-expression`.
    private mutating func parseInputDeclaration(start: Int) throws(MessageErrors) -> Declaration {
        skipSpace()
        let expressionStart = pos
        let expression = try parseExpression(after: ".input")
        guard case .variable(let variable)? = expression.operand else {
            var operandStart = expressionStart + 1
            while let (length, _) = spaceOrBidi(at: operandStart) { operandStart += length }
            throw failure(.inputNeedsVariable(found(at: operandStart)), atScalar: operandStart)
        }
        return .input(
            name: variable.name, expression: expression,
            range: SourceRange(start: start, end: expression.range.end))
    }

    /// Parses the rest of `local s variable o "=" o expression`.
    private mutating func parseLocalDeclaration(start: Int) throws(MessageErrors) -> Declaration {
        let hadSpace = skipSpace()
        guard peek() == Byte.dollar else { throw failure(.expectedLocalVariable(found)) }
        guard hadSpace else { throw failure(.missingSpace(before: .variable(tokenText(at: pos)))) }
        let variable = try parseVariable()
        skipSpace()
        guard peek() == Byte.equals else { throw failure(.expectedLocalEquals(variable: variable.name, found)) }
        pos += 1
        skipSpace()
        let expression = try parseExpression(after: "'.local $\(variable.name) ='")
        return .local(
            name: variable.name, expression: expression,
            range: SourceRange(start: start, end: expression.range.end))
    }

    /// Parses the rest of `match 1*(s selector) s variant *(o variant)`, and the final `o`.
    private mutating func parseMatcher(start: Int) throws(MessageErrors) -> Matcher {
        var selectors: [VariableRef] = []
        var hadSpace = skipSpace()
        while peek() == Byte.dollar {
            guard hadSpace else {
                if selectors.isEmpty { throw failure(.missingSpaceAfterKeyword(".match", found)) }
                throw failure(.missingSpace(before: .selector(tokenText(at: pos))))
            }
            selectors.append(try parseVariable())
            hadSpace = skipSpace()
        }
        guard !selectors.isEmpty else { throw failure(.expectedSelector(found)) }
        guard hadSpace || atEnd || !(atLiteralStart() || peek() == Byte.asterisk) else {
            throw failure(.missingSpace(before: .key(tokenText(at: pos))))
        }

        var variants: [Variant] = []
        repeat {
            let variantStart = pos
            var keys = [try parseKey()]
            while true {
                let hadSpace = skipSpace()
                if peek() == Byte.openBrace { break }
                guard atLiteralStart() || peek() == Byte.asterisk else {
                    throw failure(.expectedQuotedPattern(found))
                }
                guard hadSpace else { throw failure(.missingSpace(before: .key(tokenText(at: pos)))) }
                keys.append(try parseKey())
            }
            let pattern = try parseQuotedPattern()
            variants.append(Variant(keys: keys, pattern: pattern, range: SourceRange(start: variantStart, end: pos)))
            skipSpace()
        } while !atEnd
        return Matcher(
            selectors: selectors, variants: variants,
            range: SourceRange(start: start, end: variants[variants.count - 1].range.end))
    }
}
