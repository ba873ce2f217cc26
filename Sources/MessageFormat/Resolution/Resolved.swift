import Intl

/// The resolved value of a variable or expression inside one formatting call: a value, or the
/// fallback text it shows when it failed, plus the `u:dir` and `u:id` written on it.
struct Resolved {
    var value: (any MessageValue)?
    /// `$x`, `|42|` or `:fn`, shown between braces; set only when the value failed.
    var fallbackSource: String?
    var explicitDirection: ExplicitDirection?
    var id: String?

    init(_ value: any MessageValue, explicitDirection: ExplicitDirection? = nil, id: String? = nil) {
        self.value = value
        self.explicitDirection = explicitDirection
        self.id = id
    }

    private init(fallbackSource: String) {
        self.fallbackSource = fallbackSource
    }

    static func fallback(_ source: String) -> Resolved {
        Resolved(fallbackSource: source)
    }
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
