/// A number to format: an integer, a binary double, or an exact decimal string (`"129.90"`).
public enum NumericValue: Sendable, Hashable {
    /// A 64-bit integer, formatted exactly.
    case integer(Int64)
    /// A binary double, formatted from its shortest round-tripping decimal representation.
    case double(Double)
    /// A decimal number in the `number-literal` syntax (`-12.5`, `1e3`), formatted without binary rounding.
    case decimal(String)
}
