import Intl
import MessageFormatSyntax

/// Where formatted pattern parts go: a string or a list of parts. Both apply the same bidi strategy.
protocol PatternSink {
    /// Text of the message itself.
    mutating func appendText(_ text: String)
    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String])
    /// A value; formatting it may cache what it found out in `value`.
    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?)
        throws(MessageError)
    mutating func appendFallback(_ source: String)
    /// A string argument used without a function: text of unknown direction.
    mutating func appendArgumentText(_ text: String)
}

/// The isolation the default bidi strategy puts around a value, if any.
struct BidiPolicy {
    let isolation: BidiIsolation
    let isRightToLeft: Bool

    static let leftToRightIsolate = "\u{2066}"
    static let rightToLeftIsolate = "\u{2067}"
    static let firstStrongIsolate = "\u{2068}"
    static let popIsolate = "\u{2069}"

    /// The opening isolate for a value of `direction` (nil: unknown), or nil for none.
    func opening(direction: TextDirection?, explicit: Bool) -> String? {
        guard isolation == .default else { return nil }
        switch direction {
        case .leftToRight?: return !isRightToLeft && !explicit ? nil : Self.leftToRightIsolate
        case .rightToLeft?: return Self.rightToLeftIsolate
        default: return Self.firstStrongIsolate
        }
    }

    static func direction(of value: Resolved.Value, explicit: ExplicitDirection?) -> TextDirection? {
        if let explicit { return explicit.textDirection }
        return value.direction
    }
}

/// Builds the text in one String, its capacity reserved up front from the program's estimate:
/// a message usually costs one allocation.
struct StringSink: PatternSink {
    let bidi: BidiPolicy
    private(set) var text = ""

    init(isolation: BidiIsolation, isRightToLeft: Bool, capacity: Int) {
        bidi = BidiPolicy(isolation: isolation, isRightToLeft: isRightToLeft)
        text.reserveCapacity(capacity)
    }

    mutating func appendText(_ text: String) { self.text += text }

    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String]) {}

    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?)
        throws(MessageError)
    {
        let direction = BidiPolicy.direction(of: value, explicit: explicitDirection)
        let open = bidi.opening(direction: direction, explicit: explicitDirection != nil)
        // Formatting may fail: nothing is written until it has succeeded.
        let formatted = try value.formatToString()
        if let open { appendText(open) }
        appendText(formatted)
        if open != nil { appendText(BidiPolicy.popIsolate) }
    }

    mutating func appendArgumentText(_ text: String) {
        if let open = bidi.opening(direction: nil, explicit: false) {
            appendText(open)
            appendText(text)
            appendText(BidiPolicy.popIsolate)
        } else {
            appendText(text)
        }
    }

    mutating func appendFallback(_ source: String) {
        let open = bidi.opening(direction: nil, explicit: false)
        if let open { appendText(open) }
        appendText("{")
        appendText(source)
        appendText("}")
        if open != nil { appendText(BidiPolicy.popIsolate) }
    }
}

struct PartsSink: PatternSink {
    let bidi: BidiPolicy
    /// The message's locale, given to text parts of arguments.
    let locale: String
    let includeFields: Bool
    var parts: [MessagePart] = []

    init(isolation: BidiIsolation, isRightToLeft: Bool, locale: String, includeFields: Bool) {
        bidi = BidiPolicy(isolation: isolation, isRightToLeft: isRightToLeft)
        self.locale = locale
        self.includeFields = includeFields
    }

    mutating func appendText(_ text: String) {
        if case .text(let previous)? = parts.last {
            parts[parts.count - 1] = .text(previous + text)
        } else {
            parts.append(.text(text))
        }
    }

    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String]) {
        parts.append(.markup(kind, name: name, id: id, options: options))
    }

    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?)
        throws(MessageError)
    {
        let text = try value.formatToString()
        let direction = BidiPolicy.direction(of: value, explicit: explicitDirection)
        let fields = includeFields ? try value.formatToFields() : nil
        let directionName: String? =
            switch (explicitDirection, direction) {
            case (.auto?, _): nil
            case (_, .leftToRight?): "ltr"
            case (_, .rightToLeft?): "rtl"
            default: nil
            }
        let part = MessagePart.Value(
            type: value.partType, value: text, locale: value.locale?.identifier,
            direction: directionName, id: id, fields: fields
        )
        let open = bidi.opening(direction: direction, explicit: explicitDirection != nil)
        if let open { parts.append(.bidiIsolation(open)) }
        parts.append(.value(part))
        if open != nil { parts.append(.bidiIsolation(BidiPolicy.popIsolate)) }
    }

    mutating func appendArgumentText(_ text: String) {
        let open = bidi.opening(direction: nil, explicit: false)
        if let open { parts.append(.bidiIsolation(open)) }
        parts.append(.value(MessagePart.Value(type: "string", value: text, locale: locale, direction: nil, id: nil, fields: nil)))
        if open != nil { parts.append(.bidiIsolation(BidiPolicy.popIsolate)) }
    }

    mutating func appendFallback(_ source: String) {
        let open = bidi.opening(direction: nil, explicit: false)
        if let open { parts.append(.bidiIsolation(open)) }
        parts.append(.fallback(source: source))
        if open != nil { parts.append(.bidiIsolation(BidiPolicy.popIsolate)) }
    }
}
