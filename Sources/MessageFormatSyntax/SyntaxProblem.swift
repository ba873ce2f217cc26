/// What the parser found where it expected something else.
enum Found: Equatable {
    /// The end of the message.
    case end
    /// One Unicode scalar.
    case scalar(UInt32)

    /// A short human description: `end of message`, `'x'`, `a space`, `U+0000 NULL`…
    var description: String {
        switch self {
        case .end:
            return "end of message"
        case .scalar(let value):
            switch value {
            case 0x00: return "U+0000 NULL"
            case 0x20: return "a space"
            case 0x09: return "a tab"
            case 0x0A, 0x0D: return "a line break"
            case 0x3000: return "an ideographic space (U+3000)"
            default:
                if CharacterClasses.isBidi(value) { return "the bidi control \(Found.codePoint(value))" }
                if Found.isInvisible(value) { return Found.codePoint(value) }
                guard let scalar = Unicode.Scalar(value) else { return Found.codePoint(value) }
                return "'\(Character(scalar))'"
            }
        }
    }

    /// `U+XXXX`, at least four hex digits.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Controls, format characters and other scalars that print as nothing readable.
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0xA0, 0xAD, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x206F,
            0xFDD0...0xFDEF, 0xFEFF:
            return true
        default:
            return value & 0xFFFE == 0xFFFE
        }
    }
}

/// A syntactic construct named in a "missing space" problem.
enum SpacedConstruct: Equatable {
    case function(String)
    case option(String)
    case attribute(String)
    case selector(String)
    case key(String)
    case variable(String)

    var description: String {
        switch self {
        case .function(let text): "the function '\(text)'"
        case .option(let text): "the option '\(text)'"
        case .attribute(let text): "the attribute '\(text)'"
        case .selector(let text): "the selector '\(text)'"
        case .key(let text): "the variant key '\(text)'"
        case .variable(let text): "the variable '\(text)'"
        }
    }
}

/// What may come next inside a placeholder, besides its closing `}`.
enum PlaceholderContinuation: Equatable {
    /// After an operand: a function or an attribute.
    case afterOperand
    /// After a function or one of its options: an option or an attribute.
    case afterFunction
    /// After an attribute: another attribute.
    case afterAttribute
    /// In open markup after its name or options: an option, an attribute or `/`.
    case inOpenMarkup
    /// In open markup after an attribute: an attribute or `/`.
    case inOpenMarkupAfterAttribute

    var alternatives: String {
        switch self {
        case .afterOperand: "a function (':name'), an attribute ('@name')"
        case .afterFunction: "an option ('name=value'), an attribute ('@name')"
        case .afterAttribute: "an attribute ('@name')"
        case .inOpenMarkup: "an option ('name=value'), an attribute ('@name'), '/'"
        case .inOpenMarkupAfterAttribute: "an attribute ('@name'), '/'"
        }
    }
}

/// Every syntax error the parser reports, with its human-readable text.
enum SyntaxProblem: Equatable {
    case nulCharacter
    case invalidEscape(Found)
    case unescapedCloseBrace(quotedPatternOpenedAt: SourceLocation?)
    case unknownKeyword(String, atStart: Bool)
    case unquotedComplexBody
    case expectedDeclarationOrBody(Found, afterDeclarations: Bool)
    case missingSpace(before: SpacedConstruct)
    case missingSpaceAfterKeyword(String, Found)
    case expectedLocalVariable(Found)
    case expectedLocalEquals(variable: String, Found)
    case expectedExpression(after: String, Found)
    case markupNotAllowed(after: String)
    case inputNeedsVariable(Found)
    case expectedSelector(Found)
    case expectedKey(Found)
    case expectedQuotedPattern(Found)
    case unclosedQuotedPattern(openedAt: SourceLocation, Found)
    case trailingContent(Found)
    case emptyPlaceholder
    case expectedPlaceholderContent(Found)
    case attributeWithoutOperand
    case unclosedPlaceholder(openedAt: SourceLocation, PlaceholderContinuation?, Found)
    case expectedSlashBrace(Found)
    case expectedName(after: String, Found)
    case expectedOptionEquals(option: String, Found)
    case expectedOptionValue(option: String, Found)
    case expectedAttributeValue(attribute: String, Found)
    case unclosedLiteral(openedAt: SourceLocation)

