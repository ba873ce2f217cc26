import CatalogFiles
import Intl
import ReplyKit

/// What `replykit preview` shows, gathered from a catalog before any HTML is written: every
/// template with the MessageFormat text of its blocks in every locale, and its example case
/// rendered (as HTML) in every locale.
struct PreviewGallery {
    /// The catalog's locales: the source, then the targets.
    let locales: [LocaleID]
    let sourceLocale: LocaleID
    let templates: [PreviewTemplate]

    /// An example case as the gallery found it.
    enum ExampleCase {
        /// The case's JSON text.
        case json(String)
        /// Why there is none to render, said for the page (`there is no file examples/cases/…`).
        case unavailable(String)
    }

    /// Gathers the gallery: `files` are the catalog's parsed files (the text of each block),
    /// `exampleCase` finds a template's example case by id.
    init(catalog: ReplyCatalog, files: CatalogFiles, exampleCase: (String) -> ExampleCase) {
        sourceLocale = catalog.sourceLocale
        locales = catalog.locales
        var translations: [LocaleID: [String: TranslationFile]] = [:]
        for (tag, list) in files.translations {
            guard let locale = try? LocaleID(tag) else { continue }
            for file in list { translations[locale, default: [:]][file.id] = file }
        }
        var templates: [PreviewTemplate] = []
        for source in files.templates {
            guard CatalogFiles.isTemplateID(source.id), let info = catalog.info(source.id) else { continue }
            let translated = translations.compactMapValues { $0[source.id] }
            templates.append(
                PreviewTemplate(
                    info: info, source: source, translations: translated, locales: catalog.locales,
                    example: Self.render(source.id, catalog: catalog, case: exampleCase(source.id))))
        }
        self.templates = templates
    }

    /// The example case rendered in every locale of the catalog, leniently, as HTML.
    private static func render(_ id: String, catalog: ReplyCatalog, case example: ExampleCase) -> PreviewTemplate.Example {
        guard case .json(let json) = example else {
            if case .unavailable(let reason) = example { return .unavailable(reason) }
            return .unavailable("no example case")
        }
        var replies: [LocaleID: RenderedReply] = [:]
        for locale in catalog.locales {
            do {
                replies[locale] = try catalog.render(
                    id, locale: locale.identifier, caseJSON: json, options: RenderOptions(format: .html))
            } catch {
                return .failed(error.description)
            }
        }
        return .rendered(replies)
    }
}

/// One template of the gallery.
struct PreviewTemplate {
    let info: TemplateInfo
    /// Block id → locale → the block's MessageFormat text in that locale's file.
    let texts: [String: [LocaleID: String]]
    /// Block id → target locale → the block's state in the files.
    let states: [String: [LocaleID: BlockState]]
    let example: Example

    /// A translation block's state, as `replykit list` and `lint` count it.
    enum BlockState {
        case translated, stale, missing
    }

    /// The example case, rendered or not.
    enum Example {
        /// The reply in each locale of the catalog.
        case rendered([LocaleID: RenderedReply])
        /// There is no example case to render: why.
        case unavailable(String)
        /// The case did not render (it does not fit the template's inputs): the error.
        case failed(String)
    }

    init(
        info: TemplateInfo, source: TemplateFile, translations: [LocaleID: TranslationFile], locales: [LocaleID],
        example: Example
    ) {
        self.info = info
        self.example = example
        var texts: [String: [LocaleID: String]] = [:]
        var states: [String: [LocaleID: BlockState]] = [:]
        let sourceLocale = locales.first
        for block in source.blocks {
            if let sourceLocale { texts[block.id, default: [:]][sourceLocale] = block.text }
            let hash = blockHash(block.text)
            for locale in locales.dropFirst() {
                guard let translated = translations[locale]?.blocks.first(where: { $0.id == block.id }) else {
                    states[block.id, default: [:]][locale] = .missing
                    continue
                }
                texts[block.id, default: [:]][locale] = translated.text
                states[block.id, default: [:]][locale] = translated.sourceHash == hash ? .translated : .stale
            }
        }
        self.texts = texts
        self.states = states
    }

    /// The page's file name.
    var fileName: String { Self.pageName(info.id) }

    /// The page name of template `id`: the id with `.` for `/`. Ids are names of `a-z`, `0-9` and
    /// `-` joined by `/`, so the name is unique and never leads out of the gallery's directory.
    static func pageName(_ id: String) -> String {
        id.split(separator: "/").joined(separator: ".") + ".html"
    }

    /// The example case's path in a catalog: `examples/cases/<id with - for />.json`, as `.ci/run`
    /// finds it (`apology/damaged-item`: `examples/cases/apology-damaged-item.json`).
    static func exampleCasePath(_ id: String) -> String {
        "examples/cases/" + id.split(separator: "/").joined(separator: "-") + ".json"
    }
}
