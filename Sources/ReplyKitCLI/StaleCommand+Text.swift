extension StaleCommand {
    /// The report for people: each stale block at its `file:line:column`, what changed in its
    /// source (or the source as it is now, and why there is no diff), then the `replykit stamp`
    /// command for each file.
    static func text(_ entries: [StaleEntry], prefix: String, catalog: String?, colors: Bool) -> String {
        guard !entries.isEmpty else { return "no stale blocks" }
        var lines: [String] = []
        for entry in entries {
            let block = entry.block
            let source = "the source block (\(prefix)\(block.sourceFile):\(block.sourceLine))"
            let what =
                if let stamp = block.stamp {
                    "block '\(block.block)' is stale: stamped @\(stamp), but \(source) is now @\(block.current)"
                } else {
                    "block '\(block.block)' has no valid stamp saying which version of \(source) it translates (now @\(block.current))"
                }
            lines.append("\(prefix)\(block.file):\(block.line):\(block.column): \(what)")
            if case .found(_, let commit) = entry.lookup, let diff = entry.diff {
                let since = "since commit \(commit.prefix(12))"
                lines.append(
                    diff.isUnchanged
                        ? "  only the whitespace between words changed in the source \(since):"
                        : "  what changed in the source \(since):")
                lines.append(indented(colors ? diff.colored : diff.plain))
            } else {
                lines.append("  no diff: \(entry.noDiffReason ?? ""); the source now reads:")
                lines.append(indented(block.sourceText))
            }
            lines.append("")
        }
        var files: [String] = []
        var blocksByFile: [String: [String]] = [:]
        for entry in entries {
            if blocksByFile[entry.block.file] == nil { files.append(entry.block.file) }
            blocksByFile[entry.block.file, default: []].append(entry.block.block)
        }
        let count = entries.count
        lines.append(
            "\(count) stale block\(count == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s"). "
                + "Bring each translation up to date with its source, then record that it was reviewed:")
        let catalogOption = catalog.map { " --catalog \(shellWord($0))" } ?? ""
        for file in files {
            let blocks = (blocksByFile[file] ?? []).map { " --block \($0)" }.joined()
            lines.append("  replykit stamp \(shellWord(prefix + file))\(blocks)\(catalogOption)")
        }
        return lines.joined(separator: "\n")
    }

    /// Each line of `text` indented by four spaces.
    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(
            separator: "\n")
    }

    /// A path as one shell word: as it is when it is plain, else in single quotes.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "/._-+:@%=,".unicodeScalars.contains(scalar)
        }
        guard plain, !text.isEmpty else { return "'" + text.replacing("'", with: "'\\''") + "'" }
        return text
    }
}
