public import Intl

/// Something that did not stop a reply from rendering, typed so a service can act on it. In
/// strict mode each of these is an error instead (``RenderError/strict(_:)``).
public struct RenderWarning: Sendable, Hashable, CustomStringConvertible {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// The block has no text in the reply's locale; `used`'s text was rendered.
        case fallback(wanted: LocaleID, used: LocaleID)
        /// The block's translation was made from an older version of the source block.
        case staleTranslation
        /// The block was left out: a value it reads is missing (`missing`, its input path) or
        /// could not be formatted (`reason`).
        case blockLeftOut(missing: String?, reason: String)
        /// A link whose address is not http, https or mailto was rendered as plain text.
        case refusedLink(href: String)
        /// Markup the output format has no form for was left out.
        case unknownMarkup(name: String)
        /// A case value given per language (`{"en": …, "de": …}`) has no text in the block's
        /// language; the text for `used` was rendered.
        case localizedTextFallback(path: String, used: String)
        /// Control characters were removed from a case value.
        case removedControlCharacters(path: String)

        /// The kind's name for machines: `fallback`, `stale-translation`, `block-left-out`,
        /// `refused-link`, `unknown-markup`, `localized-text-fallback`, `removed-control-characters`.
        public var name: String {
            switch self {
            case .fallback: "fallback"
            case .staleTranslation: "stale-translation"
            case .blockLeftOut: "block-left-out"
            case .refusedLink: "refused-link"
            case .unknownMarkup: "unknown-markup"
            case .localizedTextFallback: "localized-text-fallback"
            case .removedControlCharacters: "removed-control-characters"
            }
        }
    }

    /// What happened.
    public let kind: Kind
    /// The template the block belongs to (for a case value: the template, or templates joined
    /// with `+`, that was rendered).
    public let template: String
    /// The block concerned, or nil for a problem with a case value as a whole.
    public let block: String?
    /// The locale of the text concerned.
    public let locale: LocaleID

    /// Creates a warning.
    public init(_ kind: Kind, template: String, block: String?, locale: LocaleID) {
        self.kind = kind
        self.template = template
        self.block = block
        self.locale = locale
    }

    /// One sentence, naming the template and block.
    public var description: String { sentence(blocks: block.map { [$0] } ?? []) }

    /// The sentence for this warning's kind, said of `blocks` (none: of the case).
    private func sentence(blocks: [String]) -> String {
        let named =
            switch blocks.count {
            case 0: "the case"
            case 1: "block '\(blocks[0])'"
            default: "blocks " + blocks.map { "'\($0)'" }.joined(separator: ", ")
            }
        let plural = blocks.count > 1
        switch kind {
        case .fallback(let wanted, let used):
            return "\(template): \(named) \(plural ? "have" : "has") no \(wanted) text; used \(used)"
        case .staleTranslation:
            return "\(template): \(named) in \(locale) \(plural ? "were" : "was") translated from an older version of the source"
        case .blockLeftOut(let missing?, _):
            return "\(template): \(named) left out: \(plural ? "they need" : "it needs") \(missing), which the case does not give"
        case .blockLeftOut(nil, let reason):
            return "\(template): \(named) left out: \(reason)"
        case .refusedLink(let href):
            return "\(template): \(named): link to '\(href)' shown as plain text: only http, https and mailto links are allowed"
        case .unknownMarkup(let name):
            return "\(template): \(named): markup {#\(name)} has no form in this output and was left out"
        case .localizedTextFallback(let path, let used):
            return "\(template): \(named): \(path) has no \(locale) text; used its '\(used)' text"
        case .removedControlCharacters(let path):
            return "\(template): control characters removed from \(path)"
        }
    }

    /// The warnings as lines for people: one line per kind and template, naming the blocks it
    /// concerns, so a template with no translation at all gives one line, not one per block.
    public static func summary(_ warnings: [RenderWarning]) -> [String] {
        var order: [RenderWarning] = []
        var blocks: [RenderWarning: [String]] = [:]
        for warning in warnings {
            // The warning without its block is the group's key.
            let key = RenderWarning(warning.kind, template: warning.template, block: nil, locale: warning.locale)
            if blocks[key] == nil { order.append(key) }
            blocks[key, default: []] += warning.block.map { [$0] } ?? []
        }
        return order.map { $0.sentence(blocks: blocks[$0] ?? []) }
    }
}
