public import Intl
public import MessageFormatSyntax

/// What a function sees when it prepares an expression whose options are all literals.
public struct FunctionPreparation {
    /// The function's name as written (`number`, `reply:list`).
    public let name: String
    /// The options written on the expression (the `u:` options already taken out).
    public let options: ResolvedOptions
    let context: LocaleContext
    /// The locale of the message.
    public var locale: LocaleID { context.locale }
}

/// A function call prepared once per expression (see ``MessageFunction/prepare(_:)``): each
/// format hands it the operand, and it returns the value without reading the options again.
public protocol PreparedCall: Sendable {
    /// The expression's value for `operand`, or nil to leave this operand to the function's
    /// ``MessageFunction/call(_:)`` (for a case the prepared work does not cover).
    ///
    /// Throw for a failure that makes the expression fall back (`{$x}`).
    func call(_ operand: PreparedOperand) throws(MessageError) -> PreparedValue?
}

/// The operand of a prepared call, as resolved for one format.
public struct PreparedOperand {
    let resolved: Resolved?

    /// The operand as a function sees it, or nil for `{:function}`.
    public var value: OperandValue? { resolved?.operand }

    /// The operand's resolved value, when it was the result of another function.
    public var functionValue: (any MessageValue)? { resolved?.functionValue }

    /// The argument itself, when the operand is one (read without making an ``OperandValue``).
    var argument: MessageArgument? {
        if case .argument(let argument)? = resolved?.content { return argument }
        return nil
    }

    /// Whether the operand is the value of another function.
    var isFunctionValue: Bool {
        if case .value? = resolved?.content { return true }
        return false
    }
}

/// The value a prepared call returns.
public struct PreparedValue {
    let value: Resolved.Value

    /// A value of the function's own type.
    public init(_ value: any MessageValue) { self.value = .object(value) }

    /// A number, held as a plain value (no object is made unless something asks for one).
    init(number: NumberState) { value = .number(number) }
}
