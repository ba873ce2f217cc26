import ArgumentParser
import CatalogFiles
import ExactJSON
import Intl
import MessageFormat
import ReplyKit
import ReplyKitJSON

extension RenderOptions.Format: ExpressibleByArgument {}
extension RenderOptions.Isolation: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a reply from a template and a case.",
        discussion: """
            Examples:
              replykit render apology/damaged-item --locale de --case examples/cases/apology-damaged-item.json
              replykit render remedy/full-refund --locale ar --case case.json --format html
              replykit render follow-up/review-invitation --locale de --case case.json --format markdown
              cat case.json | replykit render apology/damaged-item --locale ja --case - --format json --strict
              replykit render apology/late-delivery+remedy/store-credit --locale fr --case case.json
              replykit render --batch replies.jsonl > rendered.jsonl
              replykit render --batch replies.jsonl --shard 0/4 --format html > rendered-0.jsonl

            Templates joined with '+' render as one reply: the first template's subject and \
            greeting, then every template's blocks in order, and the last template's closing. The \
            case must provide the inputs of all of them.

            The locale resolves through CLDR parents and likely subtags (de-AT uses de, zh-TW uses \
            zh-Hant); a block with no translation falls back to the next locale and is reported. \
            --strict turns every fallback, stale or left-out block into an error (for CI and tests).

            The pseudo-locales en-XA (accented, about 40% longer, bracketed) and ar-XB (right to \
            left, mirrored) render any template from its source text, without translations: \
              replykit render apology/damaged-item --locale en-XA --case case.json

            --batch reads JSON lines, {"id": "…", "template": "a" | "a+b" | ["a", "b"], "locale": "de", \
            "case": {…}, "format"?: "text" | "markdown" | "html", "strict"?: true}, and writes one JSON \
            line per input line, in order: {"id", "subject", "body", "locale", "formattingLocale", \
            "warnings"}, or {"id", "error": {"type", "message", "line", …}} for a line that could not \
            render (a blank line too). --format, --strict and --isolation are the defaults for every \
            line. Exit status: 0 every line rendered, 1 some did not, 2 usage error.
            """
    )

    @Argument(
        help: """
            The template id, such as apology/damaged-item (see 'replykit list'), or several joined with '+'. \
            With --batch: the JSON-lines file ('-' or none: standard input).
            """,
        completion: .custom(Completions.templates))
    var template: String?

    @ArgumentParser.Option(
        name: .shortAndLong, help: "The customer's locale (BCP 47).", completion: .custom(Completions.locales))
    var locale: String?

    @ArgumentParser.Option(name: .long, help: "The case data: a JSON file, or '-' for standard input.")
    var `case`: String?

    @ArgumentParser.Option(
        help: """
            text, markdown, html, or json (subject, body, blocks with their locales, fallbacks, warnings). \
            Markdown (CommonMark) is for chat tools and help desks.
            """)
    var format: OutputFormat = .text

    @Flag(help: "Fail on any fallback, stale translation or left-out block.")
    var strict = false

    @ArgumentParser.Option(help: "Bidi isolation: minimal (only values that need it) or spec (MessageFormat's default).")
    var isolation: RenderOptions.Isolation = .minimal

    @OptionGroup var catalogOptions: CatalogOptions

    /// Loads and compiles the whole catalog before rendering, as every render did before it loaded
    /// only the templates it renders: for the start-up benchmark (Benchmarks/startup.sh).
    @Flag(help: .hidden)
    var wholeCatalog = false

    @OptionGroup var batchOptions: BatchOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
    }

    func validate() throws {
        try batchOptions.check(template: template, locale: locale, case: self.case, format: format)
        guard !batchOptions.batch else { return }
        if template == nil { throw ValidationError("Missing expected argument '<template>' (or --batch FILE)") }
        if locale == nil { throw ValidationError("Missing expected argument '--locale <locale>'") }
        if self.case == nil { throw ValidationError("Missing expected argument '--case <case>'") }
    }

    func run() throws {
        if batchOptions.batch { return try runBatch() }
        guard let template, let locale else { return }
        let ids = template.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        // Only the translations this locale can use; an invalid tag loads them all, and rendering
        // then reports the tag after any unknown template.
        let requested = try? LocaleID(locale)
        let catalog =
            try wholeCatalog
            ? catalogOptions.load()
            : requested.map { try catalogOptions.load(templates: ids, locale: $0) } ?? catalogOptions.load(templates: ids)
        for id in ids where catalog.info(id) == nil {
            let suggestions = catalog.suggestions(for: id)
            throw UsageError(
                "unknown template '\(id)'"
                    + (suggestions.isEmpty
                        ? "; see 'replykit list'" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"))
        }
        guard requested != nil else {
            throw UsageError("'\(locale)' is not a BCP 47 locale tag (examples: de, de-AT, zh-Hant)")
        }
        let caseText = try readCase()
        let options = RenderOptions(
            format: RenderOptions.Format(rawValue: format.rawValue) ?? .text, strict: strict, isolation: isolation,
            includeFields: format == .json)
        let reply: RenderedReply
        do {
            reply = try catalog.render(ids, locale: locale, caseJSON: caseText, options: options)
        } catch {
            switch error {
            case .unknownTemplate, .invalidLocale: throw UsageError(error.description)
            case .invalidJSON:
                Terminal.err("error: \(caseName): \(error.description)")
                throw ExitCode(1)
            default:
                Terminal.err("error: \(error.description)")
                throw ExitCode(1)
            }
        }
        switch format {
        case .json:
            Terminal.out(String(decoding: ReplyJSON.bytes(reply), as: UTF8.self))
        case .text, .markdown:
            for line in RenderWarning.summary(reply.warnings) { Terminal.err("warning: \(line)") }
            if let subject = reply.subject { Terminal.out("Subject: \(subject)\n") }
            Terminal.out(reply.body)
        case .html:
            for line in RenderWarning.summary(reply.warnings) { Terminal.err("warning: \(line)") }
            Terminal.out(reply.htmlDocument)
        }
    }

    /// The case file, or standard input, by the name errors give it.
    private var caseName: String { self.case == "-" ? "standard input" : self.case ?? "" }

    /// The case's text: a file that cannot be read is a usage error (2); one that is not UTF-8 is
    /// not valid JSON, a problem with the case data (1), reported at its byte.
    private func readCase() throws -> String {
        guard let path = self.case else { throw UsageError("no case file given") }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.bytes(path, limit: CatalogLimits.namedFileBytes)
        } catch {
            throw UsageError("the case file: \(error.description)")
        }
        do {
            return try JSON.text(fromUTF8: bytes)
        } catch {
            Terminal.err("error: \(caseName): \(error.description); save the file as UTF-8")
            throw ExitCode(1)
        }
    }
}
