import CatalogFiles
import MessageFormat
import MessageFormatSyntax

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
            var seen: Set<String> = []
            let functions = located.block.message.expressions.compactMap(\.function)
            var uses: [String: Int] = [:]
            for function in functions where FunctionRegistry.standard[function.name] == nil {
                uses[function.name, default: 0] += 1
            }
            for function in functions where uses[function.name] != nil {
                guard seen.insert(function.name).inserted else { continue }
                let uses = uses[function.name] ?? 1
                let suggestion = Naming.closest(to: function.name, among: known)
                let hint = suggestion.map { " (did you mean ':\($0)'?)" } ?? ""
                let times = uses > 1 ? "; used \(uses) times in this block" : ""
                report.add(
                    context.location(located, offset: function.range.start),
                    "unknown function ':\(function.name)'\(hint)\(times)",
                    fix: suggestion.map { "write ':\($0)'" } ?? "use one of " + known.map { ":" + $0 }.joined(separator: ", "))
            }
        }
    }
}
