/// The values a number, integer or money input allows, as a template header declares them after
/// the type: a comparison (`refund: money > 0`) or a range with both ends included
/// (`delay.days: integer 1...`, `rating: integer 1...5`, `discount: number ...100`).
///
/// Bounds are decimal literals, and a value is compared with them exactly, as decimal text (a
/// money input by its amount, whatever the currency): never through binary floating point.
public struct InputBounds: Sendable, Hashable, CustomStringConvertible {
    /// A comparison with one number.
    public enum Comparison: String, Sendable, Hashable {
        /// `> n`: the value must be greater than `n`.
        case greaterThan = ">"
        /// `>= n`: the value must be `n` or more.
        case atLeast = ">="
        /// `< n`: the value must be less than `n`.
        case lessThan = "<"
        /// `<= n`: the value must be `n` or less.
        case atMost = "<="
    }

    /// How the bounds are written.
    public enum Form: Sendable, Hashable {
        /// `> 0`, `<= 100`.
        case comparison(Comparison, String)
        /// `1...5`; either end may be left out (`1...`, `...5`), not both.
        case range(from: String?, through: String?)
    }

    /// The bounds as written, numbers as their decimal literals.
    public let form: Form
    private let lower: Limit?
    private let upper: Limit?

    private struct Limit: Hashable {
        var value: ExactDecimal
        var isIncluded: Bool
    }

    /// Bounds from numbers already checked to be decimal literals (`-12.5`, `0`), forming a non-empty range.
    init(checked form: Form) {
        self.form = form
        func limit(_ text: String?, included: Bool) -> Limit? {
            text.flatMap(ExactDecimal.init).map { Limit(value: $0, isIncluded: included) }
        }
        switch form {
        case .comparison(.greaterThan, let text): (lower, upper) = (limit(text, included: false), nil)
        case .comparison(.atLeast, let text): (lower, upper) = (limit(text, included: true), nil)
        case .comparison(.lessThan, let text): (lower, upper) = (nil, limit(text, included: false))
        case .comparison(.atMost, let text): (lower, upper) = (nil, limit(text, included: true))
        case .range(let from, let through): (lower, upper) = (limit(from, included: true), limit(through, included: true))
        }
    }

    /// Reads bounds as a header writes them after the type (`>= 0`, `1...5`); nil when malformed.
    public init?(_ written: String) {
        guard case .bounds(let bounds) = Self.parse(Array(written.unicodeScalars)[...], for: .number, path: "n") else {
            return nil
        }
        self = bounds
    }

    /// `> 0`, `1...5`, `1...`: the normalized spelling, as a header may write it.
    public var description: String {
        switch form {
        case .comparison(let comparison, let value): "\(comparison.rawValue) \(value)"
        case .range(let from, let through): "\(from ?? "")...\(through ?? "")"
        }
    }

    /// Whether a number, written as JSON writes numbers (`-3`, `129.90`, `1e3`), lies within the
    /// bounds, compared exactly; nil when the text is not a number.
    public func admits(_ number: String) -> Bool? {
        guard let value = ExactDecimal(number) else { return nil }
        if let lower, lower.isIncluded ? value < lower.value : value <= lower.value { return false }
        if let upper, upper.isIncluded ? value > upper.value : value >= upper.value { return false }
        return true
    }
}
