public import Intl

/// The resolved value of a variable or expression inside one formatting call: a value, or the
/// fallback text it shows when it failed, plus the `u:dir` and `u:id` written on it.
struct Resolved {
    var value: (any MessageValue)?
    /// `$x`, `|42|` or `:fn`, shown between braces when the value is a fallback.
    var fallbackSource: String
    var explicitDirection: ExplicitDirection?
    var id: String?

    static func fallback(_ source: String) -> Resolved {
        Resolved(value: nil, fallbackSource: source)
    }

    var isFallback: Bool { value == nil }
}

/// The `u:dir` option's values other than `inherit`.
enum ExplicitDirection: String {
    case ltr, rtl, auto

    var textDirection: TextDirection? {
        switch self {
        case .ltr: .leftToRight
        case .rtl: .rightToLeft
        case .auto: nil
        }
    }
}
