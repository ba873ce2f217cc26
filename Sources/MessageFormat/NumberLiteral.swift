/// The spec's `number-literal`, as variant keys and number options are read.
public enum NumberLiteral {
    /// Whether `text` is a `number-literal`: `["-"] (0 / [1-9]*DIGIT) ["." 1*DIGIT] [e ["-"/"+"] 1*DIGIT]`
    /// (`3`, `-0.5`, `1e3`; not `+3`, `03` or `1.`). A number selector matches a key written so
    /// against the number's exact value.
    public static func isValid(_ text: String) -> Bool {
        DecimalNumber(numberLiteral: text) != nil
    }
}
