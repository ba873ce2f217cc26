import CatalogFiles

/// What `replykit stamp` works on: the translation file a path names, and which of its blocks
/// get which stamp. Everything is checked before anything is written.
enum StampTarget {
    /// The stamps to set in one file, and what is left as it is.
    struct Plan {
        struct Change {
            var block: String
            var line: Int
            var old: String?
            var new: String
        }
        var changes: [Change] = []
        /// Blocks named (or, without `--block`, in the file) whose stamp is already current.
        var current: [String] = []
        /// Blocks of the file that the source template no longer has (only without `--block`).
        var obsolete: [String] = []

        /// What was stamped, for standard output.
        func report(file: String) -> String {
            var lines: [String] = []
            if changes.isEmpty {
                lines.append(
                    "nothing to stamp in \(file): \(Self.count(current.count, "block")) \(Self.was(current.count)) already stamped with the current source"
                )
            } else {
                lines.append("stamped \(Self.count(changes.count, "block")) of \(file) as reviewed against the current source:")
                let width = changes.map(\.block.count).max() ?? 0
                for change in changes {
                    let padding = String(repeating: " ", count: width - change.block.count)
                    lines.append("  \(change.block)\(padding)  \(change.old.map { "@\($0)" } ?? "(no stamp)") -> @\(change.new)")
                }
                if !current.isEmpty {
                    lines.append(
                        "\(Self.count(current.count, "other block")) \(Self.was(current.count)) already stamped with the current source"
                    )
                }
            }
            for id in obsolete {
                lines.append(
                    "not stamped: block '\(id)' is not in the source template any more; remove it from the translation")
            }
            return lines.joined(separator: "\n")
        }

        private static func count(_ count: Int, _ noun: String) -> String {
            "\(count) \(noun)\(count == 1 ? "" : "s")"
        }

        private static func was(_ count: Int) -> String {
            count == 1 ? "was" : "were"
        }
    }

    /// The translation of the catalog that `path` names (the same file, through any symbolic
    /// link), or a usage error saying what `path` is instead.
    static func translation(named path: String, in files: CatalogFiles, directory: String) throws -> TranslationFile {
        guard let real = FileSystem.realPath(path) else { throw UsageError("cannot read '\(path)': there is no such file") }
        let translations = files.translations.keys.sorted().flatMap { files.translations[$0] ?? [] }
        for translation in translations where FileSystem.realPath(directory + "/" + translation.file) == real {
            return translation
        }
        let root = FileSystem.realPath(directory) ?? directory
        let relative = real.hasPrefix(root + "/") ? String(real.dropFirst(root.count + 1)) : nil
        let catalog = "the catalog at '\(directory)'"
        if let relative, relative.hasPrefix("templates/") {
            let id = relative.dropFirst("templates/".count).dropLast(".reply".count)
            let example = files.manifest.targetLocales.first.map { ", such as locales/\($0)/\(id).reply" } ?? ""
            throw UsageError(
                "'\(path)' is a source template: stamps belong in its translations\(example)")
        }
        let hint = relative.flatMap { Naming.closest(to: $0, among: translations.map(\.file)) }.map { " (did you mean '\($0)'?)" }
        throw UsageError(
            "'\(path)' is not a translation file of \(catalog)\(hint ?? ""): a translation is locales/<locale>/<template id>.reply, for a target locale and a template in templates/ ('replykit list' shows them)"
        )
    }

    /// The stamps to set: for each block named (every block of the file when `named` is empty),
    /// the version of its source block's current text. A name that is not a block of the file,
    /// or a block the source does not have, is a usage error with every such name.
    static func plan(blocks: [Block], named: [String], template: TemplateFile, file: String) throws -> Plan {
        var sources: [String: Block] = [:]
        for block in template.blocks { sources[block.id] = block }
        var inFile: [String: Block] = [:]
        for block in blocks { inFile[block.id] = block }
        var plan = Plan()
        var chosen: [Block] = []
        var problems: [String] = []
        if named.isEmpty {
            chosen = blocks.filter { sources[$0.id] != nil }
            plan.obsolete = blocks.filter { sources[$0.id] == nil }.map(\.id)
        }
        var seen = Set<String>()
        for id in named where seen.insert(id).inserted {
            if let block = inFile[id], sources[id] != nil {
                chosen.append(block)
            } else if inFile[id] != nil {
                problems.append(
                    "block '\(id)' of \(file) is not in the source template \(template.file) any more, so it has no current version; remove it instead of stamping it"
                )
            } else if sources[id] != nil {
                problems.append("block '\(id)' is not translated in \(file) yet; translate it, then stamp it")
            } else {
                let hint = Naming.closest(to: id, among: blocks.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
                let list = blocks.map(\.id).joined(separator: ", ")
                problems.append("\(file) has no block '\(id)'\(hint); its blocks are \(list)")
            }
        }
        guard problems.isEmpty else {
            throw UsageError(problems.joined(separator: "\nerror: ") + "\nNothing was stamped.")
        }
        for block in chosen {
            guard let source = sources[block.id] else { continue }
            let hash = blockHash(source.text)
            if block.sourceHash == hash {
                plan.current.append(block.id)
            } else {
                plan.changes.append(Plan.Change(block: block.id, line: block.line, old: block.sourceHash, new: hash))
            }
        }
        return plan
    }
}
