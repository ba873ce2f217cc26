import CatalogFiles

/// An `otherwise` block that can never render, because the conditional run before it always
/// renders a block: its `when x = v` blocks cover every value of a required enumeration (or
/// `true` and `false` of a required boolean), or one of its blocks is `when x` on a required
/// input, which every case gives and never leaves empty. Rendering refuses a case without a
/// required input, so no case reaches the `otherwise` text.
///
/// Reported at the `otherwise` of the block line, naming the blocks that cover every case; the
/// fix moves the `otherwise` and the blocks it was meant for before the run, or removes it.
struct UnreachableBlockRule: Rule {
    let id = "unreachable-block"
    let defaultSeverity = Severity.error
    let summary =
        "An 'otherwise' block never renders when its run always renders a block (every value of a required enumeration, or 'when' on a required input)."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for template in context.files.templates {
            let inputs = ConditionInputs(template)
            var run: [Block] = []
            for block in template.blocks {
                switch block.condition {
                case .always:
                    run = []
                case .present, .equals:
                    run.append(block)
                case .otherwise:
                    if !run.isEmpty, let cover = inputs.cover(of: run) {
                        report.add(
                            context.conditionLocation(of: block, in: template),
                            "'[\(block.id)]' never renders: the run before it always renders a block, because \(cover.reason)",
                            fix: Self.fix(block, run: run, cover: cover))
                    }
                    run = []
                }
            }
        }
    }

    /// Moving the blocks after the covering ones (and the `otherwise`) before the run, when there
    /// are such blocks; otherwise removing the block or making the input optional.
    static func fix(_ block: Block, run: [Block], cover: ConditionInputs.Cover) -> String {
        let tail = run[(cover.last + 1)...].map { "'[\($0.id)]'" }
        guard let next = tail.first else {
            return "remove '[\(block.id)]', or \(ConditionInputs.makeOptional(cover.input))"
        }
        return "move \(listed(tail + ["'[\(block.id)]'"])) before '[\(run[0].id)]', or put an unconditional block between "
            + "'[\(run[cover.last].id)]' and \(next), so that 'otherwise' closes only \(listed(tail))"
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
    static func listed(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}

/// A `when x` block on a required input other than a boolean (or on a required list's `count`):
/// every case gives the input, not empty, so the condition is always true and the block always
/// renders. A required boolean is not flagged: `false` counts as absent for `when x`.
struct AlwaysTrueConditionRule: Rule {
    let id = "always-true-condition"
    let defaultSeverity = Severity.warning
    let summary =
        "'when x' on a required input (other than a boolean) is always true: the block always renders, so the condition says nothing."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for template in context.files.templates {
            let inputs = ConditionInputs(template)
            for block in template.blocks {
                guard case .present(let path) = block.condition, let input = inputs.alwaysPresent(path) else { continue }
                report.add(
                    context.conditionLocation(of: block, in: template),
                    "'[\(block.id)]' always renders: '\(input.path)' is a required input that every case gives, "
                        + "so 'when \(path)' is always true",
                    fix: "remove 'when \(path)' from the block line, or \(ConditionInputs.makeOptional(input))")
            }
        }
    }
}
