import ArgumentParser
import ExactJSON
import Intl
import MessageFormat
import MessageFormatSyntax
import ReplyKitJSON

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension BidiIsolation: ExpressibleByArgument {}

struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format",
        abstract: "Format one MessageFormat 2.0 message, or a batch of them.",
        discussion: """
            Examples:
              replykit format 'Hello {$name}!' --args '{"name": "Ana"}'
              replykit format '.input {$n :integer} .match $n one {{{$n} parcel}} * {{{$n} parcels}}' \\
                  --locale pl --args '{"n": 5}'
              replykit format 'Refund: {$refund :currency}' --locale de-AT \\
                  --args '{"refund": {"amount": "129.90", "currency": "EUR"}}' --json
              echo '{"src": "{1 :number}", "locale": "ar"}' | replykit format --batch

            --args values: strings, numbers (kept exact), booleans, lists, money \
            {"amount": "129.90", "currency": "PLN"}, measures {"value": 2.5, "unit": "kilogram"}, \
            dates {"type": "datetime", "value": "2026-11-22T10:00:00Z"}.

            --batch reads JSON lines {"src", "locale", "params", "bidiIsolation"} (params as in the \
            MF2 conformance suite: [{"name", "value"}]) and writes one {"output", "errors"} line each.
            """
    )

    @Argument(help: "The message, or '-' to read it from standard input.")
    var message: String?

    @ArgumentParser.Option(name: .shortAndLong, help: "The locale to format for (BCP 47).")
    var locale = "en"

    @ArgumentParser.Option(name: .shortAndLong, help: "Variable values as a JSON object.")
    var args: String?

    @ArgumentParser.Option(help: "Bidi isolation of placeholders: default (the MF2 strategy) or none.")
    var bidi: BidiIsolation = .default

    @Flag(help: "Print {\"output\", \"errors\"} as JSON instead of the text.")
    var json = false

    @Flag(help: "Read JSON lines from standard input; write one JSON result line each.")
    var batch = false

    func validate() throws {
        if batch && message != nil { throw ValidationError("Give a message or --batch, not both.") }
        if !batch && message == nil { throw ValidationError("Missing the message to format (or use --batch).") }
        if batch && args != nil { throw ValidationError("--args does not apply to --batch; put \"params\" on each line.") }
    }

    func run() throws {
        if batch {
            // Read as `render --batch` reads: a line at a time, each at most 1 MiB, so an input
            // without line breaks (`/dev/zero`) gives an error line instead of filling memory.
            var reader = BatchLineReader(descriptor: STDIN_FILENO)
            var hadErrors = false
            while let chunk = reader.nextChunk(shard: BatchOptions.Shard(index: 0, count: 1)) {
                for entry in chunk.entries {
                    let result: JSON
                    switch entry {
                    case .line(let number, let range):
                        let line = String(decoding: chunk.bytes[range], as: UTF8.self)
                        if line.allSatisfy(\.isWhitespace) { continue }
                        result = FormatService.runBatchLine(line, number: number, defaultLocale: locale)
                    case .tooLong(let number, let bytes):
                        result = FormatService.badLine(
                            number: number,
                            "\(bytes) bytes, longer than a line may be (\(BatchLine.maximumBytes >> 20) MiB); not read")
                    }
                    if case .array(let errors)? = result["errors"], !errors.isEmpty { hadErrors = true }
                    Terminal.out(result.serialized)
                }
            }
            if let error = reader.readError {
                throw UsageError("cannot read standard input: \(String(cString: strerror(error)))")
            }
            if hadErrors { throw ExitCode(1) }
            return
        }
        var request = FormatService.Request(source: try messageSource(), locale: locale, bidi: bidi)
        if let args {
            do {
                request.arguments = try ArgumentDecoding.arguments(fromObject: JSON.parse(args), path: "--args")
            } catch let error as JSONSyntaxError {
                throw ValidationError("--args is not valid JSON: \(error)")
            } catch {
                throw ValidationError("\(error)")
            }
        }
        let response: FormatService.Response
        do {
            response = try FormatService.run(request)
        } catch {
            throw ValidationError("--locale \(error)")
        }
        if json {
            Terminal.out(response.json.serialized)
        } else {
            for warning in response.warnings { Terminal.err("warning: \(warning)") }
            for error in response.errors { Terminal.err(error.rendered(source: request.source, file: "message")) }
            if let output = response.output { Terminal.out(output) }
        }
        if !response.errors.isEmpty { throw ExitCode(1) }
    }

    private func messageSource() throws -> String {
        guard message == "-" else { return message ?? "" }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.bytes("-", limit: BatchLine.maximumBytes)
        } catch {
            throw UsageError("the message: \(error.description)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
