import Synchronization

/// A process-wide, thread-safe map from a formatter's construction arguments to the built formatter.
///
/// A hit costs one uncontended lock and one dictionary lookup. A miss builds the formatter while
/// holding the lock, so each key is built at most once (concurrent callers for the same key wait
/// for the first build instead of building twice). The cache is bounded: when it holds
/// `limit` entries it is emptied before the next insertion, which only costs rebuilding.
final class FormatterCache<Key: Hashable & Sendable, Value: AnyObject & Sendable>: Sendable {
    private let entries = Mutex<[Key: Value]>([:])
    private let limit: Int

    /// A cache holding at most `limit` formatters.
    init(limit: Int = 4096) {
        self.limit = limit
    }

    /// The formatter for `key`, built with `make` on the first request.
    func value(for key: Key, make: () throws(IntlError) -> Value) throws(IntlError) -> Value {
        let result: Result<Value, IntlError> = entries.withLock { entries in
            if let hit = entries[key] { return .success(hit) }
            do throws(IntlError) {
                let built = try make()
                if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
                entries[key] = built
                return .success(built)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The number of cached formatters (for tests).
    var count: Int { entries.withLock { $0.count } }
}

/// Cache key of a ``NumberFormatter``.
struct NumberFormatterKey: Hashable, Sendable {
    let locale: LocaleID
    let options: NumberFormatOptions
}

/// Cache key of a ``PluralRules``.
struct PluralRulesKey: Hashable, Sendable {
    let locale: LocaleID
    let kind: PluralRules.Kind
}

/// Cache key of a ``DateFormatter``.
struct DateFormatterKey: Hashable, Sendable {
    let locale: LocaleID
    let skeleton: String
    let timeZone: String
}

/// Cache key of a ``ListFormatter``.
struct ListFormatterKey: Hashable, Sendable {
    let locale: LocaleID
    let kind: ListFormatter.Kind
    let width: ListFormatter.Width
}

/// Cache key of a ``RelativeTimeFormatter``.
struct RelativeTimeFormatterKey: Hashable, Sendable {
    let locale: LocaleID
    let style: RelativeTimeFormatter.Style
    let numeric: RelativeTimeFormatter.Numeric
}

/// The process-wide formatter caches, one per formatter type.
enum FormatterCaches {
    static let numbers = FormatterCache<NumberFormatterKey, NumberFormatter>()
    static let plurals = FormatterCache<PluralRulesKey, PluralRules>()
    static let dates = FormatterCache<DateFormatterKey, DateFormatter>()
    static let lists = FormatterCache<ListFormatterKey, ListFormatter>()
    static let relativeTimes = FormatterCache<RelativeTimeFormatterKey, RelativeTimeFormatter>()
}
