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

/// One declared input: `order.id: string`, `refund: money? > 0`.
public struct InputDeclaration: Sendable, Hashable {
    /// Dotted JSON path (`order.id`).
    public var path: String
    /// The declared type.
    public var type: InputType
    /// Whether the type was followed by `?`.
    public var isOptional: Bool
    /// The values a number, integer or money input allows (`> 0`, `1...5`); nil for any value.
    public var bounds: InputBounds?
    /// Line of the path in the file.
    public var line: Int
    /// Column of the path in the file.
    public var column: Int

    /// Creates a declaration.
    public init(path: String, type: InputType, isOptional: Bool, bounds: InputBounds? = nil, line: Int, column: Int) {
        self.path = path
        self.type = type
        self.isOptional = isOptional
        self.bounds = bounds
        self.line = line
        self.column = column
    }

    /// The type with its bounds, as a header writes them but without `?`: `money > 0`, `integer 1...`.
    public var declaredType: String {
        bounds.map { "\(type) \($0)" } ?? type.description
    }
}
