import Intl
import MessageFormatSyntax

/// `:reply:list`: a list formatted with ICU's list patterns ("a mug, a plate and a spoon"),
/// each item formatted by its type. As a selector it selects on the number of items.
///
/// Options: `type` = `conjunction` (default) | `disjunction` | `unit`;
/// `width` = `long` (default) | `short` | `narrow`.
struct ListFunction: MessageFunction {
    struct Options: Hashable {
        var kind: ListFormatter.Kind = .conjunction
        var width: ListFormatter.Width = .long
    }

    func call(_ call: FunctionCall) throws(MessageError) -> any MessageValue {
        let items: [MessageArgument]
        switch call.operand {
        case .list(let values)?: items = values
        case .string(let text)?: items = [.string(text)]
        case let operand?: throw MessageError(.badOperand, "\(NumberFunction.describe(operand)) is not a list")
        case nil: throw MessageError(.badOperand, ":reply:list needs a list operand")
        }
        var options = (call.operandValue as? ListValue)?.options ?? Options()
        for (name, option) in call.options.values {
            guard let text = option.operand.text else { continue }
            do {
                switch name {
                case "type": options.kind = try OptionParsing.choice(name, text, as: ListFormatter.Kind.self)
                case "width": options.width = try OptionParsing.choice(name, text, as: ListFormatter.Width.self)
                default: continue
                }
            } catch {
                call.report(error)
            }
        }
        return ListValue(items: items, locale: call.locale, options: options)
    }
}

/// A list of arguments and how to join them.
final class ListValue: MessageValue {
    let items: [MessageArgument]
    let locale: LocaleID?
    let options: ListFunction.Options
    private var formatted: String?

    init(items: [MessageArgument], locale: LocaleID, options: ListFunction.Options) {
        self.items = items
        self.locale = locale
        self.options = options
    }

    var partType: String { "list" }
    var operand: OperandValue { .list(items) }
    var isSelectable: Bool { true }

    func formatToString() throws(MessageError) -> String {
        if let formatted { return formatted }
        guard let locale else { return "" }
        var texts: [String] = []
        texts.reserveCapacity(items.count)
        for item in items {
            texts.append(try InputValues.value(for: OperandValue(item), locale: locale).formatToString())
        }
        let formatter: ListFormatter
        do {
            formatter = try ListFormatter.cached(locale: locale, kind: options.kind, width: options.width)
        } catch {
            throw MessageError(.badOption, error.message)
        }
        let text = formatter.format(texts)
        formatted = text
        return text
    }

    /// Exact keys match the count; plural categories match the count's cardinal category.
    func matches(_ key: String) throws(MessageError) -> Bool {
        if let number = DecimalNumber(numberLiteral: key) {
            return number.description == String(items.count)
        }
        switch key {
        case "zero", "one", "two", "few", "many", "other":
            guard let locale, let rules = try? PluralRules.cached(locale: locale, kind: .cardinal) else { return false }
            return rules.select(Double(items.count)) == key
        default:
            throw MessageError(.badVariantKey, "'\(key)' is neither a number nor a plural category")
        }
    }

    func isBetterMatch(_ key1: String, than key2: String) -> Bool {
        DecimalNumber(numberLiteral: key1) != nil && DecimalNumber(numberLiteral: key2) == nil
    }
}
