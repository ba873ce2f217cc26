// Public surface of the Intl target. Bodies are stubs until the ICU-backed implementation lands;
// signatures are the contract the MessageFormat target codes against.

/// An error reported by ICU, or a bad argument to an Intl type.
public struct IntlError: Error, Sendable, CustomStringConvertible {
    /// ICU's error name (`U_ILLEGAL_ARGUMENT_ERROR`), or a short code of ours.
    public var code: String
    /// What went wrong, for humans.
    public var message: String
    public init(code: String, message: String) { self.code = code; self.message = message }
    public var description: String { "\(message) (\(code))" }
}

/// A canonical BCP 47 locale, as ICU understands it.
public struct LocaleID: Hashable, Sendable, CustomStringConvertible {
    /// Canonical BCP 47 tag (`de-AT`, `zh-Hant-TW`, `en-US`).
    public let identifier: String
    /// Parses and canonicalizes a BCP 47 tag (also accepts `_` separators); throws on an ill-formed tag.
    public init(_ tag: String) throws(IntlError) { fatalError("stub") }
    /// The root locale (`und`).
    public static var root: LocaleID { fatalError("stub") }
    /// The language subtag (`de`).
    public var language: String { fatalError("stub") }
    /// With likely subtags added (`zh-TW` → `zh-Hant-TW`).
    public var maximized: LocaleID { fatalError("stub") }
    /// With likely subtags removed (`zh-Hant-TW` → `zh-TW`).
    public var minimized: LocaleID { fatalError("stub") }
    /// Whether the locale's script is written right to left.
    public var isRightToLeft: Bool { fatalError("stub") }
    /// The most specific locale ICU has data for (`de-AT` → `de-AT`, `xx-YY` → `und`).
    public var dataLocale: LocaleID { fatalError("stub") }
    /// Whether ICU has data for the language of this locale (false means it falls back to root).
    public var hasData: Bool { fatalError("stub") }
    public var description: String { identifier }
}

/// A number to format: an integer, a binary double, or an exact decimal string (`"129.90"`).
public enum NumericValue: Sendable, Hashable {
    case integer(Int64)
    case double(Double)
    /// A decimal number in the `number-literal` syntax (`-12.5`, `1e3`), formatted without binary rounding.
    case decimal(String)
}

/// Options for ``NumberFormatter``, mirroring the MessageFormat 2 / ECMA-402 option names.
public struct NumberFormatOptions: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case decimal
        /// Multiplies by 100 and adds the locale's percent sign.
        case percent
        /// ISO 4217 code, e.g. `EUR`.
        case currency(String)
        /// CLDR unit identifier, e.g. `kilogram`, `kilometer-per-hour`.
        case unit(String)
    }
    public enum SignDisplay: String, Hashable, Sendable, CaseIterable { case auto, always, exceptZero, negative, never }
    public enum Grouping: String, Hashable, Sendable, CaseIterable { case auto, always, never, min2 }
    public enum RoundingMode: String, Hashable, Sendable, CaseIterable {
        case ceil, floor, expand, trunc, halfCeil, halfFloor, halfExpand, halfTrunc, halfEven
    }
    public enum RoundingPriority: String, Hashable, Sendable, CaseIterable { case auto, morePrecision, lessPrecision }
    public enum TrailingZeroDisplay: String, Hashable, Sendable, CaseIterable { case auto, stripIfInteger }
    public enum CurrencyDisplay: String, Hashable, Sendable, CaseIterable { case symbol, narrowSymbol, code, name, never }
    public enum CurrencySign: String, Hashable, Sendable, CaseIterable { case standard, accounting }
    public enum UnitDisplay: String, Hashable, Sendable, CaseIterable { case short, narrow, long }

    public var style: Style = .decimal
    public var signDisplay: SignDisplay = .auto
    public var useGrouping: Grouping = .auto
    public var minimumIntegerDigits: Int? = nil
    public var minimumFractionDigits: Int? = nil
    public var maximumFractionDigits: Int? = nil
    public var minimumSignificantDigits: Int? = nil
    public var maximumSignificantDigits: Int? = nil
    public var roundingPriority: RoundingPriority = .auto
    /// 1, 2, 5, 10, 20, 25, 50, 100, … applied at the maximum fraction digits.
    public var roundingIncrement: Int? = nil
    /// MessageFormat's default is `halfExpand`, not ICU's `halfEven`.
    public var roundingMode: RoundingMode = .halfExpand
    public var trailingZeroDisplay: TrailingZeroDisplay = .auto
    public var currencyDisplay: CurrencyDisplay = .symbol
    public var currencySign: CurrencySign = .standard
    public var unitDisplay: UnitDisplay = .short

    public init() {}
}

/// One field of a formatted number, ECMA-402 style (`integer`, `group`, `decimal`, `fraction`,
/// `minusSign`, `plusSign`, `percentSign`, `currency`, `unit`, `exponentSeparator`,
/// `exponentInteger`, `compact`, `literal`).
public struct NumberPart: Hashable, Sendable {
    public var type: String
    public var value: String
    public init(type: String, value: String) { self.type = type; self.value = value }
}

