public import MessageFormatSyntax

/// A problem in a catalog file, with its position. Positions are 1-based; columns count Unicode scalars.
public struct CatalogProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem (stable names, used by tools and tests).
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// A file or directory could not be read, or is not UTF-8.
        case io = "io-error"
        /// `replykit.yaml` is missing or wrong.
        case badManifest = "bad-manifest"
        /// A template's YAML header is missing, malformed, or has a wrong key or value.
        case badHeader = "bad-header"
        /// An entry under `inputs` has a wrong path or type.
        case badInput = "bad-input-declaration"
        /// A block line, or text outside any block, is wrong.
        case badBlock = "bad-block"
        /// Two blocks of one file have the same id.
        case duplicateBlock = "duplicate-block"
        /// A translation has a block its source template does not have.
        case unknownBlock = "unknown-block"
        /// A block condition is malformed, names an undeclared input, or is misplaced.
        case badCondition = "bad-condition"
        /// A file's path does not make a valid template id.
        case badTemplateID = "bad-template-id"
        /// A translation's source template does not exist.
        case missingSource = "missing-source"
        /// MF2 syntax or data-model errors inside a block; `mf2` has the spec's error name.
        case message = "message-error"
    }

    /// What kind of problem this is.
    public var code: Code
    /// Catalog-relative path (`templates/apology/damaged-item.reply`).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// What is wrong and, where obvious, what to do.
    public var message: String
    /// For `.message`: the MF2 error kind.
    public var mf2: MessageErrorKind?

    /// Creates a problem.
    public init(_ code: Code, file: String, line: Int, column: Int, _ message: String, mf2: MessageErrorKind? = nil) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.mf2 = mf2
    }

    /// `file:line:column: message`
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Collects the problems of one file, all carrying its path.
struct ProblemLog {
    let file: String
    var problems: [CatalogProblem] = []

    init(file: String) { self.file = file }

    mutating func add(_ code: CatalogProblem.Code, line: Int, column: Int, _ message: String, mf2: MessageErrorKind? = nil) {
        problems.append(CatalogProblem(code, file: file, line: line, column: column, message, mf2: mf2))
    }

    mutating func add(_ code: CatalogProblem.Code, at position: Position, _ message: String) {
        add(code, line: position.line, column: position.column, message)
    }
}

/// A 1-based line and column.
struct Position: Hashable {
    var line: Int
    var column: Int
}

// MARK: - Names and wording

/// Name checks and wording shared by the catalog's tools; "did you mean" is in `Naming+Suggestions.swift`.
public enum Naming {
    /// Whether `text` matches `[a-z0-9][a-z0-9-]*` (block ids, template id segments, enum values).
    static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, isLowerAlnum(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    static func isIdentifier(_ text: String) -> Bool { isIdentifier(text[...]) }

    /// Whether `id` is a valid template id (`apology/damaged-item`): segments matching
    /// `[a-z0-9][a-z0-9-]*` joined by `/`, the rule the catalog loader applies to file names.
    public static func isTemplateID(_ id: String) -> Bool {
        id.split(separator: "/", omittingEmptySubsequences: false).allSatisfy(isIdentifier)
    }

    static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Whether `path` is a dotted input path usable as an MF2 variable: segments of ASCII letters,
    /// digits, `_` and `-`, joined by `.`, the first starting with a letter or `_`.
    static func isInputPath(_ path: String) -> Bool {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = segments.first?.utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return segments.allSatisfy { segment in
            !segment.isEmpty
                && segment.utf8.allSatisfy {
                    isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_")
                        || $0 == UInt8(ascii: "-")
                }
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// `a, b, or c`.
    static func orList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) or \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + ", or " + items[items.count - 1]
        }
    }

    /// `text` cut to a readable length for quoting in a message.
    static func quoted(_ text: some StringProtocol, limit: Int = 60) -> String {
        let scalars = text.unicodeScalars
        if scalars.count <= limit { return "'\(text)'" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(limit))
        return "'\(String(view))…'"
    }
}
