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
        guard let items = Self.items(call.operand) else {
            guard let operand = call.operand else { throw MessageError(.badOperand, ":reply:list needs a list operand") }
            throw MessageError(.badOperand, "\(NumberFunction.describe(operand)) is not a list")
        }
        var options = (call.operandValue as? ListValue)?.options ?? Options()
        Self.read(call.options, into: &options, report: call.report)
        return ListValue(items: items, context: call.context, options: options)
    }

    static func items(_ operand: OperandValue?) -> [MessageArgument]? {
        switch operand {
        case .list(let values)?: values
        case .string(let text)?: [.string(text)]
        default: nil
        }
    }

    static func read(_ resolved: ResolvedOptions, into options: inout Options, report: (MessageError) -> Void) {
        for (name, option) in resolved.values {
            guard let text = option.operand.text else { continue }
            do {
                switch name {
                case "type": options.kind = try OptionParsing.choice(name, text, as: ListFormatter.Kind.self)
                case "width": options.width = try OptionParsing.choice(name, text, as: ListFormatter.Width.self)
                default: continue
                }
            } catch {
                report(error)
            }
        }
    }
}

extension ListFunction {
    /// Reads the options once; nil when one is invalid (reported on every format by the dynamic path).
    func prepare(_ preparation: FunctionPreparation) -> (any PreparedCall)? {
        var parsed = Options()
        var valid = true
        Self.read(preparation.options, into: &parsed, report: { _ in valid = false })
        guard valid,
            let formatter = try? ListFormatter.cached(locale: preparation.locale, kind: parsed.kind, width: parsed.width)
        else {
            return nil
        }
        return PreparedList(options: parsed, formatter: formatter, context: preparation.context)
    }
}

/// A list function whose options and formatter were settled once.
final class PreparedList: PreparedCall {
    let options: ListFunction.Options
    let formatter: ListFormatter
    let context: LocaleContext

    init(options: ListFunction.Options, formatter: ListFormatter, context: LocaleContext) {
        self.options = options
        self.formatter = formatter
        self.context = context
    }

    func call(_ operand: PreparedOperand) throws(MessageError) -> PreparedValue? {
        if case .list(let items)? = operand.argument {
            return PreparedValue(ListValue(items: items, context: context, options: options, formatter: formatter))
        }
        guard !operand.isFunctionValue, let items = ListFunction.items(operand.value) else { return nil }
        return PreparedValue(ListValue(items: items, context: context, options: options, formatter: formatter))
    }
}

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
