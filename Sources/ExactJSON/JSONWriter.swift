/// Writes compact JSON text straight to UTF-8 bytes, value by value, without building a ``JSON``
/// tree first: for large documents written once, such as a service's responses. ``JSON`` serializes
/// through it, so both write the same text.
///
/// The writer places commas and colons; the caller keeps the shape: inside ``object(_:)`` every
/// value follows a ``key(_:)``, inside ``array(_:)`` none does.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.object { writer in
///     writer.key("id")
///     writer.string("a-1")
///     writer.key("tags")
///     writer.array { writer in for tag in ["x", "y"] { writer.string(tag) } }
/// }
/// writer.bytes  // {"id":"a-1","tags":["x","y"]}
/// ```
public struct JSONWriter {
    /// The text written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key or value is not the first in its object or array.
    private var needsComma = false

    /// A writer whose buffer has room for `capacity` bytes before it grows.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// A member's key; its value is the next thing written.
    public mutating func key(_ key: String) {
        separate()
        Self.writeString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A string: `"` and `\` escaped, control characters and U+2028/U+2029 as escapes (`\n`,
    /// `\u0001`, `\u2028`), everything else as it is, non-ASCII included.
    public mutating func string(_ text: String) {
        separate()
        Self.writeString(text, to: &bytes)
        needsComma = true
    }

    /// A string, or `null` when there is none.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A member whose value is a string (`null` when there is none).
    public mutating func member(_ key: String, _ text: String?) {
        self.key(key)
        string(text)
    }

    /// A number from its text, which must already be valid JSON number syntax (an integer's
    /// `description` is).
    public mutating func number(_ text: String) {
        separate()
        bytes += text.utf8
        needsComma = true
    }

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes += (value ? "true" : "false").utf8
        needsComma = true
    }

    /// `null`.
    public mutating func null() {
        separate()
        bytes += "null".utf8
        needsComma = true
    }

    /// An object whose members `body` writes, each as a ``key(_:)`` and its value.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array whose elements `body` writes.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// A whole ``JSON`` value.
    public mutating func value(_ json: JSON) {
        switch json {
        case .null: null()
        case .bool(let value): bool(value)
        case .number(let text): number(text)
        case .string(let text): string(text)
        case .array(let values):
            array { writer in
                for value in values { writer.value(value) }
            }
        case .object(let members):
            object { writer in
                for (key, value) in members {
                    writer.key(key)
                    writer.value(value)
                }
            }
        }
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    /// A string literal: `"` and `\\` escaped, control characters and U+2028/U+2029 as escapes
    /// (short forms where JSON has them); every other byte copied as it is.
    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole; most strings are one run.
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // The usual byte needs no escape and is not the start of U+2028/U+2029.
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                    index += 1
                    continue
                }
                let escape: StaticString?
                var skip = 0
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case UInt8(ascii: "\n"): escape = #"\n"#
                case UInt8(ascii: "\r"): escape = #"\r"#
                case UInt8(ascii: "\t"): escape = #"\t"#
                case ..<0x20: escape = ""
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] | 1) == 0xA9:
                    // U+2028 and U+2029 end a line in JavaScript: escaped so the text can be embedded.
                    escape = ""
                    skip = 2
                default: escape = nil
                }
                if let escape {
                    output.append(contentsOf: bytes[runStart..<index])
                    if escape.utf8CodeUnitCount > 0 {
                        escape.withUTF8Buffer { output.append(contentsOf: $0) }
                    } else {
                        appendEscape(skip == 0 ? UInt32(byte) : 0x2028 + UInt32(bytes[index + 2] & 1), to: &output)
                    }
                    index += skip
                    runStart = index + 1
                }
                index += 1
            }
            output.append(contentsOf: bytes[runStart..<bytes.count])
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        let hex = String(value, radix: 16)
        output += #"\u"#.utf8
        output += String(repeating: "0", count: 4 - hex.count).utf8
        output += hex.utf8
    }
}
