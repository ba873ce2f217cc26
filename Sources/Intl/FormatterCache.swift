/// A process-wide, thread-safe map from a formatter's construction arguments to the built formatter.
///
/// Lookups first try the calling thread's ``MemoRing`` (no lock, no hashing), then one uncontended
/// lock and a dictionary lookup. A miss builds the formatter while holding the lock, so each key is
/// built at most once (concurrent callers for the same key wait for the first build instead of
/// building twice). The cache is bounded: when it holds `limit` entries it is emptied before the
/// next insertion, which only costs rebuilding.
final class FormatterCache<Key: FingerprintedKey, Value: AnyObject & Sendable>: Sendable {
    private let entries = Locked<[Key: Value]>([:])
    private let limit: Int
    /// This cache's slot in every thread's memo; nil if the slots ran out.
    private let memoSlot: Int?

    /// A cache holding at most `limit` formatters.
    init(limit: Int = 4096) {
        self.limit = limit
        self.memoSlot = ThreadMemo.allocateSlot()
    }

    /// The formatter for `key`, built with `make` on the first request.
    func value(for key: Key, make: () throws(IntlError) -> Value) throws(IntlError) -> Value {
        try value(fingerprint: key.fingerprint, matches: { $0 == key }, key: { key }, make: make)
    }

    /// The formatter for the key that `matches` accepts and `key` builds, whose fingerprint is
    /// `fingerprint`. A thread-memo hit never builds the key, so callers can avoid copying its parts.
    @inline(__always)
    func value(
        fingerprint: UInt64, matches: (Key) -> Bool, key: () -> Key,
        make: () throws(IntlError) -> Value
    ) throws(IntlError) -> Value {
        guard let memoSlot else { return try shared(for: key(), make: make) }
        return try ThreadMemo.withRing(memoSlot, of: (Key, Value).self) { (ring) throws(IntlError) -> Value in
            if let hit = ring.value(fingerprint: fingerprint, matches: matches) { return hit }
            let key = key()
            let value = try shared(for: key, make: make)
            ring.remember(value, for: key, fingerprint: fingerprint)
            return value
        }
    }

    /// The formatter for `key` from the process-wide dictionary, built with `make` if absent.
    private func shared(for key: Key, make: () throws(IntlError) -> Value) throws(IntlError) -> Value {
        if let hit = entries.withLock({ $0[key] }) { return hit }
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

/// The process-wide formatter caches, one per formatter type.
enum FormatterCaches {
    static let numbers = FormatterCache<NumberFormatterKey, NumberFormatter>()
    static let plurals = FormatterCache<PluralRulesKey, PluralRules>()
    static let dates = FormatterCache<DateFormatterKey, DateFormatter>()
    static let lists = FormatterCache<ListFormatterKey, ListFormatter>()
    static let relativeTimes = FormatterCache<RelativeTimeFormatterKey, RelativeTimeFormatter>()
    /// Gregorian calendars by the time zone name callers pass.
    static let calendars = FormatterCache<TimeZoneKey, ZonedCalendar>(limit: 512)
}
