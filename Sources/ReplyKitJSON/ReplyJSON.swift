public import ExactJSON
public import MessageFormat
public import ReplyKit

/// A rendered reply as JSON, one shape for the command line and the service.
public enum ReplyJSON {
    /// A formatted part for services: text, values with their type and fields, markup.
    public static func part(_ part: MessagePart) -> JSON {
        switch part {
        case .text(let text): .object([("type", .string("text")), ("value", .string(text))])
        case .bidiIsolation(let mark): .object([("type", .string("bidiIsolation")), ("value", .string(mark))])
        case .fallback(let source): .object([("type", .string("fallback")), ("source", .string(source))])
        case .markup(let kind, let name, _, let options):
            .object([
                ("type", .string("markup")), ("kind", .string(kind.rawValue)), ("name", .string(name)),
                ("options", .object(options.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ])
        case .value(let value):
            .object(
                [("type", .string(value.type)), ("value", .string(value.value))]
                    + (value.fields.map {
                        [("parts", .array($0.map { .object([("type", .string($0.type)), ("value", .string($0.value))]) }))]
                    } ?? []))
        }
    }

    /// A warning for services: its kind's name, where it happened, what it concerns.
    public static func warning(_ warning: RenderWarning) -> JSON {
        var members: [(String, JSON)] = [
            ("kind", .string(warning.kind.name)), ("template", .string(warning.template)),
            ("block", warning.block.map(JSON.string) ?? .null), ("locale", .string(warning.locale.identifier)),
        ]
        switch warning.kind {
        case .fallback(let wanted, let used):
            members += [("wanted", .string(wanted.identifier)), ("used", .string(used.identifier))]
        case .blockLeftOut(let missing, let reason):
            members += [("missing", missing.map(JSON.string) ?? .null), ("reason", .string(reason))]
        case .refusedLink(let href): members.append(("href", .string(href)))
        case .unknownMarkup(let name): members.append(("markup", .string(name)))
        case .localizedTextFallback(let path, let used): members += [("path", .string(path)), ("used", .string(used))]
        case .removedControlCharacters(let path): members.append(("path", .string(path)))
        case .staleTranslation: break
        }
        members.append(("message", .string(warning.description)))
        return .object(members)
    }

    /// The reply as `replykit render --format json` prints it and the service returns it:
    /// template, locales, subject, body, blocks with their parts, fallbacks, typed warnings.
    public static func reply(_ reply: RenderedReply) -> JSON {
        .object([
            ("template", .string(reply.templateID)),
            ("locale", .string(reply.locale.identifier)),
            ("formattingLocale", .string(reply.formattingLocale.identifier)),
            ("subject", reply.subject.map(JSON.string) ?? .null),
            ("body", .string(reply.body)),
            (
                "blocks",
                .array(
                    reply.blocks.map { block in
                        .object([
                            ("id", .string(block.id)), ("template", .string(block.template)),
                            ("locale", .string(block.locale.identifier)),
                            ("formattingLocale", .string(block.formattingLocale.identifier)),
                            ("text", .string(block.output)),
                            ("parts", .array(block.parts.map(part))),
                        ])
                    })
            ),
            (
                "fallbacks",
                .array(
                    reply.fallbacks.map { fallback in
                        .object([
                            ("block", .string(fallback.block)), ("wanted", .string(fallback.wanted.identifier)),
                            ("used", .string(fallback.used.identifier)),
                        ])
                    })
            ),
            ("warnings", .array(reply.warnings.map(warning))),
        ])
    }
}
