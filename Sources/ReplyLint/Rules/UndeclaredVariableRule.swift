import CatalogFiles
import ReplyKit

/// A variable that reads case data the template does not declare (`$order.item` for
/// `order.items`), in a source or a translation block: the case never provides it, so the
/// placeholder renders as `{$order.item}`. `.local` variables are the message's own; a list input
/// also provides `<path>.count`. Reported once per variable and block, at its first use; inputs
/// whose declaration is malformed are `catalog-syntax` errors in the header instead.
struct UndeclaredVariableRule: Rule {
    let id = "undeclared-variable"
    let defaultSeverity = Severity.error
    let summary = "A variable that is not a declared input of the template (or a list's .count) has no value when rendering."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        var malformed: [String: Set<String>?] = [:]
        var suggestions = SuggestionMemo()
        var declaredByTemplate: [String: Set<String>] = [:]
        for template in context.files.templates {
            malformed[template.id] = context.malformedInputs(of: template)
            declaredByTemplate[template.id] = template.variableNames
        }
        for located in context.allBlocks {
            // Inputs the header failed to declare are reported there, not at every use.
            guard case .some(.some(let broken)) = malformed[located.template.id] else { continue }
            let declared = declaredByTemplate[located.template.id] ?? located.template.variableNames
            for unknown in MessageChecks.undeclaredVariables(in: located.block.message, inputs: declared) {
                let name = unknown.name
                guard !broken.contains(name), !(name.hasSuffix(".count") && broken.contains(String(name.dropLast(6)))) else {
                    continue
                }
                let suggestion = suggestions.closest(to: name, among: declared, template: located.template.id)
                let hint = suggestion.map { " (did you mean $\($0)?)" } ?? ""
                let times = unknown.uses > 1 ? "; used \(unknown.uses) times in this block" : ""
                let fix =
                    suggestion.map { "write $\($0)" }
                    ?? "declare '\(name)' under inputs: in \(located.template.file)"
                report.add(
                    context.location(located, offset: unknown.range.start),
                    "$\(name) is not a declared input of \(located.template.id)\(hint)\(times)", fix: fix)
            }
        }
    }
}

/// "Did you mean" answers remembered per template and name: the same typo in many blocks is
/// compared with the declared inputs once.
struct SuggestionMemo {
    private var answers: [[String]: String?] = [:]

    mutating func closest(to name: String, among declared: Set<String>, template: String) -> String? {
        if let known = answers[[template, name]] { return known }
        let answer = Naming.closest(to: name, among: declared)
        answers[[template, name]] = answer
        return answer
    }
}
