// Keys of the formatter caches. Every key has a cheap 64-bit fingerprint (no `Hasher`, no
// allocation) that both the process-wide dictionaries and the per-thread memos use; equality is
// always the exact, synthesized one, so a fingerprint collision only costs a comparison.

/// A cache key with a cheap deterministic fingerprint, equal for equal keys.
protocol FingerprintedKey: Hashable, Sendable {
    /// A well-mixed 64-bit summary of the key.
    var fingerprint: UInt64 { get }
}

extension FingerprintedKey {
    /// Hashes the fingerprint alone: equal keys have equal fingerprints.
    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}

/// 64-bit FNV-1a of the UTF-8 of `text`: a cheap, deterministic hash for short identifiers.
func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
}

/// Folds `value` into `seed` with one multiply and xorshift (the result feeds `Hasher` or is only
/// compared for equality, so full avalanche is not needed).
func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    let z = (seed ^ value) &* 0x9E37_79B9_7F4A_7C15
    return z ^ (z >> 29)
}

extension CaseIterable where Self: RawRepresentable {
    /// The case's storage tag (payload-free enums of fewer than 256 cases are one byte holding the
    /// declaration index), for fingerprints without allocating `allCases`.
    var index: UInt64 {
        precondition(MemoryLayout<Self>.size == 1)
        return UInt64(unsafeBitCast(self, to: UInt8.self))
    }
}

/// Cache key of a ``NumberFormatter``: the options packed into three words plus the locale.
struct NumberFormatterKey: FingerprintedKey {
    let locale: LocaleID
    let options: NumberFormatOptions

    var fingerprint: UInt64 { Self.fingerprint(locale, options) }

    /// The fingerprint of the key `(locale, options)`, computed without building it.
    static func fingerprint(_ locale: LocaleID, _ options: NumberFormatOptions) -> UInt64 {
        var enums = options.signDisplay.index | options.useGrouping.index << 4 | options.roundingMode.index << 8
        enums |= options.roundingPriority.index << 12 | options.trailingZeroDisplay.index << 16
        enums |= options.currencyDisplay.index << 20 | options.currencySign.index << 24 | options.unitDisplay.index << 28
        var digits = pack(options.minimumIntegerDigits) | pack(options.minimumFractionDigits) << 16
        digits |= pack(options.maximumFractionDigits) << 32 | pack(options.minimumSignificantDigits) << 48
        let more = pack(options.maximumSignificantDigits) | pack(options.roundingIncrement) << 16
        let style: UInt64
        switch options.style {
        case .decimal: style = 1
        case .percent: style = 2
        case .currency(let code): style = fnv1a(code) << 3 | 3
        case .unit(let unit): style = fnv1a(unit) << 3 | 4
        }
        return mix(mix(mix(mix(locale.identifierHash, enums), digits), more), style)
    }

    /// 16 bits for an optional small integer (collisions only cost a comparison, never a wrong hit).
    private static func pack(_ value: Int?) -> UInt64 {
        guard let value else { return 0xFFFF }
        return UInt64(truncatingIfNeeded: value) & 0x7FFF
    }
}

/// Cache key of a ``PluralRules``.
struct PluralRulesKey: FingerprintedKey {
    let locale: LocaleID
    let kind: PluralRules.Kind

    var fingerprint: UInt64 { Self.fingerprint(locale, kind) }

    /// The fingerprint of the key `(locale, kind)`, computed without building it.
    static func fingerprint(_ locale: LocaleID, _ kind: PluralRules.Kind) -> UInt64 {
        mix(locale.identifierHash, kind == .cardinal ? 1 : 2)
    }
}

/// Cache key of a ``DateFormatter``.
struct DateFormatterKey: FingerprintedKey {
    let locale: LocaleID
    let skeleton: String
    let timeZone: String

    var fingerprint: UInt64 { mix(mix(locale.identifierHash, fnv1a(skeleton)), fnv1a(timeZone)) }
}

/// Cache key of a ``ListFormatter``.
struct ListFormatterKey: FingerprintedKey {
    let locale: LocaleID
    let kind: ListFormatter.Kind
    let width: ListFormatter.Width

    var fingerprint: UInt64 { mix(locale.identifierHash, kind.index << 8 | width.index) }
}

/// Cache key of a ``RelativeTimeFormatter``.
struct RelativeTimeFormatterKey: FingerprintedKey {
    let locale: LocaleID
    let style: RelativeTimeFormatter.Style
    let numeric: RelativeTimeFormatter.Numeric

    var fingerprint: UInt64 { mix(locale.identifierHash, style.index << 8 | numeric.index) }
}

/// Cache key of a ``ZonedCalendar``: the time zone name as the caller spelled it.
struct TimeZoneKey: FingerprintedKey {
    let name: String

    var fingerprint: UInt64 { fnv1a(name) }
}
