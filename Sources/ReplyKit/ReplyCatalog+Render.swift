import CatalogFiles
import ExactJSON
import Intl
public import MessageFormat

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
    public func render(_ ids: [String], locale: String, caseJSON: String, options: RenderOptions = RenderOptions())
        throws(RenderError) -> RenderedReply
    {
        let templates = try ids.map { id throws(RenderError) in try template(id) }
        guard negotiate(locale) != nil else { throw .invalidLocale(locale) }
        let json: JSON
        do {
            json = try JSON.parse(caseJSON)
        } catch {
            throw .invalidJSON(error.description)
        }
        let (arguments, problems) = CaseBinding.bind(json, inputs: Self.inputs(of: templates))
        guard problems.isEmpty else { throw .invalidCase(problems) }
        return try render(templates, locale: locale, arguments: arguments, options: options)
    }

    /// Renders a template for a case given as typed values, keyed by input path (`order.id`).
    public func render(
        _ id: String, locale: String, arguments: [String: MessageArgument], options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> RenderedReply {
        try render([id], locale: locale, arguments: arguments, options: options)
    }

    /// Renders several templates as one reply for typed values (see `render(_:locale:caseJSON:options:)`).
    public func render(
        _ ids: [String], locale: String, arguments: [String: MessageArgument], options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> RenderedReply {
        let templates = try ids.map { id throws(RenderError) in try template(id) }
        var arguments = arguments
        var problems: [CaseDataProblem] = []
        for input in Self.inputs(of: templates) {
            guard let value = arguments[input.path] else {
                if !input.isOptional { problems.append(CaseBinding.missing(input)) }
                continue
            }
            if let problem = CaseBinding.boundsProblem(value, for: input) { problems.append(problem) }
            CaseBinding.addCount(of: value, at: input.path, to: &arguments)
        }
        guard problems.isEmpty else { throw .invalidCase(problems) }
        return try render(templates, locale: locale, arguments: arguments, options: options)
    }

    /// The inputs of several templates, each path once (the first declaration wins).
    private static func inputs(of templates: [CompiledTemplate]) -> [InputDeclaration] {
        if templates.count == 1 { return templates[0].inputs }  // each path once already (CatalogCompiler)
        var seen: Set<String> = []
        return templates.flatMap(\.inputs).filter { seen.insert($0.path).inserted }
    }

    /// The template `id`: a validated name, never a path.
    private func template(_ id: String) throws(RenderError) -> CompiledTemplate {
        guard let template = templates[id] else {
            throw .unknownTemplate(id, suggestions: Suggestions.closest(id, in: templates.keys, limit: 3))
        }
        return template
    }

    private func render(
        _ templates: [CompiledTemplate], locale tag: String, arguments: [String: MessageArgument],
        options: RenderOptions
    ) throws(RenderError) -> RenderedReply {
        guard let negotiated = negotiate(tag) else { throw .invalidLocale(tag) }
        let requested = negotiated.requested
        let chain = negotiated.chain
        let served = chain[0]
        // A request no catalog locale speaks is served by the source, but every block is then a fallback.
        let servedByFallback = served == sourceLocale && requested.language != sourceLocale.language
        var blocks: [RenderedBlock] = []
        var fallbacks: [BlockFallback] = []
        var warnings: [String] = []
        for block in Self.composed(templates, arguments: arguments) {
            guard let (used, formatter) = block.message(in: chain) else { continue }
            if used != served || servedByFallback {
                fallbacks.append(BlockFallback(block: block.id, wanted: servedByFallback ? requested : served, used: used))
            }
            if !block.stale.isEmpty, block.stale.contains(used) {
                warnings.append("block '\(block.id)' in \(used) was translated from an older version of the source")
            }
            let writer = BlockWriter(options: options, isRightToLeft: served.isRightToLeft, paragraph: block.id != "subject")
            let errors = formatter.format(arguments, to: writer)
            if !errors.isEmpty {
                let detail = errors.map(\.message).joined(separator: "; ")
                warnings.append("block '\(block.id)' left out: \(detail)")
                continue
            }
            let text = writer.finish()
            warnings += writer.notes.map { "block '\(block.id)': \($0)" }
            blocks.append(
                RenderedBlock(
                    id: block.id, locale: used, output: text,
                    source: RenderedBlock.Source(block: block, arguments: arguments, includeFields: options.includeFields)))
        }
        if options.strict {
            let problems = fallbacks.map(\.description) + warnings
            if !problems.isEmpty { throw .strict(problems) }
        }
        let subject = blocks.first { $0.id == "subject" }?.output
        let body = options.format.join(blocks.lazy.filter { $0.id != "subject" }.map(\.output))
        return RenderedReply(
            templateID: templates.count == 1 ? templates[0].id : templates.map(\.id).joined(separator: "+"),
            requestedLocale: requested, locale: served, subject: subject,
            body: body,
            blocks: blocks, fallbacks: fallbacks, warnings: warnings
        )
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
        case .string(let text)?: !text.allSatisfy(\.isWhitespace)
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
