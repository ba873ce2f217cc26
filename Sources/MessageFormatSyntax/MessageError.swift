/// The kinds of error a message can produce, named as in the MessageFormat 2.0 spec's
/// `errors.md` and the conformance suite's JSON schema.
public enum MessageErrorKind: String, Sendable, Hashable, CaseIterable, Codable {
    // Syntax
    case syntaxError = "syntax-error"
    // Data model
    case variantKeyMismatch = "variant-key-mismatch"
    case missingFallbackVariant = "missing-fallback-variant"
    case missingSelectorAnnotation = "missing-selector-annotation"
    case duplicateDeclaration = "duplicate-declaration"
    case duplicateOptionName = "duplicate-option-name"
    case duplicateVariant = "duplicate-variant"
    // Resolution
    case unresolvedVariable = "unresolved-variable"
    case unknownFunction = "unknown-function"
    case badSelector = "bad-selector"
    // Message function errors
    case badOperand = "bad-operand"
    case badOption = "bad-option"
    case badVariantKey = "bad-variant-key"
    case unsupportedOperation = "unsupported-operation"
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

    public var description: String { "\(kind.rawValue): \(message)" }
}

/// Every error found while building a message (syntax or data model), all at once.
public struct MessageErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, in source order; never empty.
    public var errors: [MessageError]

    /// Wraps `errors`.
    public init(_ errors: [MessageError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
