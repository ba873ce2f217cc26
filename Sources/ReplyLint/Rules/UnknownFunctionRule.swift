import CatalogFiles
import MessageFormat
import ReplyKit

/// A function that ReplyKit does not have (`:curency`, `:list`): the placeholder renders as a
/// fallback such as `{$refund}` instead of the value. Reported once per function and block, at
/// its first use, with the closest known function.
struct UnknownFunctionRule: Rule {
    let id = "unknown-function"
    let defaultSeverity = Severity.error
    let summary = "A function that is not in ReplyKit's registry renders as a fallback instead of the value."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        let known = FunctionRegistry.standard.names
        for located in context.allBlocks {
            for unknown in MessageChecks.unknownFunctions(in: located.block.message, functions: .standard) {
                let suggestion = Naming.closest(to: unknown.name, among: known)
                let hint = suggestion.map { " (did you mean ':\($0)'?)" } ?? ""
                let times = unknown.uses > 1 ? "; used \(unknown.uses) times in this block" : ""
                report.add(
                    context.location(located, offset: unknown.range.start),
                    "unknown function ':\(unknown.name)'\(hint)\(times)",
                    fix: suggestion.map { "write ':\($0)'" } ?? "use one of " + known.map { ":" + $0 }.joined(separator: ", "))
            }
        }
    }
}
