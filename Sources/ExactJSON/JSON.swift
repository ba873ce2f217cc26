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
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): JSON.writeString(text, to: &output)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                JSON.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        // Runs of characters that need no escape are copied whole; most strings are one run.
        var runStart = text.unicodeScalars.startIndex
        var index = runStart
        while index < text.unicodeScalars.endIndex {
            let scalar = text.unicodeScalars[index]
            let escape: String? =
                switch scalar {
                case "\"": "\\\""
                case "\\": "\\\\"
                case "\n": "\\n"
                case "\r": "\\r"
                case "\t": "\\t"
                case _ where scalar.value < 0x20 || (0x2028...0x2029).contains(scalar.value):
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                default: nil
                }
            if let escape {
                output += Substring(text.unicodeScalars[runStart..<index])
                output += escape
                runStart = text.unicodeScalars.index(after: index)
            }
            index = text.unicodeScalars.index(after: index)
        }
        output += Substring(text.unicodeScalars[runStart...])
        output += "\""
    }
}
