import CatalogFiles

/// `review-incentive`: nothing of value may be tied to a review, and no reply may ask for a review
/// to be changed or removed (Google, Amazon and Trustpilot policies, US FTC 16 CFR 465).
///
/// - A review response is public: none of its text may offer or hint at an incentive.
/// - Any other template that asks for or mentions a review (its text contains one of the pack's
///   `review-words`, or a `review-changes` phrase): no incentive in the same variant of the same
///   block as the mention. Remedies elsewhere in the reply (a refund already issued) are not
///   tied to the review and stay allowed; a template that mentions no review is out of scope.
/// - No template may contain a `review-changes` phrase.
///
/// Detection reads the text, not a header flag, so a new template that asks for a review is
/// checked without anyone remembering to mark it. The phrases come from each locale pack's
/// `review-incentive:` section.
struct ReviewIncentiveRule: Rule {
    let id = "review-incentive"
    let defaultSeverity = Severity.error
    let summary =
        "No incentive in a review response or next to a review request, and no request to change or remove a review (phrases from the tone packs)."
    let findings: [ToneFinding]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for finding in findings { report.add(finding.location, finding.message, fix: finding.fix) }
    }

    static func findings(_ context: LintContext, documents: [ToneDocument], pack: (String) -> CompiledTonePack?) -> [ToneFinding]
    {
        var findings: [ToneFinding] = []
        for document in documents {
            guard let compiled = pack(document.locale), let incentives = compiled.incentives,
                let changes = compiled.reviewChanges
            else { continue }
            var text = ToneDocumentText(document)
            let isResponse = document.kind == .reviewResponse
            let changesFound = text.matches(changes)
            // The first mention of a review in each variant of each block: [block, variant] → text.
            var mentions: [[Int]: String] = [:]
            var mentionsFound = changesFound
            if !isResponse, let words = compiled.reviewWords { mentionsFound = text.matches(words) + changesFound }
            for (run, match) in mentionsFound where mentions[[run.block, run.variant]] == nil {
                mentions[[run.block, run.variant]] = run.text(match.start, match.end)
            }
            var found: [(ToneRun, ToneMatch, Bool)] = []
            if isResponse || !mentions.isEmpty {
                found = text.matches(incentives).map { ($0.run, $0.match, true) }
            }
            found += changesFound.map { ($0.run, $0.match, false) }
            for (run, match, isIncentive) in found {
                let matched = run.text(match.start, match.end)
                let location = document.location(context, run, offset: match.start)
                switch (isIncentive, isResponse) {
                case (true, true):
                    findings.append(
                        ToneFinding(
                            location: location,
                            message: "review responses are public and must not offer or hint at an incentive: '\(matched)'",
                            fix: "remove it; settle remedies privately once the customer contacts you"))
                case (true, false):
                    guard let mention = mentions[[run.block, run.variant]] else { continue }
                    findings.append(
                        ToneFinding(
                            location: location,
                            message:
                                "a block that asks for or mentions a review must not offer or hint at an incentive: '\(matched)' (the review: '\(mention)')",
                            fix: "remove it: nothing of value may be tied to a review (US FTC 16 CFR 465, marketplace policies)"))
                case (false, true):
                    findings.append(
                        ToneFinding(
                            location: location,
                            message: "review responses must not ask for the review to be changed or removed: '\(matched)'",
                            fix: "remove the request; invite the customer to contact you privately instead"))
                case (false, false):
                    findings.append(
                        ToneFinding(
                            location: location, message: "no reply may ask for a review to be changed or removed: '\(matched)'",
                            fix: "remove the request; a review is the customer's to write or keep"))
                }
            }
        }
        return findings
    }
}
