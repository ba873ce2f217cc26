import Intl
import MessageFormatSyntax

extension Scope {
    /// Formats the message: its pattern, or the variant its selectors pick.
    func formatMessage<Sink: PatternSink>(into sink: inout Sink) {
        switch body {
        case .pattern(let parts):
            format(parts, into: &sink)
        case .matcher(let selectors, let variants):
            format(select(selectors, variants), into: &sink)
        }
    }

    /// Resolves and formats each part of a pattern into `sink`.
    func format<Sink: PatternSink>(_ parts: FixedList<CompiledPart>, into sink: inout Sink) {
        for part in parts {
            switch part {
            case .text(let span):
                sink.appendText(span, of: program)
            case .markup(let index):
                let markup = program.with { $0.markups[index] }
                let (options, _, id) = resolve(markup.options, isMarkup: true)
                var texts: [String: String] = [:]
                for (name, option) in options.values {
                    texts[name] = option.operand.text ?? ""
                }
                sink.appendMarkup(markup.kind, name: markup.name, id: id, options: texts)
            case .expression(let reference):
                reference.with { expression in format(expression, into: &sink) }
            }
        }
    }

    /// Resolves and formats one placeholder into `sink`.
    private func format<Sink: PatternSink>(_ expression: CompiledExpression, into sink: inout Sink) {
        let resolved = resolve(expression)
        // Fast path: a text argument placed as it is needs no value object.
        if case .argument(let argument) = resolved.content, case .string(let text) = argument.pointee {
            sink.appendArgumentText(text)
            return
        }
        guard let value = value(of: resolved) else {
            if case .fallback(let source) = resolved.content { sink.appendFallback(source.with { $0.text }) }
            return
        }
        if let source = value.fallbackSource {
            sink.appendFallback(source)
            return
        }
        do {
            try sink.appendValue(value, explicitDirection: resolved.explicitDirection, id: resolved.id)
        } catch {
            var error = error
            error.range = error.range ?? expression.range
            report(error)
            sink.appendFallback(expression.fallbackSource)
        }
    }
}
