internal import CICU

/// Turns the field positions of a formatted number into a flat ECMA-402 part list.
///
/// ICU reports nested fields (an integer field spans the group separators inside it), so each
/// UTF-16 unit gets the label of the innermost field covering it, runs of equal labels become
/// parts, and unlabeled runs become `literal`.
enum NumberPartsBuilder {
    /// The parts of the formatted value `fmtValue`; nil if ICU failed to enumerate its fields.
    static func parts(of fmtValue: OpaquePointer, value: NumericValue) -> [NumberPart]? {
        var status = U_ZERO_ERROR
        var length: Int32 = 0
        guard let chars = icu_fmtval_string(fmtValue, &length, &status), !status.isFailure else { return nil }
        let text = UnsafeBufferPointer(start: chars, count: Int(length))
        guard let spans = fieldSpans(of: fmtValue) else { return nil }

        // Paint outer (longer) fields first so nested fields overwrite them.
        var labels = [Int32](repeating: -1, count: text.count)
        for span in spans.sorted(by: { $0.limit - $0.start > $1.limit - $1.start }) {
            for index in span.start..<span.limit where index < labels.count { labels[index] = span.field }
        }

        var parts: [NumberPart] = []
        var start = 0
        while start < text.count {
            var end = start + 1
            while end < text.count && labels[end] == labels[start] { end += 1 }
            let slice = UnsafeBufferPointer(rebasing: text[start..<end])
            parts.append(
                NumberPart(
                    type: partType(field: labels[start], text: slice, value: value),
                    value: makeString(utf16: slice)))
            start = end
        }
        return parts
    }

    /// Every number field of the value as (field, start, limit) in UTF-16 units.
    private static func fieldSpans(of fmtValue: OpaquePointer) -> [(field: Int32, start: Int, limit: Int)]? {
        var status = U_ZERO_ERROR
        guard let position = icu_cfpos_open(&status), !status.isFailure else { return nil }
        defer { icu_cfpos_close(position) }
        icu_cfpos_constrain_number(position, &status)
        var spans: [(field: Int32, start: Int, limit: Int)] = []
        while icu_fmtval_next_position(fmtValue, position, &status) != 0, !status.isFailure {
            var start: Int32 = 0
            var limit: Int32 = 0
            let field = icu_cfpos_field(position, &status)
            icu_cfpos_indexes(position, &start, &limit, &status)
            if limit > start { spans.append((field, Int(start), Int(limit))) }
        }
        return status.isFailure ? nil : spans
    }

    /// The ECMA-402 name of ICU number field `field` (UNUM_*_FIELD; -1 for unlabeled text).
    static func partType(field: Int32, text: UnsafeBufferPointer<UInt16>, value: NumericValue) -> String {
        switch Int(field) {
        case Int(UNUM_INTEGER_FIELD.rawValue):
            if case .double(let double) = value {
                if double.isNaN { return "nan" }
                if double.isInfinite { return "infinity" }
            }
            return "integer"
        case Int(UNUM_FRACTION_FIELD.rawValue): return "fraction"
        case Int(UNUM_DECIMAL_SEPARATOR_FIELD.rawValue): return "decimal"
        case Int(UNUM_EXPONENT_SYMBOL_FIELD.rawValue): return "exponentSeparator"
        case Int(UNUM_EXPONENT_SIGN_FIELD.rawValue): return "exponentMinusSign"
        case Int(UNUM_EXPONENT_FIELD.rawValue): return "exponentInteger"
        case Int(UNUM_GROUPING_SEPARATOR_FIELD.rawValue): return "group"
        case Int(UNUM_CURRENCY_FIELD.rawValue): return "currency"
        case Int(UNUM_PERCENT_FIELD.rawValue): return "percentSign"
        case Int(UNUM_PERMILL_FIELD.rawValue): return "permilleSign"
        case Int(UNUM_SIGN_FIELD.rawValue):
            // Every CLDR plus sign contains U+002B (possibly wrapped in bidi marks); minus signs do not.
            return text.contains(UInt16(UInt8(ascii: "+"))) ? "plusSign" : "minusSign"
        case Int(UNUM_MEASURE_UNIT_FIELD.rawValue): return "unit"
        case Int(UNUM_COMPACT_FIELD.rawValue): return "compact"
        case Int(UNUM_APPROXIMATELY_SIGN_FIELD.rawValue): return "approximatelySign"
        default: return "literal"
        }
    }
}
