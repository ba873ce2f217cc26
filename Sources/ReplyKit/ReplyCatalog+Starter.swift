#if EmbeddedStarterCatalog
    public import Intl
    public import MessageFormat
    internal import StarterCatalog

    /// The starter catalog, with the package's default trait `EmbeddedStarterCatalog`.
    extension ReplyCatalog {
        /// The starter catalog's files as this library carries them (catalog-relative path → text):
        /// `replykit.yaml`, the after-sales templates, their translations and the tone packs. They are
        /// the package's `replykit.yaml`, `templates/` and `locales/`, embedded at build time, so they
        /// are always the files the library was built from.
        ///
        /// To start a catalog of your own from them, write them out as files, or change some and load
        /// them with ``init(files:functions:)``.
        public static var starterFiles: [String: String] { EmbeddedCatalog.files }

        /// Loads the starter catalog built into the library, through the same code that loads a catalog
        /// from files (``init(files:functions:)``). Each call loads and compiles it again: load it once
        /// and keep it.
        ///
        /// ```swift
        /// let catalog = try ReplyCatalog.starter()
        /// let reply = try catalog.render("apology/damaged-item", locale: "de", caseJSON: json)
        /// ```
        public static func starter(functions: FunctionRegistry = .standard) throws(CatalogError) -> ReplyCatalog {
            try ReplyCatalog(files: starterFiles, functions: functions)
        }

        /// Loads only what rendering `templates` needs from the starter catalog, as
        /// ``init(files:templates:functions:)`` does: a command that renders one reply starts fast.
        public static func starter(templates: [String], functions: FunctionRegistry = .standard) throws(CatalogError)
            -> ReplyCatalog
        {
            try ReplyCatalog(files: starterFiles, templates: templates, functions: functions)
        }

        /// Loads only what rendering `templates` into `locale` needs from the starter catalog, as
        /// ``init(files:templates:locale:functions:)`` does: for one render.
        package static func starter(templates: [String], locale: LocaleID, functions: FunctionRegistry = .standard)
            throws(CatalogError) -> ReplyCatalog
        {
            try ReplyCatalog(files: starterFiles, templates: templates, locale: locale, functions: functions)
        }
    }
#endif
