import Intl
import MessageFormatSyntax

extension Scope {
    /// Resolves and formats each part of `pattern` into `sink`.
    mutating func format<Sink: PatternSink>(_ pattern: Pattern, into sink: inout Sink) {
        for part in pattern.parts {
            switch part {
            case .text(let text, _):
                sink.appendText(text)
            case .markup(let markup):
                let (options, _, id) = resolveOptions(markup.options, visible: allDeclarations, isMarkup: true)
                var texts: [String: String] = [:]
                for (name, option) in options.values {
                    texts[name] = option.operand.text ?? ""
                }
                sink.appendMarkup(markup.kind, name: markup.name, id: id, options: texts)
            case .expression(let expression):
                let resolved = resolveExpression(expression, visible: allDeclarations)
                guard let value = resolved.value else {
                    sink.appendFallback(resolved.fallbackSource ?? "")
                    continue
                }
                if let text = value as? StringValue, let source = text.fallbackSource {
                    sink.appendFallback(source)
                    continue
                }
                do {
                    try sink.appendValue(value, explicitDirection: resolved.explicitDirection, id: resolved.id)
                } catch {
                    var error = error
                    error.range = error.range ?? expression.range
                    errors.report(error)
                    sink.appendFallback(formatter.compiled[expression]?.fallbackSource
                        ?? CompiledExpression.fallbackSource(of: expression))
                }
            }
        }
    }
}
