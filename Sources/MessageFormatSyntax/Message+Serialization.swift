extension Message: CustomStringConvertible {
    /// The message as MessageFormat 2 source; parsing it gives back an equal message.
    ///
    /// A message without declarations whose pattern does not start (after whitespace) with `.`
    /// is printed as a simple message; otherwise each declaration gets its own line, then the
    /// quoted pattern `{{…}}`, or `.match` and one variant per line.
    public var description: String {
        var lines = declarations.map(\.description)
        switch body {
        case .pattern(let pattern):
            let text = pattern.description
            if declarations.isEmpty && Self.canBeSimple(text) { return text }
            lines.append("{{" + text + "}}")
        case .matcher(let matcher):
            lines.append(".match" + matcher.selectors.map { " " + $0.description }.joined())
            lines += matcher.variants.map(\.description)
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `text` read as a simple message is that same pattern: it must not start, after
    /// whitespace and bidi controls, with `.` or `{{` (which would make it a complex message).
    private static func canBeSimple(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first,
            CharacterClasses.isWhitespace(first.value) || CharacterClasses.isBidi(first.value)
        {
            scalars = scalars.dropFirst()
        }
        return !(scalars.starts(with: ".".unicodeScalars) || scalars.starts(with: "{{".unicodeScalars))
    }
}

extension Declaration: CustomStringConvertible {
    /// `.input {$name …}` or `.local $name = {…}`.
    public var description: String {
        switch self {
        case .input(_, let expression, _): ".input " + expression.description
        case .local(let name, let expression, _): ".local $\(name) = " + expression.description
        }
    }
}

extension Variant: CustomStringConvertible {
    /// The keys separated by spaces, then the quoted pattern.
    public var description: String {
        keys.map(\.description).joined(separator: " ") + " {{" + pattern.description + "}}"
    }
}

extension VariantKey: CustomStringConvertible {
    /// `*` or the literal.
    public var description: String {
        switch self {
        case .literal(let literal): literal.description
        case .catchAll: "*"
        }
    }
}

extension Pattern: CustomStringConvertible {
    /// The pattern's source, without the `{{ }}` of a quoted pattern: text with `\`, `{` and `}`
    /// escaped, and placeholders.
    public var description: String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text, _):
                for character in text.unicodeScalars {
                    switch character {
                    case "\\", "{", "}": result.unicodeScalars.append("\\")
                    default: break
                    }
                    result.unicodeScalars.append(character)
                }
            case .expression(let expression):
                result += expression.description
            case .markup(let markup):
                result += markup.description
            }
        }
        return result
    }
}

extension Expression: CustomStringConvertible {
    /// `{operand :function options @attributes}`.
    public var description: String {
        var items: [String] = []
        if let operand { items.append(operand.description) }
        if let function { items.append(function.description) }
        items += attributes.map(\.description)
        return "{" + items.joined(separator: " ") + "}"
    }
}

extension Markup: CustomStringConvertible {
    /// `{#name …}`, `{#name … /}` or `{/name …}`.
    public var description: String {
        var items = [(kind == .close ? "/" : "#") + name]
        items += options.map(\.description)
        items += attributes.map(\.description)
        if kind == .standalone { items.append("/") }
        return "{" + items.joined(separator: " ") + "}"
    }
}

extension Operand: CustomStringConvertible {
    /// The literal or `$name`.
    public var description: String {
        switch self {
        case .literal(let literal): literal.description
        case .variable(let variable): variable.description
        }
    }
}

extension FunctionRef: CustomStringConvertible {
    /// `:name option=value …`.
    public var description: String {
        ([":" + name] + options.map(\.description)).joined(separator: " ")
    }
}

extension Option: CustomStringConvertible {
    /// `name=value`.
    public var description: String { name + "=" + value.description }
}

extension Attribute: CustomStringConvertible {
    /// `@name` or `@name=literal`.
    public var description: String {
        "@" + name + (value.map { "=" + $0.description } ?? "")
    }
}

extension VariableRef: CustomStringConvertible {
    /// `$name`.
    public var description: String { "$" + name }
}

extension Literal: CustomStringConvertible {
    /// The literal as source: unquoted when it was written so and its value is a valid
    /// unquoted literal, otherwise between `|` with `\` and `|` escaped.
    public var description: String {
        if !isQuoted && CharacterClasses.isUnquotedLiteral(value) { return value }
        var result = "|"
        for scalar in value.unicodeScalars {
            if scalar == "\\" || scalar == "|" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result + "|"
    }
}
