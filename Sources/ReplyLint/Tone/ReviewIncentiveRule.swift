import CatalogFiles

/// `review-incentive`: a review response must not offer or hint at an incentive (refund, coupon,
/// gift…) nor ask for the review to be changed or removed (Google, Amazon and Trustpilot policies,
/// US FTC 16 CFR 465). The phrases come from each locale pack's `review-incentive:` section.
struct ReviewIncentiveRule: Rule {
    let id = "review-incentive"
    let defaultSeverity = Severity.error
    let summary =
        "A review response must not offer or hint at an incentive, nor ask for the review to be changed or removed (phrases from the tone packs)."
    let findings: [ToneFinding]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for finding in findings { report.add(finding.location, finding.message, fix: finding.fix) }
    }

    static func findings(_ context: LintContext, documents: [ToneDocument], pack: (String) -> CompiledTonePack?) -> [ToneFinding]
    {
        var findings: [ToneFinding] = []
        for document in documents where document.kind == .reviewResponse {
            guard let compiled = pack(document.locale), let incentives = compiled.incentives,
                let changes = compiled.reviewChanges
            else { continue }
            var text = ToneDocumentText(document)
            var found: [(ToneRun, ToneMatch, Bool)] = text.matches(incentives).map { ($0.run, $0.match, true) }
            found += text.matches(changes).map { ($0.run, $0.match, false) }
            for (run, match, isIncentive) in found {
                let matched = run.text(match.start, match.end)
                let location = document.location(context, run, offset: match.start)
                if isIncentive {
                    findings.append(
                        ToneFinding(
                            location: location,
                            message: "review responses are public and must not offer or hint at an incentive: '\(matched)'",
                            fix: "remove it; settle remedies privately once the customer contacts you"))
                } else {
                    findings.append(
                        ToneFinding(
                            location: location,
                            message: "review responses must not ask for the review to be changed or removed: '\(matched)'",
                            fix: "remove the request; invite the customer to contact you privately instead"))
                }
            }
        }
        return findings
    }
}
