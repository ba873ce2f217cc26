import CatalogFiles

/// `#: lint-disable rule-id: reason` annotations: each disables one rule for one block, and must
/// say why. A suppression with no reason, naming a rule that does not exist, or that suppresses
/// nothing, is itself a finding.
struct Suppressions {
    struct Entry {
        let file: String
        let block: String
        let rule: String
        let line: Int
        var used = false
    }

    private var entries: [Entry] = []
    /// The index in `entries` of the first entry for each file, block and rule.
    private var firstEntry: [[String]: Int] = [:]
    private var problems: [Finding] = []

    init(_ files: CatalogFiles) {
        var sources: [(String, [Block])] = files.templates.map { ($0.file, $0.blocks) }
        for translations in files.translations.values { sources += translations.map { ($0.file, $0.blocks) } }
        for (file, blocks) in sources {
            for block in blocks {
                for annotation in block.annotations {
                    let text = annotation.text
                    guard text.hasPrefix("lint-disable") else { continue }
                    let rest = text.dropFirst("lint-disable".count).drop { $0 == " " }
                    let pieces = rest.split(separator: ":", maxSplits: 1)
                    let rule = pieces.first.map { String($0).trimmingSpaces() } ?? ""
                    let reason = pieces.count > 1 ? String(pieces[1]).trimmingSpaces() : ""
                    if rule.isEmpty || reason.isEmpty {
                        problems.append(
                            Finding(
                                rule: "suppression-without-reason", severity: .error, file: file, line: annotation.line,
                                column: 1,
                                message: "'#: lint-disable \(rule)' needs a reason",
                                fix: "write '#: lint-disable \(rule.isEmpty ? "rule-id" : rule): why it does not apply here'",
                                block: block.id, locale: FindingReport.locale(of: file)
                            ))
                        if rule.isEmpty { continue }
                    }
                    if firstEntry[[file, block.id, rule]] == nil { firstEntry[[file, block.id, rule]] = entries.count }
                    entries.append(Entry(file: file, block: block.id, rule: rule, line: annotation.line))
                }
            }
        }
    }

    /// The findings that are not suppressed, plus findings about the suppressions themselves;
    /// `known` holds the id of every rule the lint ran.
    mutating func apply(to findings: [Finding], levels: [String: Severity?], known: Set<String>) -> [Finding] {
        var kept: [Finding] = []
        for finding in findings {
            if let block = finding.block, let index = firstEntry[[finding.file, block, finding.rule]] {
                entries[index].used = true
                continue
            }
            kept.append(finding)
        }
        let unknownLevel: Severity?? = levels["suppression-unknown-rule"]
        for entry in entries where !known.contains(entry.rule) {
            if case .some(.none) = unknownLevel { break }
            let closest = Naming.closest(to: entry.rule, among: known)
            kept.append(
                Finding(
                    rule: "suppression-unknown-rule", severity: unknownLevel.flatMap { $0 } ?? .error, file: entry.file,
                    line: entry.line, column: 1,
                    message: "'#: lint-disable \(entry.rule)' names no rule" + (closest.map { " (did you mean '\($0)'?)" } ?? ""),
                    fix: closest.map { "write '#: lint-disable \($0): …'" }
                        ?? "see 'replykit lint --list-rules' for the rule ids",
                    block: entry.block, locale: FindingReport.locale(of: entry.file)))
        }
        let unusedLevel: Severity?? = levels["unused-suppression"]
        if case .some(.none) = unusedLevel {
        } else {
            // A suppression of no rule was reported as such above.
            for entry in entries where !entry.used && known.contains(entry.rule) {
                kept.append(
                    Finding(
                        rule: "unused-suppression", severity: unusedLevel.flatMap { $0 } ?? .warning, file: entry.file,
                        line: entry.line,
                        column: 1, message: "'#: lint-disable \(entry.rule)' suppresses nothing in block '\(entry.block)'",
                        fix: "remove the annotation", block: entry.block, locale: FindingReport.locale(of: entry.file)
                    ))
            }
        }
        return kept + problems
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
