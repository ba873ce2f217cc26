import CatalogFiles
import ReplyKit

/// A channel pack's length limit, and how it measures a reply.
struct ChannelLimit: Sendable {
    let channel: String
    /// The pack's `name`, or the channel id.
    let platform: String
    let unit: ChannelRuleEntry.LengthUnit
    /// The pack's limit: for SMS segments, the default for a template without `sms-segments`.
    let limit: Int
    /// Whether only the body is sent (an SMS has no subject).
    let bodyOnly: Bool

    /// The limit for `template`: its `sms-segments` for an SMS limit, else the pack's.
    func limit(for template: TemplateFile) -> Int {
        unit == .smsSegments ? template.smsSegments ?? limit : limit
    }

    /// What the limit is called in messages.
    func limitName(for template: TemplateFile) -> String {
        if unit == .smsSegments {
            return template.smsSegments == nil
                ? "the \(channel) default of \(limit)" : "the template's sms-segments: \(limit(for: template))"
        }
        return "the \(platform) (\(channel)) limit of \(limit)"
    }

    /// The unit, in words.
    var unitName: String {
        switch unit {
        case .utf16: "characters"
        case .utf8Bytes: "bytes"
        case .smsSegments: "SMS segments"
        }
    }

    /// The text the channel sends: the body, or the subject and body.
    func text(of reply: RenderedReply) -> String {
        let parts = bodyOnly ? [reply.body] : [reply.subject, reply.body]
        return parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The length of `text` in the unit, and for SMS how it was counted.
    func measure(_ text: String) -> (length: Int, detail: String) {
        switch unit {
        case .utf16: return (text.utf16.count, "")
        case .utf8Bytes: return (text.utf8.count, "")
        case .smsSegments:
            let (segments, encoding) = SMSSegments.count(text)
            let size = encoding == .gsm7 ? "\(text.unicodeScalars.count) characters" : "\(text.utf16.count) UTF-16 units"
            return (segments, " (\(encoding.rawValue), \(size))")
        }
    }
}

/// The example replies of a catalog, rendered once per template and locale.
struct ChannelReplies {
    let context: LintContext
    private var catalog: ReplyCatalog??
    private var rendered: [[String]: RenderedReply?] = [:]

    init(_ context: LintContext) { self.context = context }

    /// The reply rendered from the template's example case in `locale` (nil when it has none,
    /// or the catalog or the case does not work: other rules say why).
    mutating func reply(_ template: TemplateFile, locale: String) -> RenderedReply? {
        guard let json = context.exampleCases[template.id] else { return nil }
        if catalog == nil { catalog = .some(try? ReplyCatalog(parsed: context.files)) }
        guard let compiled = catalog ?? nil else { return nil }
        if let cached = rendered[[template.id, locale]] { return cached }
        let reply = try? compiled.render(template.id, locale: locale, caseJSON: json)
        rendered[[template.id, locale]] = reply
        return reply
    }

    /// The replies of `templates`, in every locale, over the length limit of `entry`.
    mutating func lengthFindings(_ templates: [TemplateFile], pack: ChannelPack, entry: ChannelRuleEntry) -> [ChannelFinding] {
        guard case .length(let unit, let value, let bodyOnly) = entry.check else { return [] }
        let limit = ChannelLimit(
            channel: pack.channel, platform: pack.name ?? pack.channel, unit: unit, limit: value, bodyOnly: bodyOnly)
        let manifest = context.files.manifest
        var findings: [ChannelFinding] = []
        for template in templates where context.exampleCases[template.id] != nil {
            let example = "examples/cases/" + template.id.replacingSlashes() + ".json"
            let position =
                (unit == .smsSegments ? template.headerPositions["sms-segments"] : nil)
                ?? template.headerPositions[pack.channel] ?? HeaderPosition(line: 1, column: 1)
            for locale in [manifest.sourceLocale] + manifest.targetLocales {
                guard let reply = reply(template, locale: locale) else { continue }
                let (length, detail) = limit.measure(limit.text(of: reply))
                let maximum = limit.limit(for: template)
                guard length > maximum else { continue }
                let fix =
                    unit == .smsSegments
                    ? "shorten the \(locale) text, or (if \(length) messages are acceptable) set 'sms-segments: \(length)' in the header"
                    : "shorten the \(locale) text by \(length - maximum) \(limit.unitName), or drop the channel \(pack.channel)"
                findings.append(
                    ChannelFinding(
                        location: LintLocation(file: template.file, line: position.line, column: position.column),
                        message:
                            "the \(locale) reply rendered from \(example) is \(length) \(limit.unitName)\(detail), over \(limit.limitName(for: template))",
                        fix: fix, locale: locale == manifest.sourceLocale ? nil : locale))
            }
        }
        return findings
    }
}
