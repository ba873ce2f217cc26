import ExactJSON
import ReplyKit
import ReplyKitJSON

/// Why a batch line did not render: a typed problem, as its output line's `error` object.
struct BatchProblem: Error {
    /// The problem's `type`.
    enum Kind: String {
        case unknownTemplate = "unknown-template"
        case invalidLocale = "invalid-locale"
        case invalidJSON = "invalid-json"
        case invalidCase = "invalid-case"
        case strict
        case badInput = "bad-input"
    }

    let kind: Kind
    let message: String
    /// The details after `type`, `message` and `line`: suggestions, case problems, warnings.
    let details: [(String, JSON)]
    /// The input line, 1-based.
    let line: Int

    init(_ kind: Kind, line: Int, _ message: String, details: [(String, JSON)] = []) {
        self.kind = kind
        self.message = message
        self.details = details
        self.line = line
    }

    /// A line that is not JSON (or not UTF-8), with the column of the error in the line.
    init(_ error: JSONSyntaxError, line: Int) {
        let message =
            "the line is not valid JSON: \(error.message) at column \(error.column)" + (error.note.map { " (\($0))" } ?? "")
        self.init(.invalidJSON, line: line, message, details: [("column", .number(String(error.column)))])
    }

    /// A problem the library found while rendering the line's request.
    init(_ error: RenderError, line: Int) {
        switch error {
        case .unknownTemplate(let id, let suggestions):
            self.init(
                .unknownTemplate, line: line,
                error.description + (suggestions.isEmpty ? "; see 'replykit list'" : ""),
                details: [("template", .string(id)), ("suggestions", .array(suggestions.map(JSON.string)))])
        case .invalidLocale(let tag):
            self.init(.invalidLocale, line: line, error.description, details: [("locale", .string(tag))])
        case .invalidJSON:
            self.init(.invalidJSON, line: line, error.description)
        case .invalidCase(let problems):
            self.init(
                .invalidCase, line: line, error.description,
                details: [
                    (
                        "problems",
                        .array(
                            problems.map { problem in
                                .object([
                                    ("path", .string(problem.path)), ("expected", .string(problem.expected)),
                                    ("found", .string(problem.found)),
                                ])
                            })
                    )
                ])
        case .strict(let warnings):
            self.init(
                .strict, line: line, error.description,
                details: [("warnings", .array(warnings.map(ReplyJSON.warning)))])
        }
    }

    /// `{"type", "message", "line", …details}`.
    var json: JSON {
        .object([("type", .string(kind.rawValue)), ("message", .string(message)), ("line", .number(String(line)))] + details)
    }
}
