/// Options for ``NumberFormatter``, mirroring the MessageFormat 2 / ECMA-402 option names.
public struct NumberFormatOptions: Hashable, Sendable {
    /// What kind of number is formatted.
    public enum Style: Hashable, Sendable {
        /// A plain number.
        case decimal
        /// Multiplies by 100 and adds the locale's percent sign.
        case percent
        /// ISO 4217 code, e.g. `EUR`.
        case currency(String)
        /// CLDR unit identifier, e.g. `kilogram`, `kilometer-per-hour`.
        case unit(String)
    }

    /// When to show the sign (ECMA-402 `signDisplay`).
    public enum SignDisplay: String, Hashable, Sendable, CaseIterable { case auto, always, exceptZero, negative, never }
    /// When to use grouping separators (ECMA-402 `useGrouping`).
    public enum Grouping: String, Hashable, Sendable, CaseIterable { case auto, always, never, min2 }
    /// How to round (ECMA-402 `roundingMode`).
    public enum RoundingMode: String, Hashable, Sendable, CaseIterable {
        case ceil, floor, expand, trunc, halfCeil, halfFloor, halfExpand, halfTrunc, halfEven
    }
    /// Which of fraction and significant digits wins when both are set (ECMA-402 `roundingPriority`).
    public enum RoundingPriority: String, Hashable, Sendable, CaseIterable { case auto, morePrecision, lessPrecision }
    /// Whether to strip the fraction of an integer result (ECMA-402 `trailingZeroDisplay`).
    public enum TrailingZeroDisplay: String, Hashable, Sendable, CaseIterable { case auto, stripIfInteger }
    /// How to show the currency (ECMA-402 `currencyDisplay`, plus `never` to hide it).
    public enum CurrencyDisplay: String, Hashable, Sendable, CaseIterable { case symbol, narrowSymbol, code, name, never }
    /// Whether negative amounts use accounting notation (ECMA-402 `currencySign`).
    public enum CurrencySign: String, Hashable, Sendable, CaseIterable { case standard, accounting }
    /// How to show the unit (ECMA-402 `unitDisplay`).
    public enum UnitDisplay: String, Hashable, Sendable, CaseIterable { case short, narrow, long }

    /// The kind of number; `.decimal` by default.
    public var style: Style = .decimal
    /// When to show the sign; `.auto` (negative numbers only) by default.
    public var signDisplay: SignDisplay = .auto
    /// Grouping separators; `.auto` (the locale's preference) by default.
    public var useGrouping: Grouping = .auto
    /// Minimum number of integer digits (1…21), padding with zeros.
    public var minimumIntegerDigits: Int? = nil
    /// Minimum number of fraction digits (0…100).
    public var minimumFractionDigits: Int? = nil
    /// Maximum number of fraction digits (0…100).
    public var maximumFractionDigits: Int? = nil
    /// Minimum number of significant digits (1…21).
    public var minimumSignificantDigits: Int? = nil
    /// Maximum number of significant digits (1…21).
    public var maximumSignificantDigits: Int? = nil
    /// Which digit limits win when fraction and significant digits are both set.
    public var roundingPriority: RoundingPriority = .auto
    /// 1, 2, 5, 10, 20, 25, 50, 100, … applied at the maximum fraction digits.
    public var roundingIncrement: Int? = nil
    /// MessageFormat's default is `halfExpand`, not ICU's `halfEven`.
    public var roundingMode: RoundingMode = .halfExpand
    /// Whether integers drop their fraction digits.
    public var trailingZeroDisplay: TrailingZeroDisplay = .auto
    /// How a currency is shown; only for `.currency`.
    public var currencyDisplay: CurrencyDisplay = .symbol
    /// Accounting or standard negative amounts; only for `.currency`.
    public var currencySign: CurrencySign = .standard
    /// How a unit is shown; only for `.unit`.
    public var unitDisplay: UnitDisplay = .short

    /// Default options: a decimal number, ECMA-402 defaults throughout.
    public init() {}
}

/// One field of a formatted number, ECMA-402 style (`integer`, `group`, `decimal`, `fraction`,
/// `minusSign`, `plusSign`, `percentSign`, `currency`, `unit`, `exponentSeparator`,
/// `exponentInteger`, `compact`, `literal`).
public struct NumberPart: Hashable, Sendable {
    /// The ECMA-402 field name (`integer`, `group`, …, `literal`).
    public var type: String
    /// The field's text.
    public var value: String
    /// Creates a part.
    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}
