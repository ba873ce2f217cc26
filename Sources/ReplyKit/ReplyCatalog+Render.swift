import CatalogFiles
import ExactJSON
import Intl
public import MessageFormat
import MessageFormatSyntax

extension ReplyCatalog {
    /// Renders a template for a case given as JSON text.
    public func render(_ id: String, locale: String, caseJSON: String, options: RenderOptions = RenderOptions())
        throws(RenderError) -> RenderedReply
    {
        try render([id], locale: locale, caseJSON: caseJSON, options: options)
    }

    /// Renders several templates as one reply, for one case: an apology followed by a remedy.
    ///
    /// The reply keeps the first template's `subject` and greeting (blocks whose id starts with
    /// `greeting`) and the last template's `closing`; every other block renders in order. The
    /// case must fit the inputs of all the templates.
    ///
    /// A string input, or an item of a list input, may be given per language
    /// (`{"en": "Loosen…", "de": "Lösen Sie…"}`): each block takes the text of its own language.
    public func render(_ ids: [String], locale: String, caseJSON: String, options: RenderOptions = RenderOptions())
        throws(RenderError) -> RenderedReply
    {
        let json = try parseCase(ids, locale: locale) { () throws(JSONSyntaxError) in try JSON.parse(caseJSON) }
        return try render(ids, locale: locale, case: json, options: options)
    }

    /// Renders template `id` from case JSON given as UTF-8 bytes (a request body as it came):
    /// the same as the list form with one id.
    public func render(_ id: String, locale: String, caseJSON bytes: [UInt8], options: RenderOptions = RenderOptions())
        throws(RenderError) -> RenderedReply
    {
        try render([id], locale: locale, caseJSON: bytes, options: options)
    }

    /// Renders for a case given as UTF-8 bytes (a request body, a file): invalid UTF-8 is an
    /// ``RenderError/invalidJSON(_:)`` naming the line, column and byte, a byte-order mark is skipped.
    public func render(_ ids: [String], locale: String, caseJSON bytes: [UInt8], options: RenderOptions = RenderOptions())
        throws(RenderError) -> RenderedReply
    {
        let json = try parseCase(ids, locale: locale) { () throws(JSONSyntaxError) in try JSON.parse(utf8: bytes) }
        return try render(ids, locale: locale, case: json, options: options)
    }

    /// The case `parse` reads; if it is not JSON, an unknown template or locale is reported first,
    /// as for a well-formed case, and then the syntax error.
    private func parseCase(_ ids: [String], locale: String, _ parse: () throws(JSONSyntaxError) -> JSON)
        throws(RenderError) -> JSON
    {
        do {
            return try parse()
        } catch {
            _ = try templates(ids, locale: locale)
            throw .invalidJSON(error.description)
        }
    }

    /// Renders for a case already parsed: the service reads it with the request it came in.
    package func render(_ ids: [String], locale: String, case json: JSON, options: RenderOptions = RenderOptions())
        throws(RenderError) -> RenderedReply
    {
        let templates = try templates(ids, locale: locale)
        let bound = CaseBinding.bind(json, inputs: Self.inputs(of: templates))
        guard bound.problems.isEmpty else { throw .invalidCase(bound.problems) }
        return try render(
            templates, locale: locale, arguments: bound.arguments, localized: bound.localized, cleaned: bound.cleaned,
            options: options)
    }

