import MessageFormatSyntax

/// Builders for expected data models; spans are ignored by `==`, so they are left at zero.
enum Build {
    static let none = SourceRange(start: 0, end: 0)

    static func text(_ text: String) -> PatternPart { .text(text, range: none) }

    static func literal(_ value: String, quoted: Bool = false) -> Literal {
        Literal(value, isQuoted: quoted)
    }

    static func variable(_ name: String) -> VariableRef { VariableRef(name) }

    static func function(_ name: String, _ options: [Option] = []) -> FunctionRef {
        FunctionRef(name: name, options: options)
    }

    static func option(_ name: String, _ value: String) -> Option {
        Option(name: name, value: .literal(literal(value)))
    }

    static func option(_ name: String, variable: String) -> Option {
        Option(name: name, value: .variable(VariableRef(variable)))
    }

    static func expression(
        literal value: String, _ function: FunctionRef? = nil,
        attributes: [Attribute] = []
    ) -> Expression {
        Expression(operand: .literal(literal(value)), function: function, attributes: attributes, range: none)
    }

    static func expression(
        variable name: String, _ function: FunctionRef? = nil,
        attributes: [Attribute] = []
    ) -> Expression {
        Expression(operand: .variable(VariableRef(name)), function: function, attributes: attributes, range: none)
    }

    static func expression(_ function: FunctionRef, attributes: [Attribute] = []) -> Expression {
        Expression(operand: nil, function: function, attributes: attributes, range: none)
    }

    static func pattern(_ parts: PatternPart...) -> Pattern { Pattern(parts: parts, range: none) }

    static func simple(_ parts: PatternPart...) -> Message {
        Message(body: .pattern(Pattern(parts: parts, range: none)))
    }

    static func input(_ expression: Expression) -> Declaration {
        guard case .variable(let variable)? = expression.operand else { fatalError("input needs a variable") }
        return .input(name: variable.name, expression: expression, range: none)
    }

    static func local(_ name: String, _ expression: Expression) -> Declaration {
        .local(name: name, expression: expression, range: none)
    }

    static func key(_ value: String?) -> VariantKey {
        value.map { .literal(literal($0)) } ?? .catchAll(range: none)
    }

    static func variant(_ keys: [String?], _ pattern: Pattern) -> Variant {
        Variant(keys: keys.map(key), pattern: pattern, range: none)
    }
}

/// The syntax error thrown for `source`, or nil when it parses.
func syntaxError(_ source: String) -> MessageError? {
    do {
        _ = try Message.parse(source)
        return nil
    } catch {
        return error.errors.first
    }
}

/// The `index`-th part of the message's pattern body.
func part(_ message: Message, _ index: Int) -> PatternPart? {
    guard case .pattern(let pattern) = message.body, index < pattern.parts.count else { return nil }
    return pattern.parts[index]
}

/// The expression of the `index`-th part of the message's pattern body.
func expression(_ message: Message, _ index: Int) -> Expression? {
    guard case .expression(let expression)? = part(message, index) else { return nil }
    return expression
}

/// The markup of the `index`-th part of the message's pattern body.
func markup(_ message: Message, _ index: Int) -> Markup? {
    guard case .markup(let markup)? = part(message, index) else { return nil }
    return markup
}

/// The source text covered by `range`.
func slice(_ source: String, _ range: SourceRange?) -> String? {
    guard let range else { return nil }
    let bytes = Array(source.utf8)
    guard range.start <= range.end, range.end <= bytes.count else { return nil }
    return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
}
