public import ExactJSON
public import Intl
public import MessageFormat
import MessageFormatSyntax

/// What `replykit format` (and the service's `POST /v1/format`) does for one message, apart from
/// reading and printing.
public enum FormatService {
    /// One message to format.
    public struct Request: Sendable {
        /// The MessageFormat 2 source.
        public var source: String
        /// The BCP 47 tag to format for.
        public var locale: String
        /// The values of the message's external variables, by name (without `$`).
        public var arguments: [String: MessageArgument] = [:]
        /// The bidi isolation strategy: `.default` (the spec's) or `.none` (`--bidi none`).
        public var bidi: BidiIsolation = .default

        /// A request to format `source` in `locale`.
        public init(
            source: String, locale: String, arguments: [String: MessageArgument] = [:], bidi: BidiIsolation = .default
        ) {
            self.source = source
            self.locale = locale
            self.arguments = arguments
            self.bidi = bidi
        }
    }

    /// The output and errors of one message.
    public struct Response: Sendable {
        /// The formatted text; nil when the message could not be built (syntax or data-model errors).
        public var output: String?
        /// The syntax, data-model or formatting errors, in the order found; empty when all went well.
        public var errors: [MessageError]
        /// Problems that did not stop formatting (a locale ICU has no data for).
        public var warnings: [String]
        /// The message's source, against which the errors' ranges are given line and column.
        public var source: String

        /// `{"output", "errors", "warnings"?}`, as `replykit format --json` prints it.
        public var json: JSON {
            var members: [(String, JSON)] = [
                ("output", output.map(JSON.string) ?? .null),
                ("errors", .array(errors.map(errorJSON))),
            ]
            if !warnings.isEmpty { members.append(("warnings", .array(warnings.map(JSON.string)))) }
            return .object(members)
        }

        private func errorJSON(_ error: MessageError) -> JSON {
            var members: [(String, JSON)] = [("type", .string(error.kind.rawValue)), ("message", .string(error.message))]
            if let location = error.location(in: source) {
                members.append(("line", .number(String(location.line))))
                members.append(("column", .number(String(location.column))))
            }
            return .object(members)
        }
    }

    /// A locale tag that is not well-formed BCP 47.
    public struct LocaleError: Error, CustomStringConvertible {
        /// The message for the user: the tag, and examples of well-formed ones.
        public let description: String
    }

    /// The locale of `tag`, with a warning when ICU has no data for it.
    public static func locale(_ tag: String) throws(LocaleError) -> (LocaleID, warning: String?) {
        let locale: LocaleID
        do {
            locale = try LocaleID(tag)
        } catch {
            throw LocaleError(description: "'\(tag)' is not a BCP 47 locale tag (examples: en, de-AT, zh-Hant-TW)")
        }
        guard locale.hasData else {
            return (
                locale, "ICU has no data for locale '\(locale.identifier)'; formatting falls back to ICU's default locale data"
            )
        }
        return (locale, nil)
    }

    /// Formats one message; only a malformed locale tag throws (message errors are in the response).
    public static func run(_ request: Request) throws(LocaleError) -> Response {
        let (locale, warning) = try locale(request.locale)
        let warnings = warning.map { [$0] } ?? []
        do {
            let formatter = try MessageFormatter(request.source, locale: locale, bidiIsolation: request.bidi)
            let result = formatter.format(request.arguments)
            return Response(output: result.string, errors: result.errors, warnings: warnings, source: request.source)
        } catch {
            return Response(output: nil, errors: error.errors, warnings: warnings, source: request.source)
        }
    }

    /// The result line for an input line that could not be read as a request: no output and
    /// one `bad-input` error naming the line.
    public static func badLine(number: Int, _ message: String) -> JSON {
        .object([
            ("output", .null),
            (
                "errors",
                .array([.object([("type", .string("bad-input")), ("message", .string("line \(number): \(message)"))])])
            ),
        ])
    }

    /// One line of `--batch`: `{"src", "locale"?, "params"?, "bidiIsolation"?}` in, `{"output", "errors"}` out.
    public static func runBatchLine(_ line: String, number: Int, defaultLocale: String) -> JSON {
        func failure(_ message: String) -> JSON { badLine(number: number, message) }
        let json: JSON
        do {
            json = try JSON.parse(line)
        } catch {
            return failure("not valid JSON: \(error)")
        }
        guard case .string(let source)? = json["src"] else {
            return failure("needs \"src\", the message as a string")
        }
        var request = Request(source: source, locale: defaultLocale)
        if let locale = json["locale"] {
            guard case .string(let tag) = locale else { return failure("\"locale\" must be a string") }
            request.locale = tag
        }
        if let bidi = json["bidiIsolation"] {
            guard case .string(let name) = bidi, let strategy = BidiIsolation(rawValue: name) else {
                return failure("\"bidiIsolation\" must be \"default\" or \"none\"")
            }
            request.bidi = strategy
        }
        do {
            if let params = json["params"] {
                request.arguments = try ArgumentDecoding.arguments(fromParams: params, path: "params")
            }
            return try run(request).json
        } catch let error as ArgumentError {
            return failure(error.description)
        } catch {
            return failure("\(error)")
        }
    }
}
