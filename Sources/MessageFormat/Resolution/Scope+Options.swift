import MessageFormatSyntax

extension Scope {
    /// Resolves options, taking out `u:dir` and `u:id`.
    mutating func resolve(
        _ options: [CompiledOption], isMarkup: Bool
    ) -> (ResolvedOptions, ExplicitDirection?, String?) {
        var resolved = ResolvedOptions()
        var direction: ExplicitDirection?
        var id: String?
        for option in options {
            let value: OptionValue
            switch option.value {
            case .literal(let text):
                value = OptionValue(operand: .string(text), isLiteral: true)
            case .variable(let variable):
                let resolved = resolve(variable)
                guard !resolved.isFallback else {
                    report(MessageError(.badOption, "\(option.name)=$\(name(of: variable)) has no value", at: option.range))
                    continue
                }
                value = OptionValue(operand: resolved.operand, isLiteral: false)
            }
            switch option.name {
            case "u:dir":
                if isMarkup {
                    report(MessageError(.badOption, "u:dir is not allowed on markup", at: option.range))
                } else if let text = value.operand.text, text == "inherit" || ExplicitDirection(rawValue: text) != nil {
                    direction = ExplicitDirection(rawValue: text)
                } else {
                    report(MessageError(.badOption, "u:dir must be ltr, rtl, auto or inherit", at: option.range))
                }
            case "u:id":
                if let text = value.operand.text {
                    id = text
                } else {
                    report(MessageError(.badOption, "u:id must be a string", at: option.range))
                }
            default:
                resolved.values[option.name] = value
            }
        }
        return (resolved, direction, id)
    }
}
