internal import CICU

/// A number formatter for one locale and one set of options: built once, safe to share across threads.
public final class NumberFormatter: Sendable {
    /// The `UNumberFormatter*`. ICU documents a UNumberFormatter as immutable and safe to use from
    /// any number of threads at once; all per-call state lives in the per-thread result object
    /// (``FormattedNumberSlot``).
    nonisolated(unsafe) let formatter: OpaquePointer
    /// The locale the formatter was built for.
    let locale: LocaleID
    /// The ICU number skeleton built from the options.
    let skeleton: String

    /// Builds the ICU formatter; throws on an unknown currency/unit or impossible options.
    public init(locale: LocaleID, options: NumberFormatOptions) throws(IntlError) {
        let stems = try options.skeletonStems()
        let skeleton = stems.map(\.text).joined(separator: " ")
        var status = U_ZERO_ERROR
        var parseError = UParseError()
        let opened = withUTF16(skeleton) { units, length in
            icu_numfmt_open(units, length, locale.icuName, &parseError, &status)
        }
        guard let opened, !status.isFailure else {
            if let opened { icu_numfmt_close(opened) }
            throw Self.openError(
                status: status, offset: Int(parseError.offset), stems: stems,
                skeleton: skeleton, locale: locale)
        }
        self.formatter = opened
        self.locale = locale
        self.skeleton = skeleton
    }

    deinit {
        icu_numfmt_close(formatter)
    }

    /// A shared formatter for `(locale, options)`, built at most once per process.
    /// The process-wide cache holds up to 4,096 entries per type; when full it starts over.
    public static func cached(locale: LocaleID, options: NumberFormatOptions) throws(IntlError) -> NumberFormatter {
        try FormatterCaches.numbers.value(
            fingerprint: NumberFormatterKey.fingerprint(locale, options),
            matches: { $0.locale == locale && $0.options == options },
            key: { NumberFormatterKey(locale: locale, options: options) },
            make: { () throws(IntlError) -> NumberFormatter in try NumberFormatter(locale: locale, options: options) }
        )
    }

    /// The formatted string.
    public func format(_ value: NumericValue) -> String {
        withFormattedNumber(value) { result in Self.resultText(result).map { makeString(utf16: $0) } }
            ?? Self.fallbackText(value)
    }

    /// The formatted text, inline when short (see ``FormattedText``).
    public func formatText(_ value: NumericValue) -> FormattedText {
        withFormattedNumber(value) { result in Self.resultText(result).map { FormattedText(utf16: $0) } }
            ?? FormattedText(Self.fallbackText(value))
    }

    /// The UTF-16 text of a formatted result, valid until the result is reused; nil if ICU failed.
    static func resultText(_ result: OpaquePointer) -> UnsafeBufferPointer<UInt16>? {
        var status = U_ZERO_ERROR
        var length: Int32 = 0
        guard let fmtValue = icu_numfmt_result_value(result, &status),
            let chars = icu_fmtval_string(fmtValue, &length, &status), !status.isFailure
        else { return nil }
        return UnsafeBufferPointer(start: chars, count: Int(length))
    }

    /// The formatted string split into fields that concatenate back to it.
    public func formatToParts(_ value: NumericValue) -> [NumberPart] {
        let parts = withFormattedNumber(value) { result -> [NumberPart]? in
            var status = U_ZERO_ERROR
            guard let fmtValue = icu_numfmt_result_value(result, &status), !status.isFailure else { return nil }
            return NumberPartsBuilder.parts(of: fmtValue, value: value)
        }
        return parts ?? [NumberPart(type: "literal", value: Self.fallbackText(value))]
    }

    /// The plural category (`zero`…`other`) of the number *as formatted* (so `1.0` in English is `other`).
    public func pluralCategory(of value: NumericValue, rules: PluralRules) -> String {
        let rules = rules.rules  // captured instead of the object, which would be retained
        let category = withFormattedNumber(value) { result in
            PluralCategory.selected { icu_plural_select_formatted(rules, result, $0, $1, &$2) }
        }
        return (category ?? .other).rawValue
    }

    // MARK: - Formatting core

    /// Formats `value` into this thread's result object and hands it to `body`; nil if ICU failed
    /// (only possible for a malformed decimal string or when out of memory).
    func withFormattedNumber<R>(_ value: NumericValue, _ body: (OpaquePointer) -> R?) -> R? {
        FormattedNumberSlot.withResult { result -> R? in
            var status = U_ZERO_ERROR
            switch value {
            case .integer(let integer):
                icu_numfmt_format_int(formatter, integer, result, &status)
            case .double(let double):
                icu_numfmt_format_double(formatter, double, result, &status)
            case .decimal(var decimal):
                decimal.withUTF8 { bytes in
                    guard let base = bytes.baseAddress else {
                        status = U_ILLEGAL_ARGUMENT_ERROR
                        return
                    }
                    let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                    icu_numfmt_format_decimal(formatter, chars, Int32(bytes.count), result, &status)
                }
                if status.isFailure, let double = Double(decimal) {
                    status = U_ZERO_ERROR
                    icu_numfmt_format_double(formatter, double, result, &status)
                }
            }
            guard !status.isFailure else { return nil }
            return body(result)
        }
    }

    /// What `format` returns when ICU cannot format the value (a malformed decimal string).
    private static func fallbackText(_ value: NumericValue) -> String {
        switch value {
        case .integer(let integer): return String(integer)
        case .double(let double): return String(double)
        case .decimal(let decimal): return decimal
        }
    }

    /// An IntlError naming the option whose stem ICU rejected.
    private static func openError(
        status: UErrorCode, offset: Int, stems: [SkeletonStem], skeleton: String,
        locale: LocaleID
    ) -> IntlError {
        var error = IntlError(status: status, building: "a number formatter for locale '\(locale)' from skeleton '\(skeleton)'")
        guard status == U_NUMBER_SKELETON_SYNTAX_ERROR || status == U_UNSUPPORTED_ERROR else { return error }
        var start = 0
        for stem in stems {
            let end = start + stem.text.utf16.count
            if offset >= start && offset <= end {
                error.message =
                    "Invalid number option \(stem.option): ICU rejected '\(stem.text)' in skeleton '\(skeleton)' (locale '\(locale)')"
                break
            }
            start = end + 1
        }
        return error
    }
}
