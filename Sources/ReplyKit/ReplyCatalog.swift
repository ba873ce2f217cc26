public import CatalogFiles
public import Intl
public import MessageFormat
import MessageFormatSyntax

/// A loaded, validated catalog of reply templates and their translations: immutable, `Sendable`,
/// safe to render from any number of threads.
///
/// ```swift
/// let catalog = try ReplyCatalog(directory: "path/to/catalog")
/// let reply = try catalog.render("apology/damaged-item", locale: "de-AT", caseJSON: json)
/// reply.subject; reply.body; reply.locale; reply.fallbacks
/// ```
public final class ReplyCatalog: Sendable {
    /// The locale templates are written in.
    public let sourceLocale: LocaleID
    /// The locales the manifest asks translations for.
    public let targetLocales: [LocaleID]
    /// Every locale that has messages: the source, then the targets.
    public let locales: [LocaleID]
    let templates: [String: CompiledTemplate]
    /// Ids of templates not loaded, for suggestions: filled when a catalog loaded for some
    /// templates was asked for one it does not have.
    let unloadedTemplateIDs: [String]
    /// Locales whose translations were not loaded (a catalog loaded for rendering one locale):
    /// no fallback chain may pass through them.
    let unloadedLocales: Set<LocaleID>
    /// Fallback chains by requested tag as written: negotiation asks ICU for likely subtags, so
    /// each tag is negotiated once per catalog. Bounded; emptied when full.
    let chains = Locked<[String: Negotiated]>([:])

    struct Negotiated {
        let requested: LocaleID
        let chain: [LocaleID]
        /// For each locale of the chain, the locale its text formats in.
        let formatting: [LocaleID: LocaleID]
        /// The pseudo-locale asked for, whose chain is the pseudo-locale alone.
        let pseudo: PseudoLocale?
    }

    /// The requested locale and its fallback chain, negotiated at most once per tag.
    func negotiate(_ tag: String) -> Negotiated? {
        if let known = chains.withLock({ $0[tag] }) { return known }
        guard let requested = try? LocaleID(tag) else { return nil }
        let pseudo = PseudoLocale(requested)
        let chain =
            pseudo.map { [$0.locale] } ?? LocaleNegotiation.chain(for: requested, available: locales, source: sourceLocale)
        precondition(
            !chain.contains(where: unloadedLocales.contains),
            "'\(tag)' is rendered from a catalog loaded without its translations into \(chain.filter(unloadedLocales.contains).map(\.identifier))"
        )
        var formatting: [LocaleID: LocaleID] = [:]
        for locale in chain { formatting[locale] = LocaleNegotiation.formattingLocale(text: locale, requested: requested) }
        let negotiated = Negotiated(requested: requested, chain: chain, formatting: formatting, pseudo: pseudo)
        chains.withLock { chains in
            if chains.count >= 1024 { chains.removeAll(keepingCapacity: true) }
            chains[tag] = negotiated
        }
        return negotiated
    }

    /// Loads and validates the catalog in `directory`; throws every problem found, all at once.
    public convenience init(directory: String, functions: FunctionRegistry = .standard) throws(CatalogError) {
        let (files, problems) = CatalogFiles.load(directory: directory)
        try self.init(files, problems: problems, functions: functions)
    }

    /// Loads a catalog from in-memory files (catalog-relative path → text).
    public convenience init(files: [String: String], functions: FunctionRegistry = .standard) throws(CatalogError) {
        let (loaded, problems) = CatalogFiles.load(files: files)
        try self.init(loaded, problems: problems, functions: functions)
    }

    /// Compiles catalog files already parsed (by `CatalogFiles.load`, or built in code), without
    /// reading or parsing any text again: for a tool that holds the parsed files, such as the linter.
    ///
    /// The loader's problems are not part of `CatalogFiles`; those that make a block render wrong
    /// are kept with the block (`Block.messageProblems`) and are thrown here, with every problem
    /// the compiler finds (undeclared variables, unknown functions, locale tags). A caller that
    /// must refuse a catalog with any problem at all checks the loader's problems first.
    public convenience init(parsed files: CatalogFiles, functions: FunctionRegistry = .standard) throws(CatalogError) {
        var problems: [CatalogProblem] = []
        for template in files.templates {
            for block in template.blocks { problems += block.messageProblems }
        }
        for tag in files.translations.keys.sorted() {
            for translation in files.translations[tag] ?? [] {
                for block in translation.blocks { problems += block.messageProblems }
            }
        }
        try self.init(files, problems: problems, functions: functions)
    }

    /// `deferred`: messages are checked now but compiled on first use (for catalogs loaded for a
    /// few templates); `unloaded`: ids of templates in the catalog but not loaded, for suggestions;
    /// `unloadedLocales`: locales whose translations were left unread.
    init(
        _ files: CatalogFiles?, problems: [CatalogProblem], functions: FunctionRegistry, deferred: Bool = false,
        unloaded: [String] = [], unloadedLocales: Set<LocaleID> = []
    ) throws(CatalogError) {
        var problems = problems
        guard let files else { throw CatalogError(problems: problems) }
        var compiler = CatalogCompiler(functions: functions, deferred: deferred)
        let compiled = compiler.compile(files)
        problems += compiler.problems
        guard problems.isEmpty, let compiled else { throw CatalogError(problems: problems) }
        sourceLocale = compiled.source
        targetLocales = compiled.targets
        locales = [compiled.source] + compiled.targets
        templates = compiled.templates
        unloadedTemplateIDs = unloaded.filter { compiled.templates[$0] == nil }
        // The source locale's text is in templates/; its directory under locales/ has no translations.
        self.unloadedLocales = unloadedLocales.subtracting([compiled.source])
    }

