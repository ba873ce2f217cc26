import Intl
import MessageFormatSyntax

/// Where formatted pattern parts go: a string or a list of parts. Both apply the same bidi strategy.
protocol PatternSink {
    mutating func appendText(_ text: String)
    /// A text part of the message itself.
    mutating func appendText(_ span: TextSpan, of program: Borrowed<Program>)
    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String])
    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?) throws(MessageError)
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

/// Builds the text as UTF-8 bytes in a buffer the caller provides (on the stack), moving to the
/// heap only when it fills, and makes one String at the end: a message costs one allocation.
struct StringSink: PatternSink {
    let bidi: BidiPolicy
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// Whether `buffer` was allocated here (and must be freed) rather than given by the caller.
    private var ownsBuffer = false

    init(isolation: BidiIsolation, isRightToLeft: Bool, buffer: UnsafeMutableBufferPointer<UInt8>) {
        bidi = BidiPolicy(isolation: isolation, isRightToLeft: isRightToLeft)
        self.buffer = buffer
    }

    /// The text written, as a String; frees any heap buffer, so the sink is not used afterwards.
    mutating func finish() -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        if ownsBuffer { buffer.deallocate() }
        ownsBuffer = false
        buffer = UnsafeMutableBufferPointer(start: nil, count: 0)
        count = 0
        return text
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > buffer.count { grow(toFit: count + bytes.count) }
        (buffer.baseAddress! + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    private mutating func grow(toFit needed: Int) {
        let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(needed, buffer.count * 2, 64))
        if count > 0 { larger.baseAddress!.initialize(from: buffer.baseAddress!, count: count) }
        if ownsBuffer { buffer.deallocate() }
        buffer = larger
        ownsBuffer = true
    }

    mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func appendText(_ span: TextSpan, of program: Borrowed<Program>) { append(program.with { $0.bytes(of: span) }) }

    private mutating func appendByte(_ byte: UInt8) {
        if count == buffer.count { grow(toFit: count + 1) }
        buffer[count] = byte
        count += 1
    }

    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String]) {}

    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?) throws(MessageError)
    {
        let direction = BidiPolicy.direction(of: value, explicit: explicitDirection)
        let open = bidi.opening(direction: direction, explicit: explicitDirection != nil)
        // Formatting may fail: nothing is written until it has succeeded.
        let start = count
        if let open { appendText(open) }
        do {
            try value.withFormattedUTF8 { append($0) }
        } catch {
            count = start
            throw error
        }
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
        appendByte(UInt8(ascii: "{"))
        appendText(source)
        appendByte(UInt8(ascii: "}"))
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

    mutating func appendText(_ span: TextSpan, of program: Borrowed<Program>) { appendText(program.with { $0.string(of: span) }) }

    mutating func appendMarkup(_ kind: Markup.Kind, name: String, id: String?, options: [String: String]) {
        parts.append(.markup(kind, name: name, id: id, options: options))
    }

    mutating func appendValue(_ value: Resolved.Value, explicitDirection: ExplicitDirection?, id: String?) throws(MessageError)
    {
        let text = try value.formatToString()
        let direction = BidiPolicy.direction(of: value, explicit: explicitDirection)
        let value = value.messageValue
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
