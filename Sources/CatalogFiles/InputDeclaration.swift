/// The type of a declared input.
public enum InputType: Sendable, Hashable, CustomStringConvertible {
    /// Text.
    case string
    /// A decimal number.
    case number
    /// A whole number.
    case integer
    /// `{"amount": "129.90", "currency": "PLN"}`.
    case money
    /// An ISO 8601 date.
    case date
    /// An ISO 8601 date and time.
    case datetime
    /// A JSON array; `path.count` is its length.
    case list
    /// `true` or `false`.
    case boolean
    /// One of the listed values (`a | b | c`).
    case enumeration([String])

    /// As written in a header: `string`, `money`, `refund | replacement`.
    public var description: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .integer: "integer"
        case .money: "money"
        case .date: "date"
        case .datetime: "datetime"
        case .list: "list"
        case .boolean: "boolean"
        case .enumeration(let values): values.joined(separator: " | ")
        }
    }

    /// The named (non-enumeration) types, in the order the spec lists them.
    static let named: [InputType] = [.string, .number, .integer, .money, .date, .datetime, .list, .boolean]
}

/// One declared input: `order.id: string`.
public struct InputDeclaration: Sendable, Hashable {
    /// Dotted JSON path (`order.id`).
    public var path: String
    /// The declared type.
    public var type: InputType
    /// Whether the type ended with `?`.
    public var isOptional: Bool
    /// Line of the path in the file.
    public var line: Int
    /// Column of the path in the file.
    public var column: Int

    /// Creates a declaration.
    public init(path: String, type: InputType, isOptional: Bool, line: Int, column: Int) {
        self.path = path
        self.type = type
        self.isOptional = isOptional
        self.line = line
        self.column = column
    }
}

extension InputType {
    /// The outcome of reading a type as written in a header.
    enum Parsed {
        case type(InputType, optional: Bool)
        /// A problem, `scalars` Unicode scalars into the written value.
        case problem(String, scalars: Int)
    }

    /// Reads `string`, `money?`, `a | b | c` for the input `path`.
    static func parse(_ written: String, path: String) -> Parsed {
        let scalars = Array(written.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        var optional = false
        if end > 0, scalars[end - 1] == "?" {
            optional = true
            end -= 1
            while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        }
        let body = String(scalars: scalars[..<end])
        let expected = "expected " + Naming.orList(named.map(\.description) + ["a | b | c"])
        guard body.contains("|") else {
            if let type = named.first(where: { $0.description == body }) { return .type(type, optional: optional) }
            if body.isEmpty { return .problem("input \(path) has no type; \(expected)", scalars: 0) }
            let hint = Naming.suggestion(for: body, among: named.map(\.description))
            return .problem("unknown input type '\(body)' for \(path); \(expected)\(hint)", scalars: 0)
        }
        // An enumeration: values separated by '|', each a lowercase name.
        var values: [String] = []
        var start = 0
        for index in 0...end where index == end || scalars[index] == "|" {
            var first = start
            while first < index, scalars[first] == " " || scalars[first] == "\t" { first += 1 }
            var last = index
            while last > first, scalars[last - 1] == " " || scalars[last - 1] == "\t" { last -= 1 }
            let value = String(scalars: scalars[first..<last])
            if value.isEmpty {
                return .problem("the enumeration for \(path) has an empty value; write its values as 'a | b | c'", scalars: first)
            }
            if !Naming.isIdentifier(value) {
                return .problem(
                    "enumeration value '\(value)' for \(path) is not valid; values use lowercase letters, digits and '-', starting with a letter or digit",
                    scalars: first)
            }
            if values.contains(value) {
                return .problem("enumeration value '\(value)' is listed twice for \(path)", scalars: first)
            }
            values.append(value)
            start = index + 1
        }
        return .type(.enumeration(values), optional: optional)
    }
}
