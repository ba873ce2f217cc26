import Intl
import MessageFormatSyntax

/// Reading option values as the spec defines them, with one error text per kind of problem.
enum OptionParsing {
    /// A digit size option: `0` … `99`, given as text or as an integer number.
    static func digitSize(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard (1...2).contains(bytes.count), bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            if let number = DecimalNumber(numberLiteral: text), number.isInteger, !number.isNegative,
                let value = Int(number.description), value <= 99
            {
                return value
            }
            return nil
        }
        if bytes.count == 2 && bytes[0] == 0x30 { return nil }
        return Int(text)
    }

    /// A non-negative whole number of any size that fits an `Int`: `250`, or a number literal
    /// with an integer value such as `2.5e2`; nil otherwise.
    static func wholeNumber(_ text: String) -> Int? {
        guard let number = DecimalNumber(numberLiteral: text), number.isInteger, !number.isNegative else { return nil }
        return Int(number.description)
    }

    static func invalid(_ name: String, _ value: String, expected: String) -> MessageError {
        MessageError(.badOption, "\(name)=\(value) is not valid; expected \(expected)")
    }

    /// Parses `text` as one of the cases of `T`, by raw value.
    static func choice<T: RawRepresentable & CaseIterable>(
        _ name: String, _ text: String, as _: T.Type
    ) throws(MessageError) -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw invalid(name, text, expected: T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }
}
