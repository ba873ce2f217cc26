import CatalogFiles

extension Linter {
    /// The rules a lint of the catalog in `directory` runs, described without linting it: the
    /// fixed rules of ``RuleRegistry``, and the rules of the catalog's tone packs
    /// (`locales/<tag>/tone.yaml`) and channel packs (`channels/<id>.yaml`) with the policies
    /// around them. Only the manifest and the packs are read; without a usable manifest, only the fixed rules.
    public static func rules(directory: String) -> [RuleDescription] {
        var reader = DirectoryReader(root: directory)
        let manifest = reader.read("replykit.yaml").map(TextFile.withLineFeeds)
        let locales = reader.files(under: "locales", suffix: ".reply").compactMap(localeDirectory)
        return rules(manifest: manifest, translationLocales: locales, files: [:], directory: directory)
    }

    /// The same for an in-memory catalog (catalog-relative path → text).
    public static func rules(files: [String: String]) -> [RuleDescription] {
        let manifest = (files["replykit.yaml"] ?? files["./replykit.yaml"]).map(TextFile.withLineFeeds)
        let locales = files.keys.filter { $0.hasSuffix(".reply") }.compactMap(localeDirectory)
        return rules(manifest: manifest, translationLocales: locales, files: files, directory: nil)
    }

    private static func rules(manifest text: String?, translationLocales: [String], files: [String: String], directory: String?)
        -> [RuleDescription]
    {
        guard let text, let manifest = Manifest.parse(text, file: "replykit.yaml").0 else { return RuleRegistry.descriptions }
        let packs = TonePacks(
            manifest: manifest, translationLocales: Set(translationLocales).sorted(), files: files, directory: directory)
        let channels = ChannelPacks(
            channels: ChannelPacks.channels(files: files, directory: directory), files: files, directory: directory)
        return RuleRegistry.rules.map(RuleDescription.init) + ToneRules.descriptions(packs, channels: channels)
            + RuleRegistry.meta
    }

    /// `de` for `locales/de/…` (a leading `./` ignored), nil for other paths.
    private static func localeDirectory(_ path: String) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        while parts.first == "." { parts.removeFirst() }
        return parts.count >= 3 && parts[0] == "locales" && !parts[1].isEmpty ? String(parts[1]) : nil
    }
}
