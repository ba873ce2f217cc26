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
    /// The length limits of the catalog's channel packs.
    let limits: [ChannelLimit]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        guard context.rendersPseudoLocales else { return }
        let templates = context.files.templates.filter { template in
            context.exampleCases[template.id] != nil && limits.contains { template.channels.contains($0.channel) }
        }
        // A catalog that does not compile is left to the rules that report why.
        guard !templates.isEmpty, let catalog = try? ReplyCatalog(parsed: context.files) else { return }
        let source = context.files.manifest.sourceLocale
        for template in templates {
            guard let json = context.exampleCases[template.id],
                let sourceReply = try? catalog.render(template.id, locale: source, caseJSON: json)
            else { continue }
            let example = "examples/cases/" + template.id.replacingSlashes() + ".json"
            for pseudo in PseudoLocale.allCases {
                guard let reply = try? catalog.render(template.id, locale: pseudo.rawValue, caseJSON: json) else { continue }
                for limit in limits where template.channels.contains(limit.channel) {
                    let length = limit.measure(limit.text(of: reply)).length
                    let maximum = limit.limit(for: template)
                    guard length > maximum else { continue }
                    let over = length - maximum
                    let (what, fix) =
                        switch pseudo {
                        case .accented:
                            (
                                "text about 40% longer",
                                "shorten the \(source) text by about \((over * 5 + 6) / 7) \(limit.unitName) so that a translation about 40% longer fits"
                            )
                        case .bidi:
                            ("right to left, with direction controls", "shorten the \(source) text by \(over) \(limit.unitName)")
                        }
                    report.add(
                        template.file, line: 1, column: 1,
                        "the \(pseudo.rawValue) pseudo-locale reply (\(what)) rendered from \(example) is \(length) \(limit.unitName), over \(limit.limitName(for: template)); the \(source) reply is \(limit.measure(limit.text(of: sourceReply)).length)",
                        fix: "\(fix), or drop the channel \(limit.channel)")
                }
            }
        }
    }
}
