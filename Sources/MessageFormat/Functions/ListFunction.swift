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
