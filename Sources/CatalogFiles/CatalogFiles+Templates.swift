extension CatalogFiles {
    /// Reads `replykit.yaml`, the templates `ids` and their translations under `directory`, and
    /// no other file (it lists the channel packs' names, as templates may name their channels):
    /// what rendering a few templates needs, at a cost that does not grow with the
    /// catalog.
    ///
    /// The files read are checked as `load(directory:)` checks them (every problem, with its
    /// position). An id with no template file, or that is not a valid template id (a template id
    /// is a name, never a path), is left out without a problem: the caller reports it as unknown,
    /// with suggestions from ``templateIDs(directory:)``. Nil only when the manifest is missing or
    /// unusable.
    ///
    /// `locales` picks, from the names of the directories under `locales/` (sorted), those whose
    /// translations are read; by default, all of them.
    public static func load(
        directory: String, templates ids: [String], locales: (_ directories: [String]) -> Set<String> = { Set($0) }
    ) -> (CatalogFiles?, [CatalogProblem]) {
        var reader = DirectoryReader(root: directory)
        let manifestText = readManifest(&reader, directory: directory)
        let directories = (reader.names(in: "locales") ?? []).filter {
            if case .directory = reader.entry("locales/\($0)") { return true }
            return false
        }
        let kept = locales(directories)
        let localeNames = directories.filter(kept.contains)
        var files: [String: String] = [:]
        for id in Set(ids) where isTemplateID(id) {
            let source = "templates/\(id).reply"
            // Anything at the path but nothing at all is read, or reported (a FIFO, a link out).
            if case .missing = reader.entry(source) { continue }
            var paths = [source]
            for locale in localeNames {
                let translation = "locales/\(locale)/\(id).reply"
                if case .missing = reader.entry(translation) { continue }
                paths.append(translation)
            }
            for path in paths {
                if let text = reader.read(path) { files[path] = text }
            }
        }
        let channels = reader.files(under: "channels", suffix: ".yaml", recursive: false).compactMap(ChannelPack.channel(ofPath:))
        var assembler = CatalogAssembler(problems: reader.problems)
        return assembler.assemble(manifestText: manifestText, files: files, channelPacks: channels)
    }

    /// The same from in-memory files (catalog-relative path → text): the manifest, the templates
    /// `ids` and their translations (into the locales `locales` picks), and no other file but the
    /// names of the channel packs.
    public static func load(
        files: [String: String], templates ids: [String], locales: (_ directories: [String]) -> Set<String> = { Set($0) }
    ) -> (CatalogFiles?, [CatalogProblem]) {
        // One pass over the paths, then a lookup per wanted file: the catalog may be large.
        let files = normalizedPaths(files)
        var selected: [String: String] = [:]
        var tags: Set<Substring> = []
        for (path, text) in files {
            if let tag = localeDirectory(ofPath: path) {
                tags.insert(tag)
            } else if path == manifestPath || ChannelPack.channel(ofPath: path) != nil {
                selected[path] = text
            }
        }
        let kept = locales(tags.map(String.init).sorted())
        for id in Set(ids) where isTemplateID(id) {
            for path in ["templates/\(id).reply"] + kept.map({ "locales/\($0)/\(id).reply" }) {
                if let text = files[path] { selected[path] = text }
            }
        }
        return load(files: selected)
    }

    /// `de` for `locales/de/apology/late-delivery.reply`; nil for a path outside a locale's directory.
    private static func localeDirectory(ofPath path: String) -> Substring? {
        guard path.hasPrefix("locales/") else { return nil }
        let rest = path.dropFirst("locales/".count)
        guard let slash = rest.firstIndex(of: "/"), slash > rest.startIndex else { return nil }
        return rest[..<slash]
    }

    /// The ids of the templates in `directory`, from the names of the files under `templates/`
    /// (sorted, none of them read): for "did you mean" and shell completion.
    public static func templateIDs(directory: String) -> [String] {
        var reader = DirectoryReader(root: directory)
        return reader.files(under: "templates", suffix: ".reply").compactMap(templateID(ofReplyFile:)).filter(isTemplateID)
            .sorted()
    }

    /// The ids of the templates among in-memory files, from their paths (sorted).
    public static func templateIDs(files: [String: String]) -> [String] {
        normalizedPaths(files).keys.filter { $0.hasPrefix("templates/") }.compactMap(templateID(ofReplyFile:))
            .filter(isTemplateID).sorted()
    }

    /// Whether `id` is a valid template id: `/`-separated names of lowercase letters, digits and `-`.
    public static func isTemplateID(_ id: String) -> Bool {
        !id.isEmpty && id.split(separator: "/", omittingEmptySubsequences: false).allSatisfy(Naming.isIdentifier)
    }

    /// The template id a `.reply` file under `templates/` or `locales/<tag>/` is for.
    static func templateID(ofReplyFile path: String) -> String? {
        guard path.hasSuffix(".reply") else { return nil }
        let stem = path.dropLast(".reply".count)
        if stem.hasPrefix("templates/") { return String(stem.dropFirst("templates/".count)) }
        guard stem.hasPrefix("locales/") else { return nil }
        let parts = stem.dropFirst("locales/".count).split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        return String(parts[1])
    }
}
