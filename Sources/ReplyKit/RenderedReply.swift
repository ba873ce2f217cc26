import ExactJSON
public import Intl
public import MessageFormat

/// How to render a reply.
public struct RenderOptions: Sendable, Hashable {
    /// The output form of `subject` and `body`.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// Plain text, for chat, SMS and text e-mail.
        case text
        /// Markdown (CommonMark) for chat tools and help desks: markup as emphasis, links and hard
        /// line breaks, everything else escaped so that no text can become formatting.
        case markdown
        /// HTML for e-mail: case data escaped, markup mapped to tags, one paragraph per block.
        case html
    }

    /// How values are protected from the text around them in bidirectional text.
    public enum Isolation: String, Sendable, Hashable, CaseIterable {
        /// Isolate only values that need it: text whose direction differs from the reply's, or that
        /// carries bidi controls (which are removed). Nothing invisible is added otherwise.
        case minimal
        /// MessageFormat's default strategy: isolate every value of unknown or opposite direction.
        case spec
    }

    /// The output form of the body's blocks; `.text` by default. The subject is plain text in
    /// every format.
    public var format: Format
    /// Any fallback to another locale, missing input a block needs, or formatting error is an error.
    public var strict: Bool
    /// How values are isolated from the text around them; `.minimal` by default.
    public var isolation: Isolation
    /// Whether the blocks' parts carry number fields (integer, group, currency…) for services.
    /// On, each block's parts are listed in the same pass that writes it (a service that returns
    /// them pays for one pass, not two); off, rendering spares the fields' formatting pass per
    /// number and a block's parts are formatted only if read.
    public var includeFields: Bool

    /// Options for a render; the defaults give plain text, fallbacks and warnings allowed, minimal
    /// isolation, and parts without number fields.
    public init(format: Format = .text, strict: Bool = false, isolation: Isolation = .minimal, includeFields: Bool = false) {
        self.format = format
        self.strict = strict
        self.isolation = isolation
        self.includeFields = includeFields
    }
}

/// A rendered reply.
public struct RenderedReply: Sendable {
    /// The template rendered.
    public let templateID: String
    /// The locale asked for.
    public let requestedLocale: LocaleID
    /// The catalog locale that served the request: the reply's text locale (a block may still
    /// have fallen back).
    public let locale: LocaleID
    /// The locale the reply's numbers, dates and lists format in: the requested locale, with its
    /// region and extensions (`de-CH`, `ar-u-nu-latn`). A block that fell back to another
    /// language formats in that language (see ``RenderedBlock/formattingLocale``).
    public let formattingLocale: LocaleID
    /// The text of the `subject` block, if the template has one: plain text in every format
    /// (never HTML-escaped), on one line.
    public let subject: String?
    /// Every other rendered block, in order, as text or HTML. In HTML the paragraphs are in one
    /// `<div>` that declares the reply's language and direction.
    public let body: String
    /// The rendered blocks with their parts and the locale each came from.
    public let blocks: [RenderedBlock]
    /// Blocks that came from a locale later in the fallback chain than the one asked for.
    public let fallbacks: [BlockFallback]
    /// Problems that did not stop rendering, fallbacks included (in strict mode these are
    /// errors instead). ``RenderWarning/summary(_:)`` gives them as lines for people.
    public let warnings: [RenderWarning]
}

/// One rendered block.
public struct RenderedBlock: Sendable {
    /// The block id as written in its template (`greeting`).
    public let id: String
    /// The template the block belongs to.
    public let template: String
    /// The locale whose text was used (the text locale).
    public let locale: LocaleID
    /// The locale its numbers, dates and lists were formatted in.
    public let formattingLocale: LocaleID
    /// The block as text or HTML, as asked.
    public let output: String
    /// What the block was formatted from, for its parts.
    let source: Source

    /// The formatted parts (text, values with fields as `RenderOptions.includeFields` asked,
    /// markup). With `includeFields` they were listed while the block was written; otherwise they
    /// are formatted from the block's message and the case each time this is read.
    public var parts: [MessagePart] {
        switch source {
        case .listed(let parts): parts
        case .message(let formatter, let arguments):
            formatter.formatToParts(arguments, includeFields: false).parts
        }
    }

    enum Source: Sendable {
        /// Listed while rendering.
        case listed([MessagePart])
        /// Formatted on demand, from the block's message and arguments.
        case message(MessageFormatter, arguments: [String: MessageArgument])
    }
}

/// A block rendered from another locale than the one asked for.
public struct BlockFallback: Sendable, Hashable, CustomStringConvertible {
    /// The id of the block that fell back.
    public let block: String
    /// The locale whose text was wanted: the catalog locale that served the reply, or the requested
    /// locale when no catalog locale speaks its language.
    public let wanted: LocaleID
    /// The later locale of the fallback chain whose text was used (often the source locale).
    public let used: LocaleID
    /// `block 'greeting' has no de text; used en`
    public var description: String { "block '\(block)' has no \(wanted) text; used \(used)" }
}

/// Why a reply could not be rendered.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// No template has this id; the closest ids are suggested.
    case unknownTemplate(String, suggestions: [String])
    /// The locale is not a BCP 47 tag.
    case invalidLocale(String)
    /// The case is not valid JSON.
    case invalidJSON(String)
    /// The case data does not match the template's inputs: every problem at once.
    case invalidCase([CaseDataProblem])
    /// Strict mode: what would have been a fallback or a warning.
    case strict([RenderWarning])

    /// What went wrong, for people: an unknown id with its suggestions, or every problem on its own
    /// indented line.
    public var description: String {
        switch self {
        case .unknownTemplate(let id, let suggestions):
            "unknown template '\(id)'"
                + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?")
        case .invalidLocale(let tag): "'\(tag)' is not a BCP 47 locale tag (examples: de, de-AT, zh-Hant)"
        case .invalidJSON(let detail): "the case is not valid JSON: \(detail)"
        case .invalidCase(let problems):
            "the case data does not fit the template:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        case .strict(let warnings):
            "strict mode:\n" + RenderWarning.summary(warnings).map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
