import Intl
import MessageFormatSyntax

/// Turns the data model into a ``Program``.
struct Compiler {
    let context: LocaleContext
    let functions: FunctionRegistry
    /// Declarations seen so far, by name.
    private var declared: [String: Int] = [:]
    /// How many declarations the code being compiled can see.
    var visible = 0
    /// The UTF-8 length of the text parts so far.
    private(set) var textLength = 0
    private(set) var placeholders = 0
    private(set) var markups: [CompiledMarkup] = []
    private(set) var variableNames: [String] = []
    private var nameIndexes: [String: Int] = [:]
    /// The text of every distinct literal variant key; Swift string keys compare by canonical
    /// equivalence, so keys equal after NFC normalization share an index.
    private(set) var keyTexts: [String] = []
    private var keyIndexes: [String: Int] = [:]

    init(context: LocaleContext, functions: FunctionRegistry) {
        self.context = context
        self.functions = functions
    }

    mutating func declare(_ name: String, at index: Int) {
        declared[name] = index
    }

    mutating func variable(_ reference: VariableRef) -> CompiledVariable {
        let nameIndex: Int
        if let known = nameIndexes[reference.name] {
            nameIndex = known
        } else {
            nameIndex = variableNames.count
            variableNames.append(reference.name)
            nameIndexes[reference.name] = nameIndex
        }
        let slot: CompiledVariable.Slot
        if let index = declared[reference.name], index < visible { slot = .local(index) } else { slot = .argument }
        return CompiledVariable(
            slot: slot, nameIndex: nameIndex, range: reference.range, fallback: "$" + reference.name)
    }

    mutating func key(_ key: VariantKey) -> CompiledKey {
        guard case .literal(let literal) = key else { return .catchAll }
        let textIndex: Int
        if let known = keyIndexes[literal.value] {
            textIndex = known
        } else {
            textIndex = keyTexts.count
            keyTexts.append(literal.value)
            keyIndexes[literal.value] = textIndex
        }
        return .literal(
            KeyLiteral(
                textIndex: textIndex, range: literal.range, category: PluralCategory(rawValue: literal.value),
                isNumber: DecimalNumber(numberLiteral: literal.value) != nil))
    }

    mutating func pattern(_ pattern: Pattern) -> [CompiledPart] {
        pattern.parts.map { part in
            switch part {
            case .text(let text, _):
                textLength += text.utf8.count
                return .text(text)
            case .expression(let expression):
                placeholders += 1
                return .expression(self.expression(expression))
            case .markup(let markup):
                let options = markup.options.map { option($0) }
                markups.append(CompiledMarkup(kind: markup.kind, name: markup.name, options: options))
                return .markup(markups.count - 1)
            }
        }
    }

    mutating func expression(_ expression: Expression) -> CompiledExpression {
        var operand: CompiledExpression.Operand?
        switch expression.operand {
        case .literal(let value): operand = .literal(StringValue(value.value, context: nil))
        case .variable(let reference): operand = .variable(variable(reference))
        case nil: break
        }
        return CompiledExpression(
            operand: operand, function: expression.function.map { function($0) },
            fallback: Self.fallbackSource(of: expression), range: expression.range)
    }

    private mutating func option(_ option: Option) -> CompiledOption {
        let value: CompiledOptionValue =
            switch option.value {
            case .literal(let literal): .literal(literal.value)
            case .variable(let reference): .variable(variable(reference))
            }
        return CompiledOption(name: option.name, value: value, range: option.range)
    }

    private mutating func function(_ reference: FunctionRef) -> CompiledFunction {
        let handler = functions[reference.name]
        let options = reference.options.map { option($0) }
        let literals = options.compactMap { option -> (CompiledOption, String)? in
            guard case .literal(let text) = option.value else { return nil }
            return (option, text)
        }
        var literalOptions: LiteralOptions?
        var prepared: (any PreparedCall)?
        if literals.count == options.count {
            let resolved = LiteralOptions(literals)
            literalOptions = resolved
            if resolved.errors.isEmpty, let handler {
                prepared = handler.prepare(
                    FunctionPreparation(name: reference.name, options: resolved.resolved, context: context))
            }
        }
        return CompiledFunction(
            name: reference.name, range: reference.range, handler: handler, options: options,
            literalOptions: literalOptions, prepared: prepared
        )
    }

    /// `|literal|`, `$variable` or `:function`: how a failed expression shows.
    static func fallbackSource(of expression: Expression) -> String {
        switch expression.operand {
        case .literal(let literal):
            var text = "|"
            for scalar in literal.value.unicodeScalars {
                if scalar == "\\" || scalar == "|" { text.unicodeScalars.append("\\") }
                text.unicodeScalars.append(scalar)
            }
            return text + "|"
        case .variable(let variable): return "$" + variable.name
        case nil: return ":" + (expression.function?.name ?? "")
        }
    }
}

extension LiteralOptions {
    init(_ literals: [(CompiledOption, String)]) {
        var texts: [String: String] = [:]
        var direction: ExplicitDirection?
        var id: String?
        var errors: [MessageError] = []
        for (option, text) in literals {
            switch option.name {
            case "u:dir":
                if text == "inherit" || ExplicitDirection(rawValue: text) != nil {
                    direction = ExplicitDirection(rawValue: text)
                } else {
                    errors.append(MessageError(.badOption, "u:dir must be ltr, rtl, auto or inherit", at: option.range))
                }
            case "u:id":
                id = text
            default:
                texts[option.name] = text
            }
        }
        self.init(texts: texts, annotations: Annotations(direction: direction, id: id), errors: errors)
    }
}
