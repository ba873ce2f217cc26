internal import CICU

/// Locale-aware list formatting ("a, b and c"); safe to share across threads.
public final class ListFormatter: Sendable {
    /// "and" lists, "or" lists, or lists of measurements ("3 ft, 7 in").
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// "a, b and c" (`und`, `et`, `i`…).
        case conjunction
        /// "a, b or c" (`oder`, `ou`, `lub`…).
        case disjunction
        /// Measurements, "3 ft, 7 in": usually without a connector word.
        case unit
    }
    /// How much the connectors are abbreviated.
    public enum Width: String, Hashable, Sendable, CaseIterable {
        /// The full connectors ("a, b, and c" in English).
        case long
        /// Shorter connectors where the locale has them ("a, b, & c" in English).
        case short
        /// The shortest form: in English "a, b, c" for a conjunction, "3 ft 7 in" for units.
        case narrow
    }

    /// The `UListFormatter*`. ICU's ListFormatter::format is const and keeps no per-call state, so
    /// one instance may be used from any number of threads at once.
    nonisolated(unsafe) let formatter: OpaquePointer
    /// The locale the formatter was built for.
    let locale: LocaleID

    /// Loads the locale's list patterns for `kind` and `width`; throws if ICU cannot.
    public init(locale: LocaleID, kind: Kind, width: Width) throws(IntlError) {
        let kindCode: Int32 =
            switch kind {
            case .conjunction: 0
            case .disjunction: 1
            case .unit: 2
            }
        let widthCode: Int32 =
            switch width {
            case .long: 0
            case .short: 1
            case .narrow: 2
            }
        var status = U_ZERO_ERROR
        let opened = icu_listfmt_open(locale.icuName, kindCode, widthCode, &status)
        guard let opened, !status.isFailure else {
            if let opened { icu_listfmt_close(opened) }
            throw IntlError(
                status: status, building: "a \(width.rawValue) \(kind.rawValue) list formatter for locale '\(locale)'")
        }
        self.formatter = opened
        self.locale = locale
    }

    deinit {
        icu_listfmt_close(formatter)
    }

    /// A shared formatter for `(locale, kind, width)`, built at most once per process.
    /// The process-wide cache holds up to 4,096 entries per type; when full it starts over.
    public static func cached(locale: LocaleID, kind: Kind, width: Width) throws(IntlError) -> ListFormatter {
        try FormatterCaches.lists.value(for: ListFormatterKey(locale: locale, kind: kind, width: width)) {
            () throws(IntlError) -> ListFormatter in try ListFormatter(locale: locale, kind: kind, width: width)
        }
    }

    /// The items joined with the locale's separators and connectors (empty for no items).
    public func format(_ items: [String]) -> String {
        format(count: items.count) { items[$0] }
    }

    /// The items `item(0)`, `item(1)`, … `item(count - 1)` joined, without an array of them.
    /// `item` is called twice per item (to size the buffer, then to copy), so it should be cheap.
    public func format(count: Int, item: (Int) -> String) -> String {
        switch count {
        case 0: return ""
        case 1: return item(0)
        default: break
        }
        let formatted: String? = withItems(count: count, item: item) { pointers, lengths in
            try? icuUTF16String { buffer, capacity, status in
                icu_listfmt_format(formatter, pointers, lengths, Int32(count), buffer, capacity, &status)
            }
        }
        return formatted ?? (0..<count).map(item).joined(separator: ", ")
    }

    /// Runs `body` with the items as ICU takes them: a pointer and a UTF-16 length per item.
    ///
    /// Invariant: the items lie back to back in one temporary buffer (at most one UTF-16 unit per
    /// UTF-8 byte, so it is never too small), and the pointers into it are valid only inside
    /// `body`, which must not keep them. `item` is called twice per item (to size, then to copy).
    func withItems<R>(
        count: Int, item: (Int) -> String, _ body: (UnsafePointer<UnsafePointer<UInt16>?>, UnsafePointer<Int32>) -> R
    ) -> R {
        var total = 0
        for index in 0..<count { total += item(index).utf8.count }
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Swift.max(total, 1)) { units in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: Swift.max(count, 1)) { lengths in
                withUnsafeTemporaryAllocation(of: UnsafePointer<UInt16>?.self, capacity: Swift.max(count, 1)) { pointers in
                    var offset = 0
                    for index in 0..<count {
                        let written = copyUTF16(of: item(index), into: units.baseAddress! + offset)
                        pointers[index] = UnsafePointer(units.baseAddress! + offset)
                        lengths[index] = Int32(written)
                        offset += written
                    }
                    return body(UnsafePointer(pointers.baseAddress!), UnsafePointer(lengths.baseAddress!))
                }
            }
        }
    }
}
