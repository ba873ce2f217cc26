import CatalogFiles
public import Intl
public import MessageFormat

extension ReplyCatalog {
    /// Loads only what rendering `templates` needs from the catalog in `directory`: the manifest,
    /// those templates and their translations. No other file is read, and each message is compiled
    /// when a render first reaches it, so the cost does not grow with the catalog (a command that
    /// renders one reply starts fast).
    ///
    /// The files read are validated as fully as by ``init(directory:functions:)``: every problem in
    /// them is thrown at once. A template that is not in the catalog (or an id that is not a valid
    /// template id) is simply not loaded: ``info(_:)`` gives nil and rendering it throws
    /// ``RenderError/unknownTemplate(_:suggestions:)``, with suggestions among every template
    /// file's name. ``templateIDs`` lists the loaded templates only.
    public convenience init(directory: String, templates: [String], functions: FunctionRegistry = .standard)
        throws(CatalogError)
    {
        try self.init(.directory(directory), templates: templates, locale: nil, functions: functions)
    }

    /// The same from in-memory files (catalog-relative path → text).
    public convenience init(files: [String: String], templates: [String], functions: FunctionRegistry = .standard)
        throws(CatalogError)
    {
        try self.init(.files(files), templates: templates, locale: nil, functions: functions)
    }

    /// As ``init(directory:templates:functions:)``, reading only the translations that can serve
    /// `locale` (its fallback chain; none for a pseudo-locale): what one render needs, at a cost
    /// that does not grow with the catalog's locales either. The catalog then renders `locale`
    /// only; a locale whose fallback chain passes through a translation left unread stops the
    /// program rather than fall back to the source text.
    package convenience init(
        directory: String, templates: [String], locale: LocaleID, functions: FunctionRegistry = .standard
    ) throws(CatalogError) {
        try self.init(.directory(directory), templates: templates, locale: locale, functions: functions)
    }

    /// The same from in-memory files.
    package convenience init(
        files: [String: String], templates: [String], locale: LocaleID, functions: FunctionRegistry = .standard
    ) throws(CatalogError) {
        try self.init(.files(files), templates: templates, locale: locale, functions: functions)
    }

    private convenience init(
        _ source: PartialSource, templates: [String], locale: LocaleID?, functions: FunctionRegistry
    ) throws(CatalogError) {
        var unread: Set<LocaleID> = []
        let (files, problems) = source.load(templates: templates) { directories in
            guard let locale else { return Set(directories) }
            let selection = LocaleNegotiation.directories(serving: locale, among: directories)
            unread = selection.others
            return selection.serving
        }
        let loaded = Set(files?.templates.map(\.id) ?? [])
        let unloaded = templates.allSatisfy(loaded.contains) ? [] : source.templateIDs()
        try self.init(
            files, problems: problems, functions: functions, deferred: true, unloaded: unloaded, unloadedLocales: unread)
    }
}

/// Where a partly loaded catalog's files come from.
private enum PartialSource {
    case directory(String)
    case files([String: String])

    func load(templates: [String], locales: ([String]) -> Set<String>) -> (CatalogFiles?, [CatalogProblem]) {
        switch self {
        case .directory(let directory): CatalogFiles.load(directory: directory, templates: templates, locales: locales)
        case .files(let files): CatalogFiles.load(files: files, templates: templates, locales: locales)
        }
    }

    func templateIDs() -> [String] {
        switch self {
        case .directory(let directory): CatalogFiles.templateIDs(directory: directory)
        case .files(let files): CatalogFiles.templateIDs(files: files)
        }
    }
}
