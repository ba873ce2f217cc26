extension Parser {
    /// Parses a placeholder (`expression / markup`) at its `{`.
    mutating func parsePlaceholder() throws(MessageErrors) -> PatternPart {
        let open = pos
        pos += 1
        skipSpace()
        switch peek() {
        case Byte.hash?, Byte.slash?:
            return .markup(try parseMarkup(open: open))
        default:
            return .expression(try parseExpressionContent(open: open))
        }
    }

    /// Parses an expression at its `{`, for a declaration; markup is an error there.
    mutating func parseExpression(after context: String) throws(MessageErrors) -> Expression {
        guard peek() == Byte.openBrace else { throw failure(.expectedExpression(after: context, found)) }
        let open = pos
        pos += 1
        skipSpace()
        if peek() == Byte.hash || peek() == Byte.slash {
            throw failure(.markupNotAllowed(after: context))
        }
        return try parseExpressionContent(open: open)
    }

    /// Parses the inside of an expression, after `{ o`, through its closing `}`.
    private mutating func parseExpressionContent(open: Int) throws(MessageErrors) -> Expression {
        var operand: Operand? = nil
        var function: FunctionRef? = nil
        switch peek() {
        case Byte.dollar?:
            operand = .variable(try parseVariable())
        case Byte.colon?:
            function = try parseFunctionName()
        case Byte.closeBrace?:
            throw failure(.emptyPlaceholder, at: SourceRange(start: open, end: pos + 1))
        case Byte.at?:
            throw failure(.attributeWithoutOperand)
        case nil:
            throw failure(.unclosedPlaceholder(openedAt: location(of: open), nil, .end))
        default:
            guard atLiteralStart() else { throw failure(.expectedPlaceholderContent(found)) }
            operand = .literal(try parseLiteral())
        }

        var attributes: [Attribute] = []
        while true {
            let hadSpace = skipSpace()
            let continuation: PlaceholderContinuation =
                !attributes.isEmpty ? .afterAttribute : function != nil ? .afterFunction : .afterOperand
            switch peek() {
            case Byte.closeBrace?:
                pos += 1
                return Expression(
                    operand: operand, function: function, attributes: attributes,
                    range: SourceRange(start: open, end: pos))
            case Byte.colon? where function == nil && attributes.isEmpty:
                guard hadSpace else { throw failure(.missingSpace(before: .function(tokenText(at: pos)))) }
                function = try parseFunctionName()
            case Byte.at?:
                guard hadSpace else { throw failure(.missingSpace(before: .attribute(tokenText(at: pos)))) }
                attributes.append(try parseAttribute())
            default:
                if function != nil, attributes.isEmpty, atNameStart() {
                    guard hadSpace else { throw failure(.missingSpace(before: .option(tokenText(at: pos)))) }
                    let option = try parseOption()
                    function!.options.append(option)
                    function!.range.end = option.range.end
                } else {
                    throw failure(.unclosedPlaceholder(openedAt: location(of: open), continuation, found))
                }
            }
        }
    }

    /// Parses `":" identifier` at a `:`; the options are parsed by the caller.
    private mutating func parseFunctionName() throws(MessageErrors) -> FunctionRef {
        let start = pos
        pos += 1
        let (name, range) = try parseIdentifier(after: "':'")
        return FunctionRef(name: name, options: [], range: SourceRange(start: start, end: range.end))
    }

    /// Parses `option = identifier o "=" o (literal / variable)`.
    private mutating func parseOption() throws(MessageErrors) -> Option {
        let start = pos
        let (name, _) = try parseIdentifier(after: "a space")
        skipSpace()
        guard peek() == Byte.equals else { throw failure(.expectedOptionEquals(option: name, found)) }
        pos += 1
        skipSpace()
        let value: Operand
        if peek() == Byte.dollar {
            value = .variable(try parseVariable())
        } else if atLiteralStart() {
            value = .literal(try parseLiteral())
        } else {
            throw failure(.expectedOptionValue(option: name, found))
        }
        return Option(name: name, value: value, range: SourceRange(start: start, end: value.range.end))
    }

    /// Parses `attribute = "@" identifier [o "=" o literal]` at a `@`.
    private mutating func parseAttribute() throws(MessageErrors) -> Attribute {
        let start = pos
        pos += 1
        let (name, range) = try parseIdentifier(after: "'@'")
        let afterName = pos
        skipSpace()
        guard peek() == Byte.equals else {
            pos = afterName
            return Attribute(name: name, value: nil, range: SourceRange(start: start, end: range.end))
        }
        pos += 1
        skipSpace()
        guard atLiteralStart() else { throw failure(.expectedAttributeValue(attribute: name, found)) }
        let value = try parseLiteral()
        return Attribute(name: name, value: value, range: SourceRange(start: start, end: value.range.end))
    }

    /// Parses markup after `{ o`, at its `#` or `/`, through its closing `}`.
    private mutating func parseMarkup(open: Int) throws(MessageErrors) -> Markup {
        let kind: Markup.Kind = peek() == Byte.hash ? .open : .close
        let sigil = kind == .open ? "'#'" : "'/'"
        pos += 1
        let (name, _) = try parseIdentifier(after: sigil)
        var options: [Option] = []
        var attributes: [Attribute] = []
        while true {
            let hadSpace = skipSpace()
            switch peek() {
            case Byte.closeBrace?:
                pos += 1
                return Markup(
                    kind: kind, name: name, options: options, attributes: attributes,
                    range: SourceRange(start: open, end: pos))
            case Byte.slash? where kind == .open:
                pos += 1
                guard peek() == Byte.closeBrace else { throw failure(.expectedSlashBrace(found)) }
                pos += 1
                return Markup(
                    kind: .standalone, name: name, options: options, attributes: attributes,
                    range: SourceRange(start: open, end: pos))
            case Byte.at?:
                guard hadSpace else { throw failure(.missingSpace(before: .attribute(tokenText(at: pos)))) }
                attributes.append(try parseAttribute())
            default:
                if attributes.isEmpty, atNameStart() {
                    guard hadSpace else { throw failure(.missingSpace(before: .option(tokenText(at: pos)))) }
                    options.append(try parseOption())
                } else {
                    let continuation: PlaceholderContinuation? =
                        switch (kind, attributes.isEmpty) {
                        case (.open, true): .inOpenMarkup
                        case (.open, false): .inOpenMarkupAfterAttribute
                        case (_, true): .afterFunction
                        case (_, false): .afterAttribute
                        }
                    throw failure(.unclosedPlaceholder(openedAt: location(of: open), continuation, found))
                }
            }
        }
    }
}
