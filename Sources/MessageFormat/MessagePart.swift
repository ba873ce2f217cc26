public import MessageFormatSyntax

/// One piece of a formatted message; text and HTML output are built from these.
public enum MessagePart: Sendable, Hashable {
    /// Literal text of the pattern.
    case text(String)
    /// A bidi isolation control (U+2066…U+2069) the default bidi strategy placed around a value.
    case bidiIsolation(String)
    /// A markup placeholder, `{#b}` (open), `{#br/}` (standalone) or `{/b}` (close).
    case markup(Markup.Kind, name: String, id: String?, options: [String: String])
    /// A formatted value.
    case value(Value)
    /// A placeholder that failed to resolve; `source` is shown between braces (`$x` → `{$x}`).
    case fallback(source: String)

    /// A formatted expression.
    public struct Value: Sendable, Hashable {
        /// `number`, `string`, `datetime`, or the part type of a custom function.
        public var type: String
        /// The formatted text.
        public var value: String
        /// The value's locale.
        public var locale: String?
        /// `ltr`, `rtl` or `auto` when the direction is known or set with `u:dir`.
        public var direction: String?
        /// The `u:id` of the placeholder.
        public var id: String?
        /// Sub-fields (integer, group, decimal, fraction, currency…), for numbers.
        public var fields: [Field]?
    }

    /// A field of a formatted value (ECMA-402 `formatToParts` names).
    public struct Field: Sendable, Hashable {
        /// The field's name: `integer`, `group`, `decimal`, `fraction`, `currency`, `percentSign`,
        /// `minusSign`, `literal`…
        public var type: String
        /// The field's text (`129`, `,`, `90`, `€`).
        public var value: String
        /// A field; for a custom ``MessageValue``'s ``MessageValue/formatToFields()``.
        public init(type: String, value: String) {
            self.type = type
            self.value = value
        }
    }

    /// The text this part contributes to a plain string (markup contributes nothing).
    public var text: String {
        switch self {
        case .text(let text), .bidiIsolation(let text): text
        case .markup: ""
        case .value(let value): value.value
        case .fallback(let source): "{\(source)}"
        }
    }
}
