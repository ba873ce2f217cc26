/// Parses every file of a catalog and checks the files against each other.
struct CatalogAssembler {
    var problems: [CatalogProblem]

    /// `files`: catalog-relative paths of `.reply` files under `templates/` and `locales/`;
    /// `channelPacks`: the channel ids with a pack, which templates may name besides the plain ones.
    mutating func assemble(manifestText: String?, files: [String: String], channelPacks: [String] = [])
        -> (CatalogFiles?, [CatalogProblem])
    {
        let known = ChannelPack.plainChannels + ChannelPack.shippedChannels
        let channels = known + channelPacks.filter { !known.contains($0) }
        let manifest = manifestText.map { ManifestParse($0, file: CatalogFiles.manifestPath) }
        if let manifest { problems += manifest.problems }

        // Source templates, by id (kept even when unusable, so translations are not reported as orphans).
        var sources: [String: (path: String, parse: TemplateParse)] = [:]
        var templates: [TemplateFile] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("templates/") {
            let id = String(path.dropFirst("templates/".count).dropLast(".reply".count))
            let validID = checkID(id, path: path)
            let parse = TemplateParse(text, file: path, id: id, channels: channels)
            problems += parse.problems
            sources[id] = (path, parse)
            if validID, let template = parse.template { templates.append(template) }
        }

        var translations: [String: [TranslationFile]] = [:]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("locales/") {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 3, !parts[1].isEmpty else {
                problems.append(
                    CatalogProblem(
                        .badTemplateID, file: path, line: 1, column: 1,
                        "a translation lives in locales/<locale>/<template id>.reply; move this file into a locale's directory"))
                continue
            }
            let locale = String(parts[1])
            let id = String(parts[2...].joined(separator: "/").dropLast(".reply".count))
            let validID = checkID(id, path: path)
            let (parsed, fileProblems) = TranslationFile.parse(text, file: path, id: id, locale: locale)
            problems += fileProblems
            guard let translation = parsed else { continue }
            guard let source = sources[id] else {
                let hint = Naming.suggestion(for: id, among: sources.keys.sorted())
                problems.append(
                    CatalogProblem(
                        .missingSource, file: path, line: 1, column: 1,
                        "this translates '\(id)', but there is no source template templates/\(id).reply\(hint); rename or remove this file"
                    ))
                continue
            }
            let sourceIDs = source.parse.blocks.map(\.id)
            let known = Set(sourceIDs)
            for block in translation.blocks where !known.contains(block.id) {
                let hint = Naming.suggestion(for: block.id, among: sourceIDs)
                problems.append(
                    CatalogProblem(
                        .unknownBlock, file: path, line: block.line, column: 2,
                        "block '\(block.id)' is not in the source template \(source.path)\(hint); rename it to a source block's id or remove it"
                    ))
            }
            if validID { translations[locale, default: []].append(translation) }
        }

        if let parsed = manifest?.manifest {
            checkLocales(translations.keys.sorted(), parsed, at: manifest?.targetLocalesPosition ?? Position(line: 1, column: 1))
        }

        problems = Self.ordered(problems)
        guard let parsed = manifest?.manifest else { return (nil, problems) }
        let sortedTranslations = translations.mapValues { $0.sorted { $0.id < $1.id } }
        return (
            CatalogFiles(
                manifest: parsed, templates: templates.sorted { $0.id < $1.id }, translations: sortedTranslations,
                channelPacks: channelPacks),
            problems
        )
    }

    /// Whether `id` is a valid template id; reports it at the file's start when not.
    private mutating func checkID(_ id: String, path: String) -> Bool {
        if Naming.isTemplateID(id) { return true }
        problems.append(
            CatalogProblem(
                .badTemplateID, file: path, line: 1, column: 1,
                "'\(id)' is not a valid template id: each part of the path uses lowercase letters, digits and '-', starting with a letter or digit; rename the file"
            ))
        return false
    }

    /// Every locale directory with translations must be a target locale of the manifest.
    private mutating func checkLocales(_ locales: [String], _ manifest: Manifest, at position: Position) {
        for locale in locales where !manifest.targetLocales.contains(locale) {
            let message: String
            if locale == manifest.sourceLocale {
                message =
                    "locales/\(locale)/ holds translations into the source locale '\(locale)'; the source text lives in templates/, so remove the directory"
            } else {
                let hint = Naming.suggestion(for: locale, among: manifest.targetLocales)
                message =
                    "locales/\(locale)/ has translations, but '\(locale)' is not in target-locales\(hint); add it to target-locales or rename the directory"
            }
            problems.append(
                CatalogProblem(
                    .badManifest, file: CatalogFiles.manifestPath, line: position.line, column: position.column, message))
        }
    }

    /// By file, then position; problems at the same spot keep the order they were found in.
    static func ordered(_ problems: [CatalogProblem]) -> [CatalogProblem] {
        problems.enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.element.column, a.offset) < (
                b.element.file, b.element.line, b.element.column, b.offset
            )
        }.map(\.element)
    }
}
