/// The kinds of error a message can produce, named as in the MessageFormat 2.0 spec's
/// `errors.md` and the conformance suite's JSON schema.
public enum MessageErrorKind: String, Sendable, Hashable, CaseIterable, Codable {
    // Syntax
    /// The source is not well-formed MessageFormat 2 (an unclosed `{`, a stray `}`, a bad escape…).
    case syntaxError = "syntax-error"
    // Data model
    /// A variant has a different number of keys than the `.match` has selectors.
    case variantKeyMismatch = "variant-key-mismatch"
    /// No variant has only catch-all (`*`) keys, so some values would match no variant.
    case missingFallbackVariant = "missing-fallback-variant"
    /// A selector is not a variable declared with a function (`.input {$n :number}`), so nothing
    /// says how to select on it.
    case missingSelectorAnnotation = "missing-selector-annotation"
    /// A variable is declared twice, or declared after an earlier declaration (or its own
    /// expression) used it.
    case duplicateDeclaration = "duplicate-declaration"
    /// An option name is given twice on one function or markup.
    case duplicateOptionName = "duplicate-option-name"
    /// Two variants have the same keys.
    case duplicateVariant = "duplicate-variant"
    // Resolution
    /// A variable has no value: it is neither declared in the message nor given as an argument.
    case unresolvedVariable = "unresolved-variable"
    /// The function registry has no function of that name (`:nmber`).
    case unknownFunction = "unknown-function"
    /// A selector's value cannot select: it failed to resolve, or its function does not support
    /// selection.
    case badSelector = "bad-selector"
    // Message function errors
    /// A function cannot take the operand (`{|abc| :number}`).
    case badOperand = "bad-operand"
    /// An option value is not one the function accepts (`currency=EURO`).
    case badOption = "bad-option"
    /// A variant key the selector's function cannot compare with (`:number` keys are numbers or plural
    /// categories).
    case badVariantKey = "bad-variant-key"
    /// An operation the implementation does not support; named by the spec, not reported by this
    /// package's functions.
    case unsupportedOperation = "unsupported-operation"
    /// A value that cannot be formatted; named by the spec, not reported by this package's functions.
    case notFormattable = "not-formattable"

    /// A one-line, human description of the kind, used as the start of every message.
    public var summary: String {
        switch self {
        case .syntaxError: "syntax error"
        case .variantKeyMismatch: "a variant has a different number of keys than there are selectors"
        case .missingFallbackVariant: "no variant has only catch-all (*) keys"
        case .missingSelectorAnnotation: "a selector does not refer to a declaration with a function"
        case .duplicateDeclaration: "a variable is declared twice, or used before it is declared"
        case .duplicateOptionName: "an option is given twice"
        case .duplicateVariant: "two variants have the same keys"
        case .unresolvedVariable: "no value was given for a variable"
        case .unknownFunction: "unknown function"
        case .badSelector: "this value cannot be used for selection"
        case .badOperand: "the operand is not valid for this function"
        case .badOption: "an option value is not valid"
        case .badVariantKey: "a variant key is not valid for this selector"
        case .unsupportedOperation: "unsupported operation"
        case .notFormattable: "this value cannot be formatted"
        }
    }
}

/// One error found in a message: its kind, a detail for humans, and where it is in the source.
public struct MessageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The spec's name for the error.
    public var kind: MessageErrorKind
    /// What exactly was wrong, for a human; may be empty.
    public var detail: String
    /// The span of source text the error points at, when it has one.
    public var range: SourceRange?

    /// Creates an error of `kind`, optionally pointing at `range`.
    public init(_ kind: MessageErrorKind, _ detail: String = "", at range: SourceRange? = nil) {
        self.kind = kind
        self.detail = detail
        self.range = range
    }

    /// `summary: detail`, without position.
    public var message: String {
        detail.isEmpty ? kind.summary : "\(kind.summary): \(detail)"
    }

    /// `kind: summary: detail` (`kind: summary` when there is no detail), without position:
    /// `unresolved-variable: no value was given for a variable: $name`.
    public var description: String { "\(kind.rawValue): \(message)" }
}

/// Every error found while building a message (syntax or data model), all at once.
public struct MessageErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, in source order; never empty.
    public var errors: [MessageError]

    /// Wraps `errors`.
    public init(_ errors: [MessageError]) { self.errors = errors }

    /// Every error on its own line, as ``MessageError/description`` writes it.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
