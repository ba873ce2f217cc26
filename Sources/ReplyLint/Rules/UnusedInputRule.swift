import CatalogFiles

/// A required input that no source block reads, neither in a placeholder, a declaration, a
/// selector nor a block condition (a list counts as read when its `.count` is): every case must
/// still provide it, and the template's author probably forgot the text that shows it.
struct UnusedInputRule: Rule {
    let id = "unused-input"
    let defaultSeverity = Severity.warning
    let summary = "A required input that no source block uses makes every case provide data that is never shown."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for template in context.files.templates {
            var used: Set<String> = []
            for block in template.blocks {
                used.formUnion(block.message.externalNames)
                switch block.condition {
                case .present(let path), .equals(let path, _): used.insert(path)
                case .always, .otherwise: break
                }
            }
            for input in template.inputs where !input.isOptional {
                guard !used.contains(input.path), !(input.type == .list && used.contains(input.path + ".count")) else { continue }
                report.add(
                    template.file, line: input.line, column: input.column,
                    "input '\(input.path)' is required, but no block of \(template.id) uses it",
                    fix: "use it in a block or a condition, or remove it from inputs:")
            }
        }
    }
}
