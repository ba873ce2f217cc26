/// Transforms of a message's literal text that keep everything else as it is: declarations,
/// selectors, variant keys, placeholders and markup. Pseudo-locales are built on them.
extension Message {
    /// The message with every pattern (the single one, or each variant's) replaced by
    /// `transform(pattern)`.
    public func mappingPatterns(_ transform: (Pattern) -> Pattern) -> Message {
        var message = self
        switch body {
        case .pattern(let pattern):
            message.body = .pattern(transform(pattern))
        case .matcher(var matcher):
            for index in matcher.variants.indices {
                matcher.variants[index].pattern = transform(matcher.variants[index].pattern)
            }
            message.body = .matcher(matcher)
        }
        return message
    }
}

extension Pattern {
    /// The literal text of the pattern: its text parts joined, without placeholders or markup.
    public var text: String {
        parts.reduce(into: "") { text, part in
            if case .text(let piece, _) = part { text += piece }
        }
    }

    /// The pattern with each text part replaced by `transform(text)`; placeholders and markup are
    /// kept as they are, and each text part keeps its span.
    public func mappingText(_ transform: (String) -> String) -> Pattern {
        Pattern(
            parts: parts.map { part in
                guard case .text(let text, let range) = part else { return part }
                return .text(transform(text), range: range)
            },
            range: range)
    }

    /// The pattern with `prefix` before its first part and `suffix` after its last. Each joins
    /// the text part at its end, if there is one, so adjacent text parts stay merged; new text
    /// parts have an empty span at the pattern's start or end.
    public func wrapped(prefix: String, suffix: String) -> Pattern {
        var parts = parts
        if case .text(let text, let range)? = parts.first {
            parts[0] = .text(prefix + text, range: range)
        } else if !prefix.isEmpty {
            parts.insert(.text(prefix, range: SourceRange(start: range.start, end: range.start)), at: 0)
        }
        if case .text(let text, let range)? = parts.last {
            parts[parts.count - 1] = .text(text + suffix, range: range)
        } else if !suffix.isEmpty {
            parts.append(.text(suffix, range: SourceRange(start: range.end, end: range.end)))
        }
        return Pattern(parts: parts, range: range)
    }
}
