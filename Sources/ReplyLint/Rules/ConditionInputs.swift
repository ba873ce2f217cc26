import CatalogFiles

/// What a template's inputs say about its block conditions: which `when x` are always true, and
/// which runs of conditional blocks always render one of their blocks (as rendering selects
/// blocks: a required input is in every case and not empty, an enumeration takes one of its
/// values, a boolean is `true` or `false`, and `false` counts as absent for `when x`).
struct ConditionInputs {
    /// The first declaration of each input path.
    private let declarations: [String: InputDeclaration]

    init(_ template: TemplateFile) {
        declarations = Dictionary(template.inputs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Blocks of a run that together always render (at least one of them, for every case).
    struct Cover {
        /// The index in the run of the block that completes the cover.
        var last: Int
        /// The input that makes it so.
        var input: InputDeclaration
        /// Why, naming the blocks: `'[a]' and '[b]' cover every value of the required input 'x'`.
        var reason: String
    }

    /// The required input that makes `when path` always true: the input itself when it is
    /// required and not a boolean, or a required list for its `count` (at least 1); nil otherwise.
    func alwaysPresent(_ path: String) -> InputDeclaration? {
        if let input = declarations[path] {
            return input.isOptional || input.type == .boolean ? nil : input
        }
        guard path.hasSuffix(".count"), let list = declarations[String(path.dropLast(".count".count))],
            list.type == .list, !list.isOptional
        else { return nil }
        return list
    }

    /// The values a required input always has one of (an enumeration's, or `true` and `false`);
    /// nil for an optional input or any other type.
    func values(of path: String) -> (input: InputDeclaration, values: [String])? {
        guard let input = declarations[path], !input.isOptional else { return nil }
        switch input.type {
        case .enumeration(let values): return (input, values)
        case .boolean: return (input, ["true", "false"])
        default: return nil
        }
    }

    /// How `run` (consecutive `when` blocks) always renders a block, if it does: the cover that
    /// is complete earliest in the run.
    func cover(of run: [Block]) -> Cover? {
        var best: Cover?
        var seen: [String: (values: Set<String>, blocks: [String])] = [:]
        for (index, block) in run.enumerated() where best == nil {
            switch block.condition {
            case .present(let path):
                guard let input = alwaysPresent(path) else { continue }
                best = Cover(
                    last: index, input: input,
                    reason: "'[\(block.id)]' is conditional on '\(path)', a required input that every case gives")
            case .equals(let path, let value):
                guard let (input, values) = values(of: path), values.contains(value) else { continue }
                seen[path, default: ([], [])].values.insert(value)
                seen[path, default: ([], [])].blocks.append("'[\(block.id)]'")
                guard let covered = seen[path], covered.values.count == values.count else { continue }
                let which = input.type == .boolean ? "both values (true, false)" : "every value"
                best = Cover(
                    last: index, input: input,
                    reason: "\(UnreachableBlockRule.listed(covered.blocks)) cover \(which) of the required input '\(path)'")
            case .always, .otherwise:
                continue
            }
        }
        return best
    }

    /// `make 'x' optional ('x: string?') if a case may leave it out`.
    static func makeOptional(_ input: InputDeclaration) -> String {
        let type = input.bounds.map { "\(input.type)? \($0)" } ?? "\(input.type)?"
        return "make '\(input.path)' optional ('\(input.path): \(type)') if a case may leave it out"
    }

}

extension LintContext {
    /// The position of a source block's condition (`when` or `otherwise`) on its `[id]` line;
    /// the line's start when there is none.
    func conditionLocation(of block: Block, in template: TemplateFile) -> LintLocation {
        let line = self.line(block.line, of: template.file, fileText: template.fileText)
        var column = 1
        if let bracket = line.firstIndex(of: "]") {
            let condition = line[(bracket + 1)...].firstIndex { $0 != " " && $0 != "\t" }
            column = condition.map { $0 + 1 } ?? 1
        }
        return LintLocation(file: template.file, line: block.line, column: column, block: block.id)
    }
}
