import ReplyKit

/// `pseudo-length` (`replykit lint --pseudo`): a reply that fits its channel in the source
/// language may not once translated, and translations run up to about 40% longer. Each template
/// with a limited channel is rendered with its example case in the pseudo-locales (``PseudoLocale``:
/// en-XA, about 40% longer; ar-XB, right to left) and measured against the channel's limit.
///
/// A warning by default: the pseudo-locale stands in for a translation that may not exist yet,
/// so a finding is a forecast, not a reply that breaks today (`channel-length` checks those).
/// The rule only renders with `--pseudo`, which makes lint slower by two renders per template.
struct PseudoLengthRule: Rule {
    let id = "pseudo-length"
    let defaultSeverity = Severity.warning
    let summary =
        "With --pseudo: a template's example reply rendered in the pseudo-locales en-XA (about 40% longer) and ar-XB must fit its channels."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        guard context.rendersPseudoLocales else { return }
        let limits = ChannelLengthRule.limits
        let templates = context.files.templates.filter { template in
            context.exampleCases[template.id] != nil && limits.contains { template.channels.contains($0.channel) }
        }
        // A catalog that does not compile is left to the rules that report why.
        guard !templates.isEmpty, let catalog = try? ReplyCatalog(parsed: context.files) else { return }
        let source = context.files.manifest.sourceLocale
        for template in templates {
            guard let json = context.exampleCases[template.id],
                let sourceText = Self.text(catalog, template.id, locale: source, json: json)
            else { continue }
            let example = "examples/cases/" + template.id.replacingSlashes() + ".json"
            for pseudo in PseudoLocale.allCases {
                guard let text = Self.text(catalog, template.id, locale: pseudo.rawValue, json: json) else { continue }
                for limit in limits where template.channels.contains(limit.channel) {
                    let length = limit.measure(text)
                    guard length > limit.limit else { continue }
                    let over = length - limit.limit
                    let (what, fix) =
                        switch pseudo {
                        case .accented:
                            (
                                "text about 40% longer",
                                "shorten the \(source) text by about \((over * 5 + 6) / 7) \(limit.unit) so that a translation about 40% longer fits"
                            )
                        case .bidi:
                            ("right to left, with direction controls", "shorten the \(source) text by \(over) \(limit.unit)")
                        }
                    report.add(
                        template.file, line: 1, column: 1,
                        "the \(pseudo.rawValue) pseudo-locale reply (\(what)) rendered from \(example) is \(length) \(limit.unit), over the \(limit.platform) (\(limit.channel)) limit of \(limit.limit); the \(source) reply is \(limit.measure(sourceText))",
                        fix: "\(fix), or drop the channel \(limit.channel)")
                }
            }
        }
    }

    /// The reply's subject and body as one text, as `channel-length` measures it.
    private static func text(_ catalog: ReplyCatalog, _ id: String, locale: String, json: String) -> String? {
        guard let reply = try? catalog.render(id, locale: locale, caseJSON: json) else { return nil }
        return [reply.subject, reply.body].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
