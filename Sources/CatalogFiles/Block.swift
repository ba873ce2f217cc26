public import MessageFormatSyntax

/// When a block renders.
public enum BlockCondition: Sendable, Hashable {
    /// Always.
    case always
    /// `when path`: the input is present and not empty or false.
    case present(path: String)
    /// `when path = value`: the input equals `value`.
    case equals(path: String, value: String)
    /// `otherwise`: no block of the conditional run just before it rendered.
    case otherwise

    /// Whether the block belongs to a conditional run (`when …`).
    var isConditional: Bool {
        switch self {
        case .present, .equals: true
        case .always, .otherwise: false
        }
    }
}

/// One block: an id, a condition (source only), and one MF2 message.
///
/// A class: the linter's rules and the catalog compiler pass blocks around a great deal, and a
/// copy then costs one retain instead of one per field.
public final class Block: Sendable {
    /// The block id (`greeting`).
    public let id: String
    /// When the block renders; always `.always` in a translation.
    public let condition: BlockCondition
    /// The message text exactly as in the file (leading/trailing blank lines removed).
    public let text: String
    /// The parsed message (an empty pattern when the text has a syntax error, which is reported).
    public let message: Message
    /// The problems of the message as the loader reported them, at their file positions: its
    /// syntax error, or its data-model errors; empty for a valid message. Kept with the block so
    /// that nothing downstream (the compiler, the linter's rules) parses or validates it again.
    public let messageProblems: [CatalogProblem]
    /// `#:` annotation lines (without `#:` and surrounding spaces), with their line numbers.
    public let annotations: [(text: String, line: Int)]
    /// For a translation block: the `@hash` of the source block it was translated from.
    public let sourceHash: String?
    /// Line of the `[id]` line.
    public let line: Int
    /// Line and column in the file of the first character of `text`.
    public let textLine: Int
    /// Column in the file of the first character of `text`.
    public let textColumn: Int
    /// UTF-8 offset in the file of the first byte of `text`: add a message SourceRange to it
    /// and compute a SourceLocation over the file text to point into the file.
    public let textOffset: Int

    /// Creates a block; `messageProblems` are the problems found in `message` (none by default).
    public init(
        id: String, condition: BlockCondition, text: String, message: Message, messageProblems: [CatalogProblem] = [],
        annotations: [(text: String, line: Int)], sourceHash: String?, line: Int, textLine: Int, textColumn: Int,
        textOffset: Int
    ) {
        self.id = id
        self.condition = condition
        self.text = text
        self.message = message
        self.messageProblems = messageProblems
        self.annotations = annotations
        self.sourceHash = sourceHash
        self.line = line
        self.textLine = textLine
        self.textColumn = textColumn
        self.textOffset = textOffset
    }

    /// Whether the text parsed as a message; when not, ``message`` is empty and
    /// ``messageProblems`` holds the syntax error.
    public var parses: Bool { !messageProblems.contains { $0.mf2 == .syntaxError } }
}
