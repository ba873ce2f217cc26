import MessageFormatSyntax

/// The MessageFormat text of a translated block, put together from its units' targets.
enum MessageText {
    /// The block's text: the declarations (the existing translation's, or the source's), then
    /// the pattern, or `.match` and one line per translated variant with its keys aligned.
    static func assemble(_ plan: BlockPlan, _ targets: [String: String]) -> String {
        let declarations = (plan.translationMessage ?? plan.sourceMessage).declarations.map(\.description)
        switch plan.sourceMessage.body {
        case .pattern:
            let text = targets[plan.units[0].id] ?? ""
            if declarations.isEmpty && canBeSimple(text) { return text }
            return (declarations + ["{{" + text + "}}"]).joined(separator: "\n")
        case .matcher(let matcher):
            let rows = plan.units.compactMap { unit -> (keys: String, text: String)? in
                guard let text = targets[unit.id], let keys = unit.keys else { return nil }
                return (keys.map(keyText).joined(separator: " "), text)
            }
            let width = rows.map(\.keys.count).max() ?? 0
            var lines = declarations
            lines.append(".match" + matcher.selectors.map { " $" + $0.name }.joined())
            for row in rows {
                lines.append(row.keys + String(repeating: " ", count: width - row.keys.count) + " {{" + row.text + "}}")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// `*`, or the literal as MessageFormat writes it (quoted when it must be).
    private static func keyText(_ key: BlockPlan.Key) -> String {
        switch key {
        case .catchAll: "*"
        case .literal(let value): Literal(value).description
        }
    }

    /// Whether a pattern can stand alone as a simple message and survive the `.reply` file: not
    /// empty, no white space at either end (blank lines around a block are not its text), and
    /// not starting with `.` or `{{` (which would make it a complex message).
    static func canBeSimple(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace
        else { return false }
        return !text.hasPrefix(".") && !text.hasPrefix("{{")
    }
}
