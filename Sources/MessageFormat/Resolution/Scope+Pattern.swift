import Intl
import MessageFormatSyntax

extension Scope {
    /// Formats the message: its pattern, or the variant its selectors pick.
    mutating func formatMessage<Sink: PatternSink>(into sink: inout Sink) {
        switch program.body {
        case .pattern(let parts):
            format(parts, into: &sink)
        case .matcher(let selectors, let variants):
            format(select(selectors, variants), into: &sink)
        }
    }

    /// Resolves and formats each part of a pattern into `sink`.
    mutating func format<Sink: PatternSink>(_ parts: [CompiledPart], into sink: inout Sink) {
        for part in parts {
            switch part {
            case .text(let text):
                sink.appendText(text)
            case .markup(let index):
                let markup = program.markups[index]
                let (options, _, id) = resolve(markup.options, isMarkup: true)
                var texts: [String: String] = [:]
                for (name, option) in options.values {
                    texts[name] = option.operand.text ?? ""
                }
                sink.appendMarkup(markup.kind, name: markup.name, id: id, options: texts)
            case .expression(let expression):
                format(expression, into: &sink)
            }
        }
    }

    /// Resolves and formats one placeholder into `sink`.
    private mutating func format<Sink: PatternSink>(_ expression: CompiledExpression, into sink: inout Sink) {
        let resolved = resolve(expression)
        // Fast path: a text argument placed as it is needs no value object.
        if case .argument(.string(let text)) = resolved.content {
            sink.appendArgumentText(text)
            return
        }
        guard let value = value(of: resolved) else {
            if case .fallback(let source) = resolved.content { sink.appendFallback(source) }
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
            sink.appendFallback(expression.fallback)
        }
        // A number keeps what formatting found out (its text) in its cell, for its next use.
    }
}