    /// The ids of all templates loaded, sorted.
    public var templateIDs: [String] { templates.keys.sorted() }

    /// The template ids close to `id`, for "did you mean": up to three, closest first, by the
    /// catalog tools' one policy (`Naming.suggestions(for:among:limit:)` in CatalogFiles).
    public func suggestions(for id: String) -> [String] {
        Naming.suggestions(for: id, among: Array(templates.keys) + unloadedTemplateIDs)
    }

    /// What a template is, reads and covers.
    public func info(_ id: String) -> TemplateInfo? {
        templates[id].map { TemplateInfo($0, targets: targetLocales) }
    }
}

/// Every problem that kept a catalog from loading.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// The problems, by file and position.
    public var problems: [CatalogProblem]
    /// Every problem on its own line, as `file:line:column: message`.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A template's metadata and its translation coverage.
public struct TemplateInfo: Sendable {
    /// The template id (`apology/damaged-item`).
    public let id: String
    /// What the template is for, from its header.
    public let kind: TemplateKind
    /// The channels it may be sent on, from its header, as written.
    public let channels: [String]
    /// One line saying when to use it, from its header.
    public let summary: String
    /// The case data it reads, in header order.
    public let inputs: [InputDeclaration]
    /// Block ids in source order.
    public let blocks: [String]
    /// Per target locale: how many blocks are translated, and how many of those are stale.
    public let coverage: [(locale: LocaleID, translated: Int, stale: Int)]

    init(_ template: CompiledTemplate, targets: [LocaleID]) {
        id = template.id
        kind = template.kind
        channels = template.channels
        summary = template.summary
        inputs = template.inputs
        blocks = template.blocks.map(\.id)
        coverage = targets.map { locale in
            let translated = template.blocks.filter { $0.messages[locale] != nil || $0.deferred[locale] != nil }
            return (locale, translated.count, translated.filter { $0.stale.contains(locale) }.count)
        }
    }
}

/// A template ready to render.
struct CompiledTemplate: Sendable {
    let id: String
    let file: String
    let kind: TemplateKind
    let channels: [String]
    let summary: String
    let inputs: [InputDeclaration]
    let blocks: [CompiledBlock]
}

/// One block: its condition, and its message in every locale that has it. A class: rendering
/// passes blocks around, and copying one then costs a single retain.
final class CompiledBlock: Sendable {
    let id: String
    /// The id of the template the block belongs to.
    let template: String
    let condition: BlockCondition
    let messages: [LocaleID: MessageFormatter]
    /// Messages compiled on first use, by locale (only in a catalog loaded for a few templates).
    let deferred: [LocaleID: DeferredMessage]
    /// Locales whose translation was made from an older version of the source block.
    let stale: Set<LocaleID>
    /// Messages compiled for a formatting locale other than their text's (`de` text for `de-CH`),
    /// made on first use. Bounded; emptied when full.
    private let regional = Locked<[RegionalKey: MessageFormatter]>([:])

    private struct RegionalKey: Hashable {
        let text: LocaleID
        let formatting: LocaleID
    }

    init(
        id: String, template: String, condition: BlockCondition, messages: [LocaleID: MessageFormatter],
        deferred: [LocaleID: DeferredMessage] = [:], stale: Set<LocaleID>
    ) {
        self.id = id
        self.template = template
        self.condition = condition
        self.messages = messages
        self.deferred = deferred
        self.stale = stale
    }

    /// Whether the block is a one-line block whose values may not break the line: the subject,
    /// a greeting, a closing or a sign-off.
    var isOneLine: Bool {
        id == "subject" || id.hasPrefix("greeting") || id.hasPrefix("closing") || id.hasPrefix("sign-off")
    }

    /// Whether the block's messages read the input `path` (or, for a list, its count).
    func reads(_ path: String) -> Bool {
        guard let message = messages.values.first?.message ?? deferred.values.first?.message else { return false }
        return message.externalReferences.contains { $0.name == path || $0.name.hasPrefix(path + ".") }
    }

    /// The block's message in `text` (`base`), compiled to format in `formatting`; with
    /// `transform`, the message transformed (the same transform for every use of `text`).
    func formatter(
        _ base: MessageFormatter, text: LocaleID, formatting: LocaleID, transform: ((Message) -> Message)? = nil
    ) -> MessageFormatter {
        let key = RegionalKey(text: text, formatting: formatting)
        if let known = regional.withLock({ $0[key] }) { return known }
        // The message already validated for its text locale; it compiles the same for another,
        // and transforming its text changes nothing validation looks at.
        guard
            let compiled = try? MessageFormatter(
                message: transform?(base.message) ?? base.message, source: base.source, locale: formatting,
                functions: base.functions,
                bidiIsolation: base.bidiIsolation)
        else { return base }
        regional.withLock { cache in
            if cache.count >= 64 { cache.removeAll(keepingCapacity: true) }
            cache[key] = compiled
        }
        return compiled
    }

    /// The message of the first locale of `chain` that has one.
    func message(in chain: [LocaleID]) -> (locale: LocaleID, formatter: MessageFormatter)? {
        for locale in chain {
            if let formatter = messages[locale] ?? deferred[locale]?.formatter { return (locale, formatter) }
        }
        return nil
    }
}