/// A number formatter for one locale and one set of options: built once, safe to share across threads.
public final class NumberFormatter: Sendable {
    /// Builds the ICU formatter; throws on an unknown currency/unit or impossible options.
    public init(locale: LocaleID, options: NumberFormatOptions) throws(IntlError) { fatalError("stub") }
    /// A shared formatter for `(locale, options)`, built at most once per process.
    public static func cached(locale: LocaleID, options: NumberFormatOptions) throws(IntlError) -> NumberFormatter { fatalError("stub") }
    /// The formatted string.
    public func format(_ value: NumericValue) -> String { fatalError("stub") }
    /// The formatted string split into fields that concatenate back to it.
    public func formatToParts(_ value: NumericValue) -> [NumberPart] { fatalError("stub") }
    /// The plural category (`zero`…`other`) of the number *as formatted* (so `1.0` in English is `other`).
    public func pluralCategory(of value: NumericValue, rules: PluralRules) -> String { fatalError("stub") }
}

/// CLDR plural rules of one locale, cardinal or ordinal; safe to share across threads.
public final class PluralRules: Sendable {
    public enum Kind: String, Hashable, Sendable { case cardinal, ordinal }
    public init(locale: LocaleID, kind: Kind) throws(IntlError) { fatalError("stub") }
    public static func cached(locale: LocaleID, kind: Kind) throws(IntlError) -> PluralRules { fatalError("stub") }
    /// The category of a plain number, no formatting applied.
    public func select(_ number: Double) -> String { fatalError("stub") }
    /// The categories this locale uses, in CLDR order (`zero one two few many other`).
    public var categories: [String] { fatalError("stub") }
}

/// A date/time formatter built from an ICU skeleton (`yMMMd`, `jms`, `EEEEyMMMMd`) through the
/// date-time pattern generator, for one locale and time zone; safe to share across threads.
public final class DateFormatter: Sendable {
    /// `timeZone` is an IANA id (`Europe/Berlin`), `UTC`, or an offset `+05:30`; throws if unknown.
    public init(locale: LocaleID, skeleton: String, timeZone: String) throws(IntlError) { fatalError("stub") }
    public static func cached(locale: LocaleID, skeleton: String, timeZone: String) throws(IntlError) -> DateFormatter { fatalError("stub") }
    /// The pattern the generator chose (`MMM d, y`).
    public var pattern: String { fatalError("stub") }
    /// Formats an instant given as milliseconds since 1970-01-01T00:00:00Z.
    public func format(epochMilliseconds: Double) -> String { fatalError("stub") }
}

/// Calendar arithmetic through ICU.
public enum CalendarMath {
    /// The instant of a wall-clock time in `timeZone` (month 1…12), as ms since the epoch.
    public static func epochMilliseconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                                         millisecond: Int, timeZone: String) throws(IntlError) -> Double { fatalError("stub") }
    /// Whether ICU knows `timeZone` (IANA id, `UTC`, or `GMT+hh:mm`).
    public static func isKnownTimeZone(_ timeZone: String) -> Bool { fatalError("stub") }
}

/// Locale-aware list formatting ("a, b and c"); safe to share across threads.
public final class ListFormatter: Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable { case conjunction, disjunction, unit }
    public enum Width: String, Hashable, Sendable, CaseIterable { case long, short, narrow }
    public init(locale: LocaleID, kind: Kind, width: Width) throws(IntlError) { fatalError("stub") }
    public static func cached(locale: LocaleID, kind: Kind, width: Width) throws(IntlError) -> ListFormatter { fatalError("stub") }
    public func format(_ items: [String]) -> String { fatalError("stub") }
}

/// Relative time ("in 3 days", "yesterday"); safe to share across threads.
public final class RelativeTimeFormatter: Sendable {
    public enum Unit: String, Hashable, Sendable, CaseIterable { case second, minute, hour, day, week, month, quarter, year }
    public enum Style: String, Hashable, Sendable, CaseIterable { case long, short, narrow }
    /// `always`: "in 1 day"; `auto`: "tomorrow".
    public enum Numeric: String, Hashable, Sendable, CaseIterable { case always, auto }
    public init(locale: LocaleID, style: Style, numeric: Numeric) throws(IntlError) { fatalError("stub") }
    public static func cached(locale: LocaleID, style: Style, numeric: Numeric) throws(IntlError) -> RelativeTimeFormatter { fatalError("stub") }
    public func format(_ value: Double, unit: Unit) -> String { fatalError("stub") }
}

/// Direction of text, by its first strong character (Unicode bidi algorithm, ICU ubidi).
public enum TextDirection: String, Sendable, Hashable { case leftToRight, rightToLeft, neutral }

public enum Bidi {
    /// The direction of the first strong character of `text`, or `.neutral` if it has none.
    public static func firstStrongDirection(of text: String) -> TextDirection { fatalError("stub") }
}
