import Intl
import MessageFormatSyntax

/// A list of arguments and how to join them.
///
/// An item that is itself a list formats as a list of its own, down to ``maximumDepth`` levels:
/// a list nested deeper is a bad operand, so that no argument exhausts the stack.
final class ListValue: MessageValue {
    /// How many levels of lists within lists format; deeper input is an error.
    static let maximumDepth = 32

    let items: [MessageArgument]
    let context: LocaleContext
    let options: ListFunction.Options
    private let formatter: ListFormatter?
    /// 1 for a list given as an argument, 2 for a list inside it, and so on.
    private let depth: Int
    private var formatted: String?

    init(
        items: [MessageArgument], context: LocaleContext, options: ListFunction.Options, formatter: ListFormatter? = nil,
        depth: Int = 1
    ) {
        self.items = items
        self.context = context
        self.options = options
        self.formatter = formatter
        self.depth = depth
    }

    var partType: String { "list" }
    var operand: OperandValue { .list(items) }
    var isSelectable: Bool { true }
    var locale: LocaleID? { context.locale }

    /// The list's formatter: the prepared one, or the cached one for the options.
    private func listFormatter() throws(MessageError) -> ListFormatter {
        if let formatter { return formatter }
        do {
            return try ListFormatter.cached(locale: context.locale, kind: options.kind, width: options.width)
        } catch {
            throw MessageError(.badOption, error.message)
        }
    }

    /// The items' texts: strings as they are, anything else formatted by its type.
    private func itemTexts() throws(MessageError) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(items.count)
        for item in items {
            switch item {
            case .string(let text):
                texts.append(text)
            case .list(let inner):
                guard depth < Self.maximumDepth else {
                    throw MessageError(
                        .badOperand, "a list nested more than \(Self.maximumDepth) levels deep cannot be formatted; flatten it")
                }
                let list = ListValue(items: inner, context: context, options: ListFunction.Options(), depth: depth + 1)
                texts.append(try list.formatToString())
            default:
                texts.append(try InputValues.value(for: OperandValue(item), context: context).formatToString())
            }
        }
        return texts
    }

    /// The list for a writer: its items' texts and its formatter.
    func formattedList() throws(MessageError) -> FormattedList {
        FormattedList(items: try itemTexts(), formatter: try listFormatter())
    }

    func formatToString() throws(MessageError) -> String {
        if let formatted { return formatted }
        let formatter = try listFormatter()
        let text: String
        if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
            // The usual list of names: joined as they are, without an array of texts.
            let items = items
            text = formatter.format(count: items.count) { index in
                guard case .string(let text) = items[index] else { return "" }
                return text
            }
        } else {
            text = formatter.format(try itemTexts())
        }
        formatted = text
        return text
    }

    /// Whether the count is of the cardinal `category`.
    func hasCategory(_ category: PluralCategory) -> Bool {
        category == context.pluralRules(ordinal: false)?.category(of: Double(items.count))
    }

    /// Exact keys match the count; plural categories match the count's cardinal category.
    func matches(_ key: String) throws(MessageError) -> Bool {
        if let category = PluralCategory(rawValue: key) { return hasCategory(category) }
        guard let number = DecimalNumber(numberLiteral: key) else {
            throw MessageError(.badVariantKey, "'\(key)' is neither a number nor a plural category")
        }
        return number.description == String(items.count)
    }

    func isBetterMatch(_ key1: String, than key2: String) -> Bool {
        KeyLiteral.prefersNumber(key1, over: key2)
    }
}
