/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A level, least serious first: an `info` is only shown; `warning`s fail `replykit lint` when
    /// there are more than `--max-warnings`; an `error` always fails it.
    case info, warning, error

    /// Whether `lhs` is less serious than `rhs` (`info < warning < error`).
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One thing the linter found: where, which rule, how serious, what, and how to fix it.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// The rule's stable id (`missing-translation`, `tone/commands`).
    public var rule: String
    /// How serious it is: the rule's default level, unless the manifest's `lint:` map sets another.
    public var severity: Severity
    /// Catalog-relative path.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// What is wrong, in one sentence.
    public var message: String
    /// What to do, when it is obvious.
    public var fix: String?
    /// The block the finding is in, if any (suppressions are per block).
    public var block: String?
    /// The target locale the finding is about, if any (`--locale` filters on it).
    public var locale: String?

    /// Creates a finding; `fix`, `block` and `locale` are optional.
    public init(
        rule: String, severity: Severity, file: String, line: Int, column: Int, message: String,
        fix: String? = nil, block: String? = nil, locale: String? = nil
    ) {
        self.locale = locale
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
        self.block = block
    }

    /// `file:line:column: severity: message [rule]`
    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message) [\(rule)]" }
}
