internal import CICU

extension NumberFormatter {
    /// The formatted text and its plural category from a single ICU formatting pass.
    ///
    /// Selection and formatting see the same rounded digits, so `1.0` in English is `other`.
    /// ICU selects only the six CLDR categories; anything else would count as `other`.
    public func formatWithPluralCategory(_ value: NumericValue, rules: PluralRules) -> (
        text: FormattedText, category: PluralCategory
    ) {
        // The closure captures ICU's pointer rather than the object: capturing it would retain it.
        let rules = rules.rules
        let result = withFormattedNumber(value) { result -> (FormattedText, PluralCategory)? in
            guard let units = Self.resultText(result) else { return nil }
            let category = PluralCategory.selected { icu_plural_select_formatted(rules, result, $0, $1, &$2) }
            return (FormattedText(utf16: units), category)
        }
        return result ?? (FormattedText(format(value)), .other)
    }
}
