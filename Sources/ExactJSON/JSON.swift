/// A JSON value that keeps numbers as written, so `129.90` stays exactly `129.90`.
public enum JSON: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// The number's source text, already checked to be valid JSON number syntax.
    case number(String)
    /// A string, its escapes decoded.
    case string(String)
    /// An array's elements, in order.
    case array([JSON])
    /// Members in source order.
    case object([(String, JSON)])

    /// Whether two values are the same JSON: numbers compare by their text (`1.0` is not `1`),
    /// objects by their members in order.
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

    /// Whether the value is `null`.
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
        var writer = JSONWriter(capacity: 256)
        writer.value(self)
        return writer.bytes
    }
}
