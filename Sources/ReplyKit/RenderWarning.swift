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
    public var description: String {
        let blockName = block.map { "block '\($0)'" } ?? "the case"
        switch kind {
        case .fallback(let wanted, let used):
            return "\(template): \(blockName) has no \(wanted) text; used \(used)"
        case .staleTranslation:
            return "\(template): \(blockName) in \(locale) was translated from an older version of the source"
        case .blockLeftOut(let missing?, _):
            return "\(template): \(blockName) left out: it needs \(missing), which the case does not give"
        case .blockLeftOut(nil, let reason):
            return "\(template): \(blockName) left out: \(reason)"
        case .refusedLink(let href):
            return "\(template): \(blockName): link to '\(href)' shown as plain text: only http, https and mailto links are allowed"
        case .unknownMarkup(let name):
            return "\(template): \(blockName): markup {#\(name)} has no form in this output and was left out"
        case .localizedTextFallback(let path, let used):
            return "\(template): \(blockName): \(path) has no \(locale) text; used its '\(used)' text"
        case .removedControlCharacters(let path):
            return "\(template): control characters removed from \(path)"
        }
    }

    /// The warnings as lines for people: one line per kind and template, so a template with no
    /// translation at all gives one line, not one per block.
    public static func summary(_ warnings: [RenderWarning]) -> [String] {
        var order: [SummaryKey] = []
        var blocks: [SummaryKey: [String]] = [:]
        var lines: [String] = []
        for warning in warnings {
            guard let key = SummaryKey(warning), let block = warning.block else {
                lines.append(warning.description)
                continue
            }
            if blocks[key] == nil {
                order.append(key)
                lines.append("")  // this key's line, filled in below
            }
            blocks[key, default: []].append(block)
        }
        var keys = order.makeIterator()
        return lines.map { line in
            guard line.isEmpty, let key = keys.next() else { return line }
            return key.line(blocks: blocks[key] ?? [])
        }
    }

    /// The warnings that read well grouped by template: fallbacks and stale translations.
    private struct SummaryKey: Hashable {
        let template: String
        let locale: LocaleID
        let wanted: LocaleID?

        init?(_ warning: RenderWarning) {
            switch warning.kind {
            case .fallback(let wanted, let used): self.init(template: warning.template, locale: used, wanted: wanted)
            case .staleTranslation: self.init(template: warning.template, locale: warning.locale, wanted: nil)
            default: return nil
            }
        }

        private init(template: String, locale: LocaleID, wanted: LocaleID?) {
            self.template = template
            self.locale = locale
            self.wanted = wanted
        }

        func line(blocks: [String]) -> String {
            let named = blocks.count == 1 ? "block '\(blocks[0])'" : "blocks " + blocks.map { "'\($0)'" }.joined(separator: ", ")
            if let wanted {
                return "\(template): \(named) \(blocks.count == 1 ? "has" : "have") no \(wanted) text; used \(locale)"
            }
            return "\(template): \(named) in \(locale) \(blocks.count == 1 ? "was" : "were") translated from an older version of the source"
        }
    }
}
