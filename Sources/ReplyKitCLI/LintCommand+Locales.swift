import CatalogFiles

extension LintCommand {
    /// The `--locale` tags as the catalog spells them, or nil to check every locale.
    ///
    /// A tag matches a locale of the manifest (the source or a target) whatever its case. A tag
    /// that matches none would check nothing and pass, so it is a usage error naming the
    /// catalog's locales. A manifest that cannot be read is left to the linter to report.
    static func catalogLocales(_ requested: [String], catalog: String) throws -> Set<String>? {
        guard !requested.isEmpty else { return nil }
        var reader = DirectoryReader(root: catalog)
        return try catalogLocales(requested, manifest: reader.read("replykit.yaml"))
    }

    /// The same, for the catalog whose manifest is `text`.
    static func catalogLocales(_ requested: [String], manifest text: String?) throws -> Set<String>? {
        guard !requested.isEmpty else { return nil }
        guard let text, let manifest = Manifest.parse(text, file: "replykit.yaml").0 else { return Set(requested) }
        let known = [manifest.sourceLocale] + manifest.targetLocales
        var locales = Set<String>()
        for tag in requested {
            if let match = known.first(where: { folded($0) == folded(tag) }) {
                locales.insert(match)
                continue
            }
            let hint = closest(to: tag, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            let names = ["\(manifest.sourceLocale) (the source)"] + manifest.targetLocales
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
            throw UsageError(
                "--locale '\(tag)' matches no locale of the catalog\(hint); use one of \(list), or leave out --locale to check them all"
            )
        }
        return locales
    }

    /// The locale `tag` probably means: the longest one it extends (`de` for `de-AT`), or one a
    /// small edit away (`zh-Hans` for `zh-Hnas`).
    private static func closest(to tag: String, among locales: [String]) -> String? {
        let parents = locales.filter { folded(tag).hasPrefix(folded($0) + "-") }
        if let parent = parents.max(by: { $0.count < $1.count }) { return parent }
        return Naming.closest(to: folded(tag), among: locales.map(folded)).flatMap { match in
            locales.first { folded($0) == match }
        }
    }

    /// A tag for comparing: lowercase, with `-` between subtags.
    private static func folded(_ tag: String) -> String {
        String(tag.lowercased().map { $0 == "_" ? "-" : $0 })
    }
}
