internal import CICU

// Translation of NumberFormatOptions into an ICU number skeleton
// (https://unicode-org.github.io/icu/userguide/format_parse/numbers/skeletons.html), resolving the
// digit options exactly as ECMA-402's SetNumberFormatDigitOptions does. ICU's own defaults differ
// from ECMA-402's (ICU rounds plain and percent numbers to 6 fraction digits, and half-even), so the
// precision and rounding-mode stems are always emitted.

/// One stem of an ICU number skeleton, with the option it encodes (for error messages).
struct SkeletonStem: Equatable {
    let text: String
    let option: String
}

/// The digit limits ECMA-402 resolves from the digit options and the style's defaults.
struct ResolvedDigits {
    var minimumIntegerDigits = 1
    var fraction: (min: Int, max: Int)?
    var significant: (min: Int, max: Int)?
    var increment: Int?
    var priority: NumberFormatOptions.RoundingPriority = .auto
}

extension NumberFormatOptions {
    /// The increments ECMA-402 (and MessageFormat 2) allow for `roundingIncrement`, in ascending order.
    public static let allowedRoundingIncrements = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000]

    /// The whole ICU skeleton, stems separated by spaces.
    func skeleton() throws(IntlError) -> String {
        try skeletonStems().map(\.text).joined(separator: " ")
    }

    /// The ICU skeleton stem by stem.
    func skeletonStems() throws(IntlError) -> [SkeletonStem] {
        var stems: [SkeletonStem] = []
        var defaultFraction = (min: 0, max: 3)
        switch style {
        case .decimal:
            break
        case .percent:
            stems.append(SkeletonStem(text: "percent scale/100", option: "style=percent"))
            defaultFraction = (0, 0)
        case .currency(let rawCode):
            let code = try Self.validatedCurrencyCode(rawCode)
            stems.append(SkeletonStem(text: "currency/\(code)", option: "currency=\(rawCode)"))
            let digits = Self.currencyFractionDigits(code)
            defaultFraction = (digits, digits)
            switch currencyDisplay {
            case .symbol: break
            case .narrowSymbol: stems.append(SkeletonStem(text: "unit-width-narrow", option: "currencyDisplay"))
            case .code: stems.append(SkeletonStem(text: "unit-width-iso-code", option: "currencyDisplay"))
            case .name: stems.append(SkeletonStem(text: "unit-width-full-name", option: "currencyDisplay"))
            case .never: stems.append(SkeletonStem(text: "unit-width-hidden", option: "currencyDisplay"))
            }
        case .unit(let unit):
            guard !unit.isEmpty, unit.utf8.allSatisfy({ Self.isUnitCharacter($0) }) else {
                throw IntlError.invalidOption("unit", "'\(unit)' is not a CLDR unit identifier")
            }
            stems.append(SkeletonStem(text: "unit/\(unit)", option: "unit=\(unit)"))
            switch unitDisplay {
            case .short: break
            case .narrow: stems.append(SkeletonStem(text: "unit-width-narrow", option: "unitDisplay"))
            case .long: stems.append(SkeletonStem(text: "unit-width-full-name", option: "unitDisplay"))
            }
        }
        stems.append(SkeletonStem(text: signStem, option: "signDisplay"))
        stems.append(SkeletonStem(text: groupingStem, option: "useGrouping"))

        let digits = try resolveDigits(defaultFraction: defaultFraction)
        if digits.minimumIntegerDigits > 1 {
            let zeros = String(repeating: "0", count: digits.minimumIntegerDigits)
            stems.append(SkeletonStem(text: "integer-width/*\(zeros)", option: "minimumIntegerDigits"))
        }
        stems.append(
            SkeletonStem(
                text: Self.precisionStem(digits, stripIfInteger: trailingZeroDisplay == .stripIfInteger),
                option: "fraction/significant digits"))
        stems.append(SkeletonStem(text: roundingModeStem, option: "roundingMode"))
        return stems
    }

    /// ECMA-402 SetNumberFormatDigitOptions, for standard notation.
    func resolveDigits(defaultFraction: (min: Int, max: Int)) throws(IntlError) -> ResolvedDigits {
        var resolved = ResolvedDigits(priority: roundingPriority)
        if let minimumIntegerDigits {
            guard (1...21).contains(minimumIntegerDigits) else {
                throw IntlError.invalidOption("minimumIntegerDigits", "\(minimumIntegerDigits) is not in 1…21")
            }
            resolved.minimumIntegerDigits = minimumIntegerDigits
        }
        let increment = roundingIncrement ?? 1
        guard Self.allowedRoundingIncrements.contains(increment) else {
            throw IntlError.invalidOption(
                "roundingIncrement",
                "\(increment) is not one of \(Self.allowedRoundingIncrements.map(String.init).joined(separator: ", "))")
        }
        for (name, value) in [("minimumFractionDigits", minimumFractionDigits), ("maximumFractionDigits", maximumFractionDigits)]
        {
            if let value, !(0...100).contains(value) { throw IntlError.invalidOption(name, "\(value) is not in 0…100") }
        }
        for (name, value) in [
            ("minimumSignificantDigits", minimumSignificantDigits), ("maximumSignificantDigits", maximumSignificantDigits),
        ] {
            if let value, !(1...21).contains(value) { throw IntlError.invalidOption(name, "\(value) is not in 1…21") }
        }
        let hasSignificant = minimumSignificantDigits != nil || maximumSignificantDigits != nil
        let needSignificant = roundingPriority != .auto || hasSignificant
        let needFraction = roundingPriority != .auto || !hasSignificant
        if needSignificant {
            let minimum = minimumSignificantDigits ?? 1
            let maximum = maximumSignificantDigits ?? 21
            guard minimum <= maximum else {
                throw IntlError.invalidOption(
                    "maximumSignificantDigits", "\(maximum) is less than minimumSignificantDigits \(minimum)")
            }
            resolved.significant = (minimum, maximum)
        }
        if needFraction {
            // With an increment, ECMA-402 makes the default maximum equal to the default minimum.
            let defaults: (min: Int, max: Int) = increment == 1 ? defaultFraction : (defaultFraction.min, defaultFraction.min)
            switch (minimumFractionDigits, maximumFractionDigits) {
            case (nil, nil): resolved.fraction = defaults
            case (nil, let maximum?): resolved.fraction = (Swift.min(defaults.min, maximum), maximum)
            case (let minimum?, nil): resolved.fraction = (minimum, Swift.max(defaults.max, minimum))
            case (let minimum?, let maximum?):
                guard minimum <= maximum else {
                    throw IntlError.invalidOption(
                        "maximumFractionDigits", "\(maximum) is less than minimumFractionDigits \(minimum)")
                }
                resolved.fraction = (minimum, maximum)
            }
        }
        if increment != 1 {
            guard !needSignificant else {
                throw IntlError.invalidOption(
                    "roundingIncrement", "cannot be combined with significant digits or roundingPriority")
            }
            resolved.increment = increment
            // The increment applies at the maximum fraction digits and shows exactly that many
            // (ECMA-402 requires min == max here; we take the maximum instead of throwing).
            if let fraction = resolved.fraction { resolved.fraction = (fraction.max, fraction.max) }
        }
        return resolved
    }

    /// The precision stem (`.00##`, `@@#`, `.##/@@@r`, `precision-increment/0.05`), with `/w` to strip
    /// the fraction of integers.
    static func precisionStem(_ digits: ResolvedDigits, stripIfInteger: Bool) -> String {
        var stem: String
        let fraction = digits.fraction.map { fractionStem(min: $0.min, max: $0.max) }
        let significant = digits.significant.map {
            String(repeating: "@", count: $0.min) + String(repeating: "#", count: $0.max - $0.min)
        }
        if let increment = digits.increment, let fractionDigits = digits.fraction?.max {
            stem = "precision-increment/" + incrementString(increment, fractionDigits: fractionDigits)
        } else if let fraction, let significant {
            stem = fraction + "/" + significant + (digits.priority == .lessPrecision ? "s" : "r")
        } else {
            stem = fraction ?? significant ?? "precision-unlimited"
        }
        if stripIfInteger { stem += "/w" }
        return stem
    }

    /// `.00##` for 2…4 fraction digits, `precision-integer` for none.
    static func fractionStem(min: Int, max: Int) -> String {
        guard max > 0 else { return "precision-integer" }
        return "." + String(repeating: "0", count: min) + String(repeating: "#", count: max - min)
    }

    /// `increment × 10^-fractionDigits` written with exactly `fractionDigits` decimals (5, 2 → `0.05`).
    static func incrementString(_ increment: Int, fractionDigits: Int) -> String {
        let digits = String(increment)
        guard fractionDigits > 0 else { return digits }
        let padded = String(repeating: "0", count: Swift.max(0, fractionDigits + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -fractionDigits)
        return padded[..<split] + "." + padded[split...]
    }

    private var signStem: String {
        if case .currency = style, currencySign == .accounting {
            switch signDisplay {
            case .auto: return "sign-accounting"
            case .always: return "sign-accounting-always"
            case .exceptZero: return "sign-accounting-except-zero"
            case .negative: return "sign-accounting-negative"
            case .never: return "sign-never"  // ICU has no sign-accounting-never; nothing negative is shown.
            }
        }
        switch signDisplay {
        case .auto: return "sign-auto"
        case .always: return "sign-always"
        case .exceptZero: return "sign-except-zero"
        case .negative: return "sign-negative"
        case .never: return "sign-never"
        }
    }

    private var groupingStem: String {
        switch useGrouping {
        case .auto: return "group-auto"
        case .always: return "group-on-aligned"
        case .never: return "group-off"
        case .min2: return "group-min2"
        }
    }

    private var roundingModeStem: String {
        switch roundingMode {
        case .ceil: return "rounding-mode-ceiling"
        case .floor: return "rounding-mode-floor"
        case .expand: return "rounding-mode-up"
        case .trunc: return "rounding-mode-down"
        case .halfCeil: return "rounding-mode-half-ceiling"
        case .halfFloor: return "rounding-mode-half-floor"
        case .halfExpand: return "rounding-mode-half-up"
        case .halfTrunc: return "rounding-mode-half-down"
        case .halfEven: return "rounding-mode-half-even"
        }
    }

    private static func isUnitCharacter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }

    /// The upper-cased code when `code` is three ASCII letters (ECMA-402 IsWellFormedCurrencyCode).
    static func validatedCurrencyCode(_ code: String) throws(IntlError) -> String {
        let bytes = Array(code.utf8)
        guard bytes.count == 3, bytes.allSatisfy({ (0x41...0x5A).contains($0 & 0xDF) && $0 < 0x80 }) else {
            throw IntlError.invalidOption("currency", "'\(code)' is not a three-letter ISO 4217 code")
        }
        return String(decoding: bytes.map { $0 & 0xDF }, as: UTF8.self)
    }

    /// The currency's standard number of fraction digits (2 when ICU does not know it).
    static func currencyFractionDigits(_ code: String) -> Int {
        var units = Array(code.utf16)
        units.append(0)
        var status = U_ZERO_ERROR
        let digits = icu_currency_fraction_digits(units, &status)
        return status.isFailure ? 2 : Int(digits)
    }
}
