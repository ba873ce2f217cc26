/// Every file of a catalog, parsed, with every problem found.
public struct CatalogFiles: Sendable {
    /// `replykit.yaml`.
    public var manifest: Manifest
    /// The source templates with a valid id and a usable header, sorted by id.
    public var templates: [TemplateFile]
    /// By locale tag as written in the directory name; each list sorted by id. Translations whose
    /// source template does not exist, or whose id is invalid, are left out (and reported).
    public var translations: [String: [TranslationFile]]
    /// The channel ids with a pack, `channels/<id>.yaml`, sorted (the linter reads the packs).
    public var channelPacks: [String] = []

    /// Reads `replykit.yaml`, `templates/**/*.reply` and `locales/<tag>/**/*.reply` under `directory`,
    /// and lists the channel packs `channels/<id>.yaml` (a template may name their channels).
    /// Problems cover I/O, every file's syntax, and cross-file checks (a translation of a template
    /// that does not exist; a translation block id the source does not have; a target locale with
    /// no directory is fine). Nil only when the manifest is missing or unusable.
    public static func load(directory: String) -> (CatalogFiles?, [CatalogProblem]) {
        var reader = DirectoryReader(root: directory)
        let manifestText = readManifest(&reader, directory: directory)
        var files: [String: String] = [:]
        for path in reader.files(under: "templates", suffix: ".reply") + reader.files(under: "locales", suffix: ".reply") {
            if let text = reader.read(path) { files[path] = text }
        }
        let channels = reader.files(under: "channels", suffix: ".yaml", recursive: false).compactMap(ChannelPack.channel(ofPath:))
        var assembler = CatalogAssembler(problems: reader.problems)
        return assembler.assemble(manifestText: manifestText, files: files, channelPacks: channels)
    }

    /// The manifest's text, or nil after reporting that it is missing or unreadable.
    static func readManifest(_ reader: inout DirectoryReader, directory: String) -> String? {
        if case .missing = reader.entry(manifestPath) {
            reader.problems.append(
                CatalogProblem(
                    .badManifest, file: manifestPath, line: 1, column: 1,
                    "the catalog has no replykit.yaml in \(directory); add one with 'source-locale: en' and 'target-locales: [de, ja]'"
                ))
            return nil
        }
        return reader.read(manifestPath)
    }

    /// The same from in-memory files (catalog-relative path → text), for catalogs built into a binary.
    ///
    /// Paths use `/`; a leading `./` is ignored. Files other than the manifest and `.reply` files
    /// under `templates/` and `locales/` are ignored, but for the names of channel packs
    /// (`channels/<id>.yaml`).
    public static func load(files: [String: String]) -> (CatalogFiles?, [CatalogProblem]) {
        var normalized = normalizedPaths(files)
        var assembler = CatalogAssembler(problems: [])
        let manifestText = normalized.removeValue(forKey: manifestPath)
        if manifestText == nil {
            assembler.problems.append(
                CatalogProblem(
                    .badManifest, file: manifestPath, line: 1, column: 1,
                    "the catalog has no replykit.yaml; add one with 'source-locale: en' and 'target-locales: [de, ja]'"))
        }
        let replyFiles = normalized.filter { path, _ in
            path.hasSuffix(".reply") && (path.hasPrefix("templates/") || path.hasPrefix("locales/"))
        }
        let channels = normalized.keys.compactMap(ChannelPack.channel(ofPath:)).sorted()
        return assembler.assemble(manifestText: manifestText, files: replyFiles, channelPacks: channels)
    }

    /// The files with every leading `./` of their paths removed.
    static func normalizedPaths(_ files: [String: String]) -> [String: String] {
        guard files.keys.contains(where: { $0.hasPrefix("./") }) else { return files }
        var normalized: [String: String] = [:]
        for (path, text) in files {
            var path = Substring(path)
            while path.hasPrefix("./") { path = path.dropFirst(2) }
            normalized[String(path)] = text
        }
        return normalized
    }

    static let manifestPath = "replykit.yaml"
}
