internal import CICU

extension NumberFormatter {
    /// The formatted string and its plural category from a single ICU formatting pass.
    ///
    /// Selection and formatting see the same rounded digits, so `1.0` in English is `other`.
    /// ICU selects only the six CLDR categories; anything else would count as `other`.
    @_effects(releasenone)
    public func formatWithPluralCategory(_ value: NumericValue, rules: PluralRules) -> (text: String, category: PluralCategory) {
        // The closure captures ICU's pointer rather than the object: capturing it would retain it.
        let rules = rules.rules
        let result = withFormattedNumber(value) { result -> (String, PluralCategory)? in
            var status = U_ZERO_ERROR
            var length: Int32 = 0
            guard let fmtValue = icu_numfmt_result_value(result, &status),
                let chars = icu_fmtval_string(fmtValue, &length, &status), !status.isFailure
            else { return nil }
            let text = makeString(utf16: UnsafeBufferPointer(start: chars, count: Int(length)))
            let category = PluralCategory.selected { icu_plural_select_formatted(rules, result, $0, $1, &$2) }
            return (text, category)
        }
        return result ?? (format(value), .other)
    }
}