    var description: String {
        switch self {
        case .nulCharacter:
            return "U+0000 NULL is not allowed anywhere in a message"
        case .invalidEscape(let found):
            if found == .end { return "'\\' at the end of the message; write '\\\\' for a backslash" }
            return "invalid escape '\\' followed by \(found.description); only \\\\, \\{, \\| and \\} are escapes"
        case .unescapedCloseBrace(let openedAt?):
            return "unescaped '}' in the pattern opened at \(openedAt); write '\\}' for a brace, '}}' to end the pattern"
        case .unescapedCloseBrace(nil):
            return "unescaped '}' in the pattern; write '\\}' for a brace"
        case .unknownKeyword(let keyword, let atStart):
            let hint = atStart ? "; a pattern that starts with '.' must be quoted as '{{…}}'" : ""
            if keyword == "." { return "expected a keyword after '.'; expected .input, .local or .match" + hint }
            return "unknown keyword '\(keyword)'; expected .input, .local or .match" + hint
        case .unquotedComplexBody:
            return
                "expected '{{' to start the quoted pattern of a complex message, found '{'; after declarations the pattern must be quoted as '{{…}}'"
        case .expectedDeclarationOrBody(let found, let afterDeclarations):
            if afterDeclarations {
                return
                    "expected a declaration, .match or a quoted pattern '{{…}}' after the declarations, found \(found.description)"
            }
            return "expected a declaration, .match or a quoted pattern '{{…}}', found \(found.description)"
        case .missingSpace(let construct):
            return "missing space before \(construct.description)"
        case .missingSpaceAfterKeyword(let keyword, let found):
            return "expected a space after '\(keyword)', found \(found.description)"
        case .expectedLocalVariable(let found):
            return "expected a variable ('$name') after .local, found \(found.description)"
        case .expectedLocalEquals(let variable, let found):
            return "expected '=' after '.local $\(variable)', found \(found.description)"
        case .expectedExpression(let after, let found):
            return "expected an expression '{…}' after \(after), found \(found.description)"
        case .markupNotAllowed(let after):
            return "markup is not allowed after \(after); expected an expression"
        case .inputNeedsVariable(let found):
            return "an .input expression must start with a variable ('$name'), found \(found.description)"
        case .expectedSelector(let found):
            return "expected a selector variable ('$name') after .match, found \(found.description)"
        case .expectedKey(let found):
            return "expected a variant key (a literal or '*'), found \(found.description)"
        case .expectedQuotedPattern(let found):
            return "expected another key or '{{' to start the variant's pattern, found \(found.description)"
        case .unclosedQuotedPattern(let openedAt, let found):
            return "expected '}}' to close the pattern opened at \(openedAt), found \(found.description)"
        case .trailingContent(let found):
            return "unexpected \(found.description) after the end of the message body"
        case .emptyPlaceholder:
            return "empty placeholder; expected a literal, a variable, a function or markup inside '{…}'"
        case .expectedPlaceholderContent(let found):
            return
                "expected a literal, a variable ('$name'), a function (':name') or markup ('#name', '/name'), found \(found.description)"
        case .attributeWithoutOperand:
            return "an attribute must follow an operand or a function; expected a literal, a variable or a function before '@'"
        case .unclosedPlaceholder(let openedAt, let continuation?, let found):
            return
                "expected \(continuation.alternatives) or '}' to close the placeholder opened at \(openedAt), found \(found.description)"
        case .unclosedPlaceholder(let openedAt, nil, let found):
            return "expected '}' to close the placeholder opened at \(openedAt), found \(found.description)"
        case .expectedSlashBrace(let found):
            return "expected '}' right after '/' to end a standalone markup, found \(found.description)"
        case .expectedName(let after, let found):
            return "expected a name after \(after), found \(found.description)"
        case .expectedOptionEquals(let option, let found):
            return "expected '=' after the option name '\(option)', found \(found.description)"
        case .expectedOptionValue(let option, let found):
            return "expected a literal or a variable as the value of the option '\(option)', found \(found.description)"
        case .expectedAttributeValue(let attribute, let found):
            if found == .scalar(UInt32(Byte.dollar)) {
                return "the value of the attribute '@\(attribute)' must be a literal, not a variable"
            }
            return "expected a literal as the value of the attribute '@\(attribute)', found \(found.description)"
        case .unclosedLiteral(let openedAt):
            return "expected '|' to close the literal opened at \(openedAt), found end of message"
        }
    }
}
