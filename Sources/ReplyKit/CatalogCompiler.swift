import CatalogFiles
import Intl
import MessageFormat
import MessageFormatSyntax

/// Turns parsed catalog files into compiled templates, checking what only the whole catalog
/// can check: locales, variables against declared inputs, and functions against the registry.
struct CatalogCompiler {
    let functions: FunctionRegistry
    /// Whether messages are left to compile on first use (after their checks).
    let deferred: Bool
    private(set) var problems: [CatalogProblem] = []

    init(functions: FunctionRegistry, deferred: Bool = false) {
        self.functions = functions
        self.deferred = deferred
    }

    struct Result {
        let source: LocaleID
        let targets: [LocaleID]
        let templates: [String: CompiledTemplate]
    }

    mutating func compile(_ files: CatalogFiles) -> Result? {
        guard let source = locale(files.manifest.sourceLocale) else { return nil }
        var targets: [LocaleID] = []
        var byTag: [String: LocaleID] = [:]
        for tag in files.manifest.targetLocales {
            guard let target = locale(tag) else { continue }
            targets.append(target)
            byTag[tag] = target
        }
        var translations: [String: [(LocaleID, TranslationFile)]] = [:]
        for (tag, files) in files.translations {
            guard let target = byTag[tag] ?? (try? LocaleID(tag)) else { continue }
            for file in files { translations[file.id, default: []].append((target, file)) }
        }
        var templates: [String: CompiledTemplate] = [:]
        for template in files.templates {
            templates[template.id] = compile(template, source: source, translations: translations[template.id] ?? [])
        }
        return Result(source: source, targets: targets, templates: templates)
    }

    private mutating func locale(_ tag: String) -> LocaleID? {
        do {
            return try LocaleID(tag)
        } catch {
            problems.append(
                CatalogProblem(
                    .badManifest, file: "replykit.yaml", line: 1, column: 1,
                    "'\(tag)' is not a BCP 47 locale tag (examples: en, de-AT, zh-Hant)"))
            return nil
        }
    }

    private mutating func compile(_ template: TemplateFile, source: LocaleID, translations: [(LocaleID, TranslationFile)])
        -> CompiledTemplate
    {
        let names = template.variableNames
        var blocks: [CompiledBlock] = []
        for block in template.blocks {
            var messages: [LocaleID: MessageFormatter] = [:]
            var later: [LocaleID: DeferredMessage] = [:]
            var stale: Set<LocaleID> = []
            func add(_ block: Block, locale: LocaleID, file: String, fileText: String) {
                check(block, inputs: names, file: file, fileText: fileText)
                if deferred {
                    later[locale] = DeferredMessage(
                        message: block.message, source: block.text, locale: locale, functions: functions)
                } else {
                    messages[locale] = formatter(block, locale: locale)
                }
            }
            add(block, locale: source, file: template.file, fileText: template.fileText)
            let hash = blockHash(block.text)
            for (locale, translation) in translations {
                guard let translated = translation.blocks.first(where: { $0.id == block.id }) else { continue }
                add(translated, locale: locale, file: translation.file, fileText: translation.fileText)
                if translated.sourceHash != hash { stale.insert(locale) }
            }
            blocks.append(
                CompiledBlock(
                    id: block.id, template: template.id, condition: block.condition, messages: messages, deferred: later,
                    stale: stale))
        }
        // Each path once (the first declaration wins), so rendering one template need not check.
        var seen: Set<String> = []
        return CompiledTemplate(
            id: template.id, file: template.file, kind: template.kind, channels: template.channels,
            summary: template.summary, inputs: template.inputs.filter { seen.insert($0.path).inserted }, blocks: blocks
        )
    }

    /// Checks the block's variables against the declared inputs and its functions against the registry.
    private mutating func check(_ block: Block, inputs: Set<String>, file: String, fileText: String) {
        func problem(_ kind: MessageErrorKind, _ range: SourceRange, _ text: String) {
            let location = SourceLocation(offset: block.textOffset + range.start, in: fileText)
            problems.append(CatalogProblem(.message, file: file, line: location.line, column: location.column, text, mf2: kind))
        }
        for unknown in MessageChecks.undeclaredVariables(in: block.message, inputs: inputs) {
            let name = unknown.name
            let suggestion = Naming.closest(to: name, among: inputs).map { " (did you mean $\($0)?)" } ?? ""
            problem(
                .unresolvedVariable, unknown.range,
                "$\(name) is not a declared input of this template\(suggestion); declare it under inputs:")
        }
        for unknown in MessageChecks.unknownFunctions(in: block.message, functions: functions) {
            let name = unknown.name
            let suggestion = Naming.closest(to: name, among: functions.names).map { " (did you mean :\($0)?)" } ?? ""
            problem(.unknownFunction, unknown.range, "unknown function :\(name)\(suggestion)")
        }
    }

    /// The block's message compiled for `locale`.
    private func formatter(_ block: Block, locale: LocaleID) -> MessageFormatter? {
        // Data-model errors were reported with the file; a message that has them is left out.
        try? MessageFormatter(
            message: block.message, source: block.text, locale: locale, functions: functions, bidiIsolation: .none)
    }
}
