import CatalogFiles
import ReplyKit

/// `channel-length`: replies to public reviews are cut at the platform's limit. Each template
/// with a limited channel is rendered with its example case in every locale and measured.
struct ChannelLengthRule: Rule {
    let id = "channel-length"
    let defaultSeverity = Severity.error
    let summary =
        "A template's example reply must fit its channels: 350 characters on Google Play, 4096 bytes on Google Business Profile."

    /// A channel's limit.
    struct Limit {
        let channel: String
        let platform: String
        let limit: Int
        let unit: String
        let measure: @Sendable (String) -> Int
    }

    /// Google Play cuts replies at 350 characters (counted as UTF-16 code units, as Google's
    /// services count string length: the same as characters except for emoji and rare scripts);
    /// Google Business Profile at 4096 bytes of UTF-8.
    static let limits: [Limit] = [
        Limit(channel: "google-play", platform: "Google Play", limit: 350, unit: "characters", measure: { $0.utf16.count }),
        Limit(
            channel: "google-business", platform: "Google Business Profile", limit: 4096, unit: "bytes",
            measure: { $0.utf8.count }),
    ]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        let templates = context.files.templates.filter { template in
            context.exampleCases[template.id] != nil && Self.limits.contains { template.channels.contains($0.channel) }
        }
        // The catalog compiled from the files already parsed; one that does not compile is left to
        // the rules that report why.
        guard !templates.isEmpty, let catalog = try? ReplyCatalog(parsed: context.files) else { return }
        let manifest = context.files.manifest
        for template in templates {
            guard let json = context.exampleCases[template.id] else { continue }
            let example = "examples/cases/" + template.id.replacingSlashes() + ".json"
            for locale in [manifest.sourceLocale] + manifest.targetLocales {
                guard let reply = try? catalog.render(template.id, locale: locale, caseJSON: json) else { continue }
                let text = [reply.subject, reply.body].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
                for limit in Self.limits where template.channels.contains(limit.channel) {
                    let length = limit.measure(text)
                    guard length > limit.limit else { continue }
                    report.add(
                        template.file, line: 1, column: 1,
                        "the \(locale) reply rendered from \(example) is \(length) \(limit.unit), over the \(limit.platform) (\(limit.channel)) limit of \(limit.limit)",
                        fix:
                            "shorten the \(locale) text by \(length - limit.limit) \(limit.unit), or drop the channel \(limit.channel)",
                        locale: locale == manifest.sourceLocale ? nil : locale)
                }
            }
        }
    }
}
