import CatalogFiles
import Intl
import MessageFormatSyntax

/// What rules see: the parsed catalog (even one that does not load), the problems found while
/// parsing, and helpers to point into files and read block texts.
struct LintContext: Sendable {
    /// The catalog's files as parsed.
    let files: CatalogFiles
    /// Problems found while reading and parsing (syntax, headers, cross-file checks).
    let problems: [CatalogProblem]
    /// The source locale and target locales.
    let sourceLocale: LocaleID
    let targetLocales: [LocaleID]
    /// Example cases by template id (`examples/cases/<id with / as ->.json` text), when present.
    let exampleCases: [String: String]
    /// In-memory catalog files (for rendering examples with ReplyKit); empty when linting a directory.
    let catalogFiles: [String: String]
    /// The catalog directory, when linting one (to read files such as tone packs).
    let catalogDirectory: String?
    /// Templates by id.
    let templatesByID: [String: TemplateFile]
    /// Translations by locale tag, then template id.
    let translationsByLocale: [String: [String: TranslationFile]]
    /// Every translation block paired with its template and source block (computed once per run).
    let translatedBlocks: [TranslatedBlock]
    /// Every block of every source template and translation (computed once per run).
    let allBlocks: [LocatedBlock]
    /// Per catalog file: its line starts, and its blocks in file order (computed once per run).
    let fileIndexes: [String: FileIndex]
    /// The `bad-input-declaration` problems, by file.
    let badInputProblems: [String: [CatalogProblem]]
    /// Whether to render the examples in the pseudo-locales too (`replykit lint --pseudo`).
    var rendersPseudoLocales = false

    init(
        files: CatalogFiles, problems: [CatalogProblem], exampleCases: [String: String], catalogFiles: [String: String],
        catalogDirectory: String? = nil
    ) {
        self.catalogDirectory = catalogDirectory
        self.files = files
        self.problems = problems
        self.sourceLocale = (try? LocaleID(files.manifest.sourceLocale)) ?? .root
        self.targetLocales = files.manifest.targetLocales.compactMap { try? LocaleID($0) }
        self.exampleCases = exampleCases
        self.catalogFiles = catalogFiles
        var byID: [String: TemplateFile] = [:]
        for template in files.templates { byID[template.id] = template }
        templatesByID = byID
        translationsByLocale = files.translations.mapValues { translations in
            var byTemplate: [String: TranslationFile] = [:]
            for translation in translations { byTemplate[translation.id] = translation }
            return byTemplate
        }
        translatedBlocks = Self.translatedBlocks(files, templates: byID)
        allBlocks = Self.allBlocks(files, templates: byID)
        fileIndexes = Self.fileIndexes(files)
        var badInputs: [String: [CatalogProblem]] = [:]
        for problem in problems where problem.code == .badInput { badInputs[problem.file, default: []].append(problem) }
        badInputProblems = badInputs
    }

    /// The template with this id.
    func template(_ id: String) -> TemplateFile? {
        templatesByID[id]
    }

    /// The translation of `template` into the locale directory `tag`, if there is one.
    func translation(of template: String, locale tag: String) -> TranslationFile? {
        translationsByLocale[tag]?[template]
    }

    /// The file position of a UTF-8 offset inside a block's text.
    func location(in block: Block, offset: Int, file: String, fileText: String) -> LintLocation {
        if let index = fileIndexes[file]?.lines, index.byteCount == fileText.utf8.count {
            let (line, column) = index.location(ofOffset: block.textOffset + offset)
            return LintLocation(file: file, line: line, column: column, block: block.id)
        }
        let location = SourceLocation(offset: block.textOffset + offset, in: fileText)
        return LintLocation(file: file, line: location.line, column: location.column, block: block.id)
    }

    /// The position of a block's `[id]` line.
    func location(of block: Block, file: String) -> LintLocation {
        LintLocation(file: file, line: block.line, column: 1, block: block.id)
    }
}

/// Text in a message, with where it starts in the message (UTF-8 offset), for tone rules.
struct TextRun: Sendable, Hashable {
    var text: String
    var offset: Int
}

extension Message {
    /// The literal text of each pattern, as runs with their offsets.
    var textRuns: [[TextRun]] {
        patterns.map { pattern in
            pattern.parts.compactMap { part in
                guard case .text(let text, let range) = part else { return nil }
                return TextRun(text: text, offset: range.start)
            }
        }
    }
}
