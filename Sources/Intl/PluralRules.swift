internal import CICU

/// CLDR plural rules of one locale, cardinal or ordinal; safe to share across threads.
public final class PluralRules: Sendable {
    /// Cardinal (`1 day`, `2 days`) or ordinal (`1st`, `2nd`) rules.
    public enum Kind: String, Hashable, Sendable {
        /// Counting: English `one` for 1, `other` for 0, 2, 3….
        case cardinal
        /// Ranking: English `one` for 1st and 21st, `two` for 2nd, `few` for 3rd, `other` for 4th.
        case ordinal
    }

    /// The CLDR order of plural categories.
    static let cldrOrder = ["zero", "one", "two", "few", "many", "other"]

    /// The `UPluralRules*`. ICU's PluralRules selection methods are const and keep no per-call state,
    /// so one instance may be used from any number of threads at once.
    nonisolated(unsafe) let rules: OpaquePointer
    /// The locale the rules were built for.
    let locale: LocaleID
    /// Cardinal or ordinal.
    let kind: Kind
    private let orderedCategories: [String]

    /// Loads the locale's cardinal or ordinal rules; throws if ICU cannot open them.
    public init(locale: LocaleID, kind: Kind) throws(IntlError) {
        var status = U_ZERO_ERROR
        let opened = icu_plural_open(locale.icuName, kind == .ordinal ? 1 : 0, &status)
        guard let opened, !status.isFailure else {
            if let opened { icu_plural_close(opened) }
            throw IntlError(status: status, building: "\(kind.rawValue) plural rules for locale '\(locale)'")
        }
        self.rules = opened
        self.locale = locale
        self.kind = kind
        do throws(IntlError) {
            self.orderedCategories = try Self.keywords(of: opened, locale: locale)
        } catch {
            icu_plural_close(opened)
            throw error
        }
    }

    deinit {
        icu_plural_close(rules)
    }

    /// A shared instance for `(locale, kind)`, built at most once per process.
    /// The process-wide cache holds up to 4,096 entries per type; when full it starts over.
    public static func cached(locale: LocaleID, kind: Kind) throws(IntlError) -> PluralRules {
        try FormatterCaches.plurals.value(
            fingerprint: PluralRulesKey.fingerprint(locale, kind),
            matches: { $0.locale == locale && $0.kind == kind },
            key: { PluralRulesKey(locale: locale, kind: kind) },
            make: { () throws(IntlError) -> PluralRules in try PluralRules(locale: locale, kind: kind) }
        )
    }

    /// The category of a plain number, no formatting applied.
    public func select(_ number: Double) -> String { category(of: number).rawValue }

    /// The category of a plain number, no formatting applied, as a ``PluralCategory``.
    public func category(of number: Double) -> PluralCategory {
        .selected { icu_plural_select(rules, number, $0, $1, &$2) }
    }

    /// The categories this locale uses, in CLDR order (`zero one two few many other`).
    public var categories: [String] { orderedCategories }

    /// The keywords ICU reports for `rules`, sorted into CLDR order.
    private static func keywords(of rules: OpaquePointer, locale: LocaleID) throws(IntlError) -> [String] {
        var status = U_ZERO_ERROR
        guard let enumeration = icu_plural_keywords(rules, &status), !status.isFailure else {
            throw IntlError(status: status, while: "listing the plural categories of locale '\(locale)'")
        }
        defer { icu_enum_close(enumeration) }
        var found: [String] = []
        while true {
            var length: Int32 = 0
            guard let keyword = icu_enum_next(enumeration, &length, &status), !status.isFailure else { break }
            let bytes = UnsafeRawBufferPointer(start: keyword, count: Int(length))
            found.append(String(decoding: bytes, as: UTF8.self))
        }
        guard !status.isFailure else {
            throw IntlError(status: status, while: "listing the plural categories of locale '\(locale)'")
        }
        return cldrOrder.filter(found.contains) + found.filter { !cldrOrder.contains($0) }.sorted()
    }
}
