/// A JSON value that keeps numbers as written, so `129.90` stays exactly `129.90`.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's source text, already checked to be valid JSON number syntax.
    case number(String)
    case string(String)
    case array([JSON])
    /// Members in source order.
    case object([(String, JSON)])

    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The member `key` of an object (the first, if repeated); nil for other values.
    public subscript(key: String) -> JSON? { self[key[...]] }

    /// The member `key` of an object (the first, if repeated); nil for other values.
    public subscript(key: Substring) -> JSON? {
        guard case .object(let members) = self else { return nil }
        for (name, value) in members where name == key { return value }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// `a string`, `an object`…, for error messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Compact JSON text, keys in their stored order, non-ASCII kept as is.
    public var serialized: String {
        // Written as UTF-8 bytes and made a String once: appending to a String piece by piece
        // costs more than the bytes themselves.
        String(decoding: serializedUTF8, as: UTF8.self)
    }

    /// ``serialized`` as UTF-8 bytes, for a response body or a file.
    public var serializedUTF8: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(to: &output)
        return output
    }

    private func write(to output: inout [UInt8]) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .number(let text): output += text.utf8
        case .string(let text): JSON.writeString(text, to: &output)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSON.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
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
