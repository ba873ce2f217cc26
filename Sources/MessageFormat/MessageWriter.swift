public import Intl
public import MessageFormatSyntax

/// Receives a formatted message piece by piece, in order: what
/// ``MessageFormatter/formatToParts(_:includeFields:)-(MessageArguments,_)`` lists, without the
/// list being made.
///
/// For output that is assembled by its own rules (HTML, a reply's bidi policy), this is the fast
/// path: no part values, no number fields. The formatter's bidi strategy is not applied; a writer
/// that isolates values does so itself, knowing each value's type.
public protocol MessageWriter: AnyObject {
    /// Text of the message itself.
    func writeText(_ text: String)
    /// A formatted value and its part type: `number`, `string` (also a text argument used as it
    /// is), `list`, `datetime`, or a custom function's type.
    func writeValue(_ text: String, type: String)
    /// A placeholder that failed, shown as `{source}` (`$x`, `|42|`, `:fn`).
    func writeFallback(_ source: String)
    /// Markup, with its options' text.
    func writeMarkup(_ kind: Markup.Kind, name: String, options: [String: String])
    /// A formatted list (`:reply:list`): its items, and the list as one text or item by item
    /// with the list's own words between the items, for writers that isolate or escape each item
    /// on its own. By default the list's text is handed to ``writeValue(_:type:)`` as a `list`.
    func writeList(_ list: FormattedList)
}

extension MessageWriter {
    /// Hands the whole list to ``writeValue(_:type:)``.
    public func writeList(_ list: FormattedList) {
        writeValue(list.text, type: "list")
    }
}

/// A list as a writer receives it: the items' texts, and the list joined by ICU, as a whole or
/// in pieces, when asked.
public struct FormattedList {
    /// The items' texts, in order (each formatted by its type).
    public let items: [String]
    private let formatter: ListFormatter

    init(items: [String], formatter: ListFormatter) {
        self.items = items
        self.formatter = formatter
    }

    /// The list as one text ("a, b and c").
    public var text: String { formatter.format(items) }

    /// The list item by item, with the list's own words between the items; the pieces' texts
    /// joined are ``text``.
    public func pieces() -> [ListFormatter.Piece] { formatter.formatPieces(items) }
}

/// Hands the pattern to a ``MessageWriter``.
struct WriterSink: PatternSink {
    let writer: any MessageWriter

    mutating func appendText(_ text: String) { writer.writeText(text) }

    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String]) {
        writer.writeMarkup(kind, name: name, options: options)
    }

    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?)
        throws(MessageError)
    {
        if case .object(let object) = value, let list = object as? ListValue {
            writer.writeList(try list.formattedList())
            return
        }
        writer.writeValue(try value.formatToString(), type: value.partType)
    }

    mutating func appendFallback(_ source: String) { writer.writeFallback(source) }

    mutating func appendArgumentText(_ text: String) { writer.writeValue(text, type: "string") }
}

/// Hands the pattern to a ``MessageWriter`` and lists its parts at the same time.
struct RecordingWriterSink: PatternSink {
    var writer: WriterSink
    var parts: PartsSink

    mutating func appendText(_ text: String) {
        writer.appendText(text)
        parts.appendText(text)
    }

    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String]) {
        writer.appendMarkup(kind, name: name, id: id, options: options)
        parts.appendMarkup(kind, name: name, id: id, options: options)
    }

    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?)
        throws(MessageError)
    {
        // Either side may fail; a value that fails reaches neither (the scope then writes a fallback to both).
        let count = parts.parts.count
        try parts.appendValue(value, explicitDirection: explicitDirection, id: id)
        do throws(MessageError) {
            try writer.appendValue(value, explicitDirection: explicitDirection, id: id)
        } catch {
            parts.parts.removeLast(parts.parts.count - count)
            throw error
        }
    }

    mutating func appendFallback(_ source: String) {
        writer.appendFallback(source)
        parts.appendFallback(source)
    }

    mutating func appendArgumentText(_ text: String) {
        writer.appendArgumentText(text)
        parts.appendArgumentText(text)
    }
}
