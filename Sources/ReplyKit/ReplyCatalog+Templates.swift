import CatalogFiles
public import MessageFormat

extension ReplyCatalog {
    /// Loads only what rendering `templates` needs from the catalog in `directory`: the manifest,
    /// those templates and their translations. No other file is read, and each message is compiled
    /// when a render first reaches it, so the cost does not grow with the catalog nor with its
    /// locales (a command that renders one reply starts fast).
    ///
    /// The files read are validated as fully as by ``init(directory:functions:)``: every problem in
    /// them is thrown at once. A template that is not in the catalog (or an id that is not a valid
    /// template id) is simply not loaded: ``info(_:)`` gives nil and rendering it throws
    /// ``RenderError/unknownTemplate(_:suggestions:)``, with suggestions among every template
    /// file's name. ``templateIDs`` lists the loaded templates only.
    public convenience init(directory: String, templates: [String], functions: FunctionRegistry = .standard)
        throws(CatalogError)
    {
        let (files, problems) = CatalogFiles.load(directory: directory, templates: templates)
        let loaded = Set(files?.templates.map(\.id) ?? [])
        let unloaded = templates.allSatisfy(loaded.contains) ? [] : CatalogFiles.templateIDs(directory: directory)
        try self.init(files, problems: problems, functions: functions, deferred: true, unloaded: unloaded)
    }

    /// The same from in-memory files (catalog-relative path → text).
    public convenience init(files: [String: String], templates: [String], functions: FunctionRegistry = .standard)
        throws(CatalogError)
    {
        let (loadedFiles, problems) = CatalogFiles.load(files: files, templates: templates)
        let loaded = Set(loadedFiles?.templates.map(\.id) ?? [])
        let unloaded = templates.allSatisfy(loaded.contains) ? [] : CatalogFiles.templateIDs(files: files)
        try self.init(loadedFiles, problems: problems, functions: functions, deferred: true, unloaded: unloaded)
    }
}