    /// Renders a template for a case given as typed values, keyed by input path (`order.id`).
    public func render(
        _ id: String, locale: String, arguments: [String: MessageArgument], options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> RenderedReply {
        try render([id], locale: locale, arguments: arguments, options: options)
    }

    /// Renders several templates as one reply for typed values (see `render(_:locale:caseJSON:options:)`).
    /// An empty or blank string, or an empty list, counts as missing.
    public func render(
        _ ids: [String], locale: String, arguments: [String: MessageArgument], options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> RenderedReply {
        let templates = try ids.map { id throws(RenderError) in try template(id) }
        var arguments = arguments
        var problems: [CaseDataProblem] = []
        var cleanedPaths: [String] = []
        for input in Self.inputs(of: templates) {
            guard var value = arguments[input.path] else {
                if !input.isOptional { problems.append(CaseBinding.missing(input)) }
                continue
            }
            if let (cleaned, removed) = CaseText.cleaned(value) {
                value = cleaned
                arguments[input.path] = cleaned
                if removed { cleanedPaths.append(input.path) }
            }
            if let emptiness = CaseBinding.emptiness(of: value) {
                arguments[input.path] = nil
                if !input.isOptional { problems.append(CaseBinding.missing(input, found: emptiness)) }
                continue
            }
            if let problem = CaseBinding.boundsProblem(value, for: input) { problems.append(problem) }
            CaseBinding.addCount(of: value, at: input.path, to: &arguments)
        }
        guard problems.isEmpty else { throw .invalidCase(problems) }
        return try render(
            templates, locale: locale, arguments: arguments, localized: [:], cleaned: cleanedPaths, options: options)
    }

    /// The inputs a composition of `ids` reads, as rendering binds them: each template's in
    /// order, each path once (the first declaration wins). Nil when an id is not in the catalog.
    public func inputs(of ids: [String]) -> [InputDeclaration]? {
        let found = ids.compactMap { templates[$0] }
        return found.count == ids.count ? Self.inputs(of: found) : nil
    }

    /// The inputs of several templates, each path once (the first declaration wins).
    private static func inputs(of templates: [CompiledTemplate]) -> [InputDeclaration] {
        if templates.count == 1 { return templates[0].inputs }  // each path once already (CatalogCompiler)
        var seen: Set<String> = []
        return templates.flatMap(\.inputs).filter { seen.insert($0.path).inserted }
    }

    /// The templates `ids`, once `locale` is known to be a locale tag: what every render from
    /// case JSON checks first, in this order.
    private func templates(_ ids: [String], locale: String) throws(RenderError) -> [CompiledTemplate] {
        let templates = try ids.map { id throws(RenderError) in try template(id) }
        guard negotiate(locale) != nil else { throw .invalidLocale(locale) }
        return templates
    }

    /// The template `id`: a validated name, never a path.
    private func template(_ id: String) throws(RenderError) -> CompiledTemplate {
        guard let template = templates[id] else {
            throw .unknownTemplate(id, suggestions: suggestions(for: id))
        }
        return template
    }

    private func render(
        _ templates: [CompiledTemplate], locale tag: String, arguments: [String: MessageArgument],
        localized: [String: LocalizedInput], cleaned: [String], options: RenderOptions
    ) throws(RenderError) -> RenderedReply {
        guard let negotiated = negotiate(tag) else { throw .invalidLocale(tag) }
        let requested = negotiated.requested
        let chain = negotiated.chain
        let served = chain[0]
        let templateID = templates.count == 1 ? templates[0].id : templates.map(\.id).joined(separator: "+")
        // A request no catalog locale speaks is served by the source, but every block is then a fallback.
        let servedByFallback = served == sourceLocale && requested.language != sourceLocale.language
        var warnings: [RenderWarning] = []
        for path in cleaned {
            warnings.append(
                RenderWarning(.removedControlCharacters(path: path), template: templateID, block: nil, locale: served))
        }
        var byLocale = LocalizedArguments(base: arguments, localized: localized, source: sourceLocale)
        var blocks: [RenderedBlock] = []
        var fallbacks: [BlockFallback] = []
        var previous: CompiledBlock?
        for block in Self.composed(templates, arguments: arguments) {
            guard let (used, message) = block.message(in: chain, pseudo: negotiated.pseudo, source: sourceLocale) else {
                continue
            }
            let formatting = negotiated.formatting[used] ?? used
            let formatter = formatting == used ? message : block.formatter(message, text: used, formatting: formatting)
            func warn(_ kind: RenderWarning.Kind) {
                warnings.append(RenderWarning(kind, template: block.template, block: block.id, locale: used))
            }
            if used != served || servedByFallback {
                let wanted = servedByFallback ? requested : served
                fallbacks.append(BlockFallback(block: block.id, wanted: wanted, used: used))
                warn(.fallback(wanted: wanted, used: used))
            }
            if !block.stale.isEmpty, block.stale.contains(used) { warn(.staleTranslation) }
            // A pseudo-locale's text is the source's, and so are the case's texts given per language.
            let (blockArguments, localizedFallbacks) = byLocale.arguments(for: negotiated.pseudo == nil ? used : sourceLocale)
            for (path, usedTag) in localizedFallbacks where block.reads(path) {
                warn(.localizedTextFallback(path: path, used: usedTag))
            }
            let writer = BlockWriter(
                options: options, role: BlockWriter.Role(block), isRightToLeft: served.isRightToLeft,
                capitalizes: !(previous?.id.hasPrefix("greeting") ?? false), textLocale: used, formattingLocale: formatting)
            let source: RenderedBlock.Source
            let errors: [MessageError]
            if options.includeFields {
                let formatted = formatter.format(blockArguments, to: writer, partsIncludingFields: true)
                (source, errors) = (.listed(formatted.parts), formatted.errors)
            } else {
                (source, errors) = (.message(formatter, arguments: blockArguments), formatter.format(blockArguments, to: writer))
            }
            if !errors.isEmpty {
                warn(Self.leftOut(errors))
                continue
            }
            let text = writer.finish()
            for note in writer.notes { warn(note) }
            let language = used == served || used.language == served.language ? nil : used
            blocks.append(
                RenderedBlock(
                    id: block.id, template: block.template, locale: used, formattingLocale: formatting,
                    output: options.format == .html && block.id != "subject" ? HTML.paragraph(text, language: language) : text,
                    source: source))
            previous = block
        }
        if options.strict, !warnings.isEmpty { throw .strict(warnings) }
        let subject = blocks.first { $0.id == "subject" }?.output
        let bodyBlocks = blocks.lazy.filter { $0.id != "subject" }.map(\.output)
        let body =
            options.format == .html
            ? HTML.container(options.format.join(bodyBlocks), locale: served) : options.format.join(bodyBlocks)
        return RenderedReply(
            templateID: templateID, requestedLocale: requested, locale: served,
            formattingLocale: negotiated.formatting[served] ?? served, subject: subject,
            body: body, blocks: blocks, fallbacks: fallbacks, warnings: warnings
        )
    }

    /// Why a block was left out: the input it needs, when a variable had no value.
    private static func leftOut(_ errors: [MessageError]) -> RenderWarning.Kind {
        if let unresolved = errors.first(where: { $0.kind == .unresolvedVariable }), unresolved.detail.hasPrefix("$") {
            return .blockLeftOut(missing: String(unresolved.detail.dropFirst()), reason: unresolved.message)
        }
        return .blockLeftOut(missing: nil, reason: errors.map(\.message).joined(separator: "; "))
    }
}

/// The arguments for each text locale: the case's plain values, and its values given per
/// language resolved for that locale. Made once per locale a reply's blocks use.
struct LocalizedArguments {
    let base: [String: MessageArgument]
    let localized: [String: LocalizedInput]
    let source: LocaleID
    private var made: [LocaleID: (arguments: [String: MessageArgument], fallbacks: [(String, String)])] = [:]

    init(base: [String: MessageArgument], localized: [String: LocalizedInput], source: LocaleID) {
        self.base = base
        self.localized = localized
        self.source = source
    }

    /// The arguments for blocks in `locale`, and the paths (with the tag used) that had no text in it.
    mutating func arguments(for locale: LocaleID) -> (arguments: [String: MessageArgument], fallbacks: [(String, String)]) {
        if localized.isEmpty { return (base, []) }
        if let known = made[locale] { return known }
        var arguments = base
        var fallbacks: [(String, String)] = []
        for (path, input) in localized.sorted(by: { $0.key < $1.key }) {
            let (argument, used) = input.argument(for: locale, source: source)
            arguments[path] = argument
            if let tag = used.first { fallbacks.append((path, tag)) }
        }
        made[locale] = (arguments, fallbacks)
        return (arguments, fallbacks)
    }
}

extension ReplyCatalog {
    /// The blocks that render, template after template: the subject and greeting of the first
    /// template that has them, the closing of the last, everything else in order.
    static func composed(_ templates: [CompiledTemplate], arguments: [String: MessageArgument]) -> [CompiledBlock] {
        guard templates.count > 1 else { return Conditions.selected(templates.first?.blocks ?? [], arguments: arguments) }
        var result: [CompiledBlock] = []
        var haveSubject = false
        var haveGreeting = false
        for (index, template) in templates.enumerated() {
            let isLast = index == templates.count - 1
            let blocks = Conditions.selected(template.blocks, arguments: arguments)
            let hasGreeting = blocks.contains { $0.id.hasPrefix("greeting") }
            for block in blocks {
                if block.id == "subject" { if haveSubject { continue } }
                if block.id.hasPrefix("greeting") { if haveGreeting { continue } }
                if block.id == "closing" && !isLast { continue }
                result.append(block)
            }
            haveSubject = haveSubject || blocks.contains { $0.id == "subject" }
            haveGreeting = haveGreeting || hasGreeting
        }
        return result
    }
}

/// Which blocks of a template render for a case.
enum Conditions {
    static func selected(_ blocks: [CompiledBlock], arguments: [String: MessageArgument]) -> [CompiledBlock] {
        var selected: [CompiledBlock] = []
        var runRendered = false
        for block in blocks {
            let renders: Bool
            switch block.condition {
            case .always:
                renders = true
                runRendered = false
            case .present(let path):
                renders = isPresent(arguments[path])
                runRendered = runRendered || renders
            case .equals(let path, let value):
                renders = matches(arguments[path], value)
                runRendered = runRendered || renders
            case .otherwise:
                renders = !runRendered
                runRendered = false
            }
            if renders { selected.append(block) }
        }
        return selected
    }

    static func isPresent(_ argument: MessageArgument?) -> Bool {
        switch argument {
        case nil: false
        case .string(let text)?: !CaseText.isBlank(text)
        case .list(let items)?: !items.isEmpty
        case .bool(let flag)?: flag
        default: true
        }
    }

    static func matches(_ argument: MessageArgument?, _ value: String) -> Bool {
        switch argument {
        case .string(let text)?: text == value
        case .bool(let flag)?: (flag ? "true" : "false") == value
        case .number(let number)?: number.plainTextForCondition == value
        default: false
        }
    }
}

extension NumericValue {
    fileprivate var plainTextForCondition: String {
        switch self {
        case .integer(let value): String(value)
        case .double(let value): "\(value)"
        case .decimal(let text): text
        }
    }
}
