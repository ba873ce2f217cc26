public import ExactJSON
public import MessageFormat
public import ReplyKit

/// A rendered reply as JSON, one shape for the command line and the service.
public enum ReplyJSON {
    /// A formatted part for services: text, values with their type and fields, markup.
    public static func write(_ part: MessagePart, to writer: inout JSONWriter) {
        writer.object { writer in
            switch part {
            case .text(let text):
                writer.member("type", "text")
                writer.member("value", text)
            case .bidiIsolation(let mark):
                writer.member("type", "bidiIsolation")
                writer.member("value", mark)
            case .fallback(let source):
                writer.member("type", "fallback")
                writer.member("source", source)
            case .markup(let kind, let name, _, let options):
                writer.member("type", "markup")
                writer.member("kind", kind.rawValue)
                writer.member("name", name)
                writer.key("options")
                writer.object { writer in
                    for (key, value) in options.sorted(by: { $0.key < $1.key }) { writer.member(key, value) }
                }
            case .value(let value):
                writer.member("type", value.type)
                writer.member("value", value.value)
                if let fields = value.fields {
                    writer.key("parts")
                    writer.array { writer in
                        for field in fields {
                            writer.object { writer in
                                writer.member("type", field.type)
                                writer.member("value", field.value)
                            }
                        }
                    }
                }
            }
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
    /// template, locales, subject, body, blocks (with their parts, unless `parts` is false),
    /// fallbacks, typed warnings. Written straight to bytes: a reply with its parts is several
    /// kilobytes of JSON.
    public static func write(_ reply: RenderedReply, parts: Bool = true, to writer: inout JSONWriter) {
        writer.object { writer in
            writer.member("template", reply.templateID)
            writer.member("locale", reply.locale.identifier)
            writer.member("formattingLocale", reply.formattingLocale.identifier)
            writer.member("subject", reply.subject)
            writer.member("body", reply.body)
            writer.key("blocks")
            writer.array { writer in
                for block in reply.blocks {
                    writer.object { writer in
                        writer.member("id", block.id)
                        writer.member("template", block.template)
                        writer.member("locale", block.locale.identifier)
                        writer.member("formattingLocale", block.formattingLocale.identifier)
                        writer.member("text", block.output)
                        if parts {
                            writer.key("parts")
                            writer.array { writer in
                                for part in block.parts { write(part, to: &writer) }
                            }
                        }
                    }
                }
            }
            writer.key("fallbacks")
            writer.array { writer in
                for fallback in reply.fallbacks {
                    writer.object { writer in
                        writer.member("block", fallback.block)
                        writer.member("wanted", fallback.wanted.identifier)
                        writer.member("used", fallback.used.identifier)
                    }
                }
            }
            writer.key("warnings")
            writer.array { writer in
                for warning in reply.warnings { writer.value(Self.warning(warning)) }
            }
        }
    }

    /// ``write(_:parts:to:)`` into a new buffer.
    public static func bytes(_ reply: RenderedReply, parts: Bool = true) -> [UInt8] {
        var writer = JSONWriter(capacity: parts ? 4096 : 2048)
        write(reply, parts: parts, to: &writer)
        return writer.bytes
    }
}
