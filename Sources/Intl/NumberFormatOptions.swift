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
    public enum SignDisplay: String, Hashable, Sendable, CaseIterable {
        /// A sign on negative numbers only, negative zero included (`-0`).
        case auto
        /// A sign on every number, zero included (`+0`, `+3`, `-3`).
        case always
        /// A sign on every number but zero (`0`, `+3`, `-3`).
        case exceptZero
        /// A sign on negative numbers only, never on negative zero.
        case negative
        /// No sign at all (`3` for -3).
        case never
    }
    /// When to use grouping separators (ECMA-402 `useGrouping`).
    public enum Grouping: String, Hashable, Sendable, CaseIterable {
        /// As the locale prefers (Polish writes `1000` but `10 000`).
        case auto
        /// Always, where the number is large enough for a group.
        case always
        /// Never: `1234567`.
        case never
        /// Only when there are at least two digits in the highest group (`1000`, `10,000`).
        case min2
    }
    /// How to round (ECMA-402 `roundingMode`): the direction a value between two representable
    /// results goes. The `half` modes round to the nearer result and use the named rule only for
    /// an exact tie.
    public enum RoundingMode: String, Hashable, Sendable, CaseIterable {
        /// Toward positive infinity (1.21 → 1.3, -1.29 → -1.2).
        case ceil
        /// Toward negative infinity (1.29 → 1.2, -1.21 → -1.3).
        case floor
        /// Away from zero (1.21 → 1.3, -1.21 → -1.3).
        case expand
        /// Toward zero (1.29 → 1.2, -1.29 → -1.2).
        case trunc
        /// To the nearer result; a tie toward positive infinity (1.25 → 1.3, -1.25 → -1.2).
        case halfCeil
        /// To the nearer result; a tie toward negative infinity (1.25 → 1.2, -1.25 → -1.3).
        case halfFloor
        /// To the nearer result; a tie away from zero (1.25 → 1.3, -1.25 → -1.3). The default.
        case halfExpand
        /// To the nearer result; a tie toward zero (1.25 → 1.2, -1.25 → -1.2).
        case halfTrunc
        /// To the nearer result; a tie to the even digit (1.25 → 1.2, 1.35 → 1.4): ICU's default.
        case halfEven
    }
    /// Which of fraction and significant digits wins when both are set (ECMA-402 `roundingPriority`).
    public enum RoundingPriority: String, Hashable, Sendable, CaseIterable {
        /// The significant digits win.
        case auto
        /// The setting that keeps more digits wins.
        case morePrecision
        /// The setting that keeps fewer digits wins.
        case lessPrecision
    }
    /// Whether to strip the fraction of an integer result (ECMA-402 `trailingZeroDisplay`).
    public enum TrailingZeroDisplay: String, Hashable, Sendable, CaseIterable {
        /// Keep the fraction digits the options ask for (`€5.00`).
        case auto
        /// Drop them when the result is an integer (`€5`, but `€5.50`).
        case stripIfInteger
    }
    /// How to show the currency (ECMA-402 `currencyDisplay`, plus `never` to hide it).
    public enum CurrencyDisplay: String, Hashable, Sendable, CaseIterable {
        /// The locale's symbol: `€`; US dollars are `$` in `en`, `US$` in `en-GB`.
        case symbol
        /// The shortest symbol, even where it is ambiguous: `$` for every dollar.
        case narrowSymbol
        /// The ISO 4217 code: `EUR 129.90`.
        case code
        /// The currency's name, in the plural form for the amount: `129.90 euros`.
        case name
        /// The amount alone, formatted with the currency's digits: `129.90`.
        case never
    }
    /// Whether negative amounts use accounting notation (ECMA-402 `currencySign`).
    public enum CurrencySign: String, Hashable, Sendable, CaseIterable {
        /// A minus sign: `-€5.00`.
        case standard
        /// The locale's accounting form, in English parentheses: `(€5.00)`.
        case accounting
    }
    /// How to show the unit (ECMA-402 `unitDisplay`).
    public enum UnitDisplay: String, Hashable, Sendable, CaseIterable {
        /// Abbreviated: `2.5 kg`.
        case short
        /// As short as the locale writes it, often without a space: `2.5kg`.
        case narrow
        /// Spelled out, in the plural form for the value: `2.5 kilograms`.
        case long
    }

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
