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

    /// Options for a report; by default no colours, and paths relative to the catalog directory.
    public init(colors: Bool = false, pathPrefix: String = "") {
        self.colors = colors
        self.pathPrefix = pathPrefix
    }
}

/// Writes a lint result in a format.
///
/// Every format is returned without a trailing newline (the caller prints it as a line), and an
/// empty GitHub report is the empty string.
public enum Reporters {
    /// The report of `result` in `format`, without a trailing newline.
    public static func render(_ result: LintResult, format: ReportFormat, options: ReportOptions = ReportOptions()) -> String {
        switch format {
        case .text: TextReporter.render(result, options: options)
        case .json: JSONReporter.render(result, options: options)
        case .sarif: SARIFReporter.render(result, options: options)
        case .github: GitHubReporter.render(result, options: options)
        }
    }
}

// MARK: - Shared by the reporters

extension ReportOptions {
    /// The path a report shows for a catalog-relative file: `pathPrefix/file` with forward
    /// slashes and no `./` (just `file` when the prefix is empty or `.`).
    func reportPath(_ file: String) -> String {
        var prefix = Self.forwardSlashes(pathPrefix)
        while prefix.hasPrefix("./") { prefix.removeFirst(2) }
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if prefix == "." { prefix = "" }
        var file = Self.forwardSlashes(file)
        while file.hasPrefix("./") { file.removeFirst(2) }
        return prefix.isEmpty ? file : prefix + "/" + file
    }

    private static func forwardSlashes(_ path: String) -> String {
        String(String.UnicodeScalarView(path.unicodeScalars.map { $0 == "\\" ? "/" : $0 }))
    }
}

extension Finding {
    /// The message with the fix appended as ` Fix: …` (after a full stop when the message has no
    /// closing punctuation), for formats with a single text field.
    var messageWithFix: String {
        guard let fix, !fix.isEmpty else { return message }
        let closed = message.unicodeScalars.last.map { ".!?".unicodeScalars.contains($0) } ?? true
        return message + (closed ? "" : ".") + " Fix: " + fix
    }
}

/// Counts by level.
struct FindingCounts {
    var errors = 0
    var warnings = 0
    var infos = 0

    init(_ findings: [Finding]) {
        for finding in findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}
