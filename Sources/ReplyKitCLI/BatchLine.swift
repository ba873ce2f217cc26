import ExactJSON
import ReplyKit
import ReplyKitJSON

/// One line of `render --batch`: its request read from JSON, rendered, and its output line.
enum BatchLine {
    /// What a line renders with when it does not say: `--format`, `--strict`, `--isolation`.
    struct Defaults: Sendable {
        var format: RenderOptions.Format
        var strict: Bool
        var isolation: RenderOptions.Isolation
    }

    /// A line's output (compact JSON, no line feed) and whether it rendered.
    struct Output: Sendable {
        let text: String
        let rendered: Bool
    }

    /// The fields a line may have.
    static let fields = ["id", "template", "locale", "case", "format", "strict"]

    /// The longest line read: a longer one is an error line, skipped without being held in memory.
    static let maximumBytes = 1 << 20

    /// Renders the line at `number` (1-based) of the input.
    static func render(_ bytes: ArraySlice<UInt8>, number: Int, catalog: ReplyCatalog, defaults: Defaults) -> Output {
        var id = JSON.null
        do throws(BatchProblem) {
            let request = try read(bytes, number: number, id: &id, defaults: defaults)
            let reply: RenderedReply
            do {
                reply = try catalog.render(
                    request.templates, locale: request.locale, caseJSON: request.caseJSON, options: request.options)
            } catch {
                throw BatchProblem(error, line: number)
            }
            let members: [(String, JSON)] = [
                ("id", id), ("subject", reply.subject.map(JSON.string) ?? .null), ("body", .string(reply.body)),
                ("locale", .string(reply.locale.identifier)),
                ("formattingLocale", .string(reply.formattingLocale.identifier)),
                ("warnings", .array(reply.warnings.map(ReplyJSON.warning))),
            ]
            return Output(text: JSON.object(members).serialized, rendered: true)
        } catch {
            return Output(text: JSON.object([("id", id), ("error", error.json)]).serialized, rendered: false)
        }
    }

    /// A line's output when the line is longer than ``maximumBytes``.
    static func tooLong(number: Int, bytes: Int) -> Output {
        let problem = BatchProblem(
            .badInput, line: number,
            "the line has \(bytes) bytes, more than the limit of \(maximumBytes) (1 MiB); split the case or leave out what the template does not use"
        )
        return Output(text: JSON.object([("id", .null), ("error", problem.json)]).serialized, rendered: false)
    }

    private struct Request {
        var templates: [String]
        var locale: String
        var caseJSON: String
        var options: RenderOptions
    }

    /// The line's request; `id` is set as soon as it is known, for the error line.
    private static func read(_ bytes: ArraySlice<UInt8>, number: Int, id: inout JSON, defaults: Defaults)
        throws(BatchProblem) -> Request
    {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            throw BatchProblem(.badInput, line: number, "blank line: every line must be one JSON object; remove it")
        }
        let json: JSON
        do {
            json = try JSON.parse(utf8: Array(bytes))
        } catch {
            throw BatchProblem(error, line: number)
        }
        guard case .object(let members) = json else {
            throw BatchProblem(.badInput, line: number, "the line is \(json.typeName), not a JSON object")
        }
        switch json["id"] {
        case .string?, .number?: id = json["id"] ?? .null
        case nil: throw BatchProblem(.badInput, line: number, "no 'id': give each line an id (a string or a number)")
        case let other?: throw BatchProblem(.badInput, line: number, "'id' is \(other.typeName); give a string or a number")
        }
        if let unknown = members.first(where: { !fields.contains($0.0) }) {
            throw BatchProblem(
                .badInput, line: number,
                "unknown field '\(unknown.0)'; a line has \(fields.map { "'\($0)'" }.joined(separator: ", "))")
        }
        let templates: [String]
        switch json["template"] {
        case .string(let joined)?: templates = joined.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        case .array(let items)? where !items.isEmpty:
            templates = try items.map { item throws(BatchProblem) in
                guard case .string(let template) = item else {
                    throw BatchProblem(.badInput, line: number, "'template' lists \(item.typeName); list template ids")
                }
                return template
            }
        default:
            throw BatchProblem(
                .badInput, line: number,
                "'template' must be a template id (\"apology/damaged-item\"), ids joined with '+', or a list of ids")
        }
        guard case .string(let locale)? = json["locale"] else {
            throw BatchProblem(.badInput, line: number, "'locale' must be a BCP 47 tag such as \"de-AT\"")
        }
        guard let caseData = json["case"] else {
            throw BatchProblem(.badInput, line: number, "no 'case': give the case data as a JSON object")
        }
        var options = RenderOptions(format: defaults.format, strict: defaults.strict, isolation: defaults.isolation)
        switch json["format"] {
        case nil: break
        case .string(let name)? where RenderOptions.Format(rawValue: name) != nil:
            options.format = RenderOptions.Format(rawValue: name) ?? defaults.format
        default: throw BatchProblem(.badInput, line: number, "'format' must be \"text\", \"markdown\" or \"html\"")
        }
        switch json["strict"] {
        case nil: break
        case .bool(let strict)?: options.strict = strict
        default: throw BatchProblem(.badInput, line: number, "'strict' must be true or false")
        }
        return Request(templates: templates, locale: locale, caseJSON: caseData.serialized, options: options)
    }
}
