internal import CICU

extension NumberFormatter {
    /// The formatted string and its plural category from a single ICU formatting pass.
    ///
    /// Selection and formatting see the same rounded digits, so `1.0` in English is `other`.
    public func formatWithPluralCategory(_ value: NumericValue, rules: PluralRules) -> (text: String, category: String) {
        let result = withFormattedNumber(value) { result -> (String, String)? in
            var status = U_ZERO_ERROR
            var length: Int32 = 0
            guard let fmtValue = icu_numfmt_result_value(result, &status),
                let chars = icu_fmtval_string(fmtValue, &length, &status), !status.isFailure
            else { return nil }
            let text = makeString(utf16: UnsafeBufferPointer(start: chars, count: Int(length)))
            let category = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 16) { buffer -> String in
                var status = U_ZERO_ERROR
                let length = icu_plural_select_formatted(rules.rules, result, buffer.baseAddress!, 16, &status)
                guard !status.isFailure else { return "other" }
                return pluralKeyword(UnsafeBufferPointer(start: buffer.baseAddress!, count: Int(length)))
            }
            return (text, category)
        }
        return result ?? (format(value), "other")
    }
}
