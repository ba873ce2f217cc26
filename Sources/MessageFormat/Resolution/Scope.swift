import Intl
import MessageFormatSyntax

/// The state of one formatting call: the arguments, the declarations resolved so far (each at
/// most once, on first use), and the errors met.
///
/// Noncopyable: there is one per call, passed `inout`, and it lives on the caller's stack.
struct Scope: ~Copyable {
    let program: Program
    private let arguments: ArgumentSource
    /// One slot per declaration, then one per selector that reads an argument directly; nil
    /// until first resolved.
    var slots: [Resolved?]
    /// The errors met so far, in order.
    private(set) var errors: [MessageError] = []

    /// A declaration this deep (a chain of declarations each reading the next) is resolved from
    /// its deepest link up, without recursion, so that no input exhausts the stack.
    static let recursionLimit = 8

    init(program: Program, arguments: consuming ArgumentSource) {
        self.program = program
        self.arguments = arguments
        slots = Array(repeating: nil, count: program.slotCount)
    }

    /// Ends the call and hands over the errors met.
    consuming func finish() -> [MessageError] { errors }

    /// The name of a variable, without `$`.
    func name(of variable: CompiledVariable) -> String { program.name(of: variable) }

    /// Records an error.
    mutating func report(_ error: MessageError) { errors.append(error) }

    /// The value to format or select on; nil for a fallback. An argument becomes the value of
    /// its type's default function.
    func value(of resolved: Resolved) -> Resolved.Value? {
        switch resolved.content {
        case .value(let value): value
        case .argument(let argument): InputValues.resolvedValue(for: argument, context: program.context)
        case .fallback: nil
        }
    }

    /// Resolves a variable: a declaration (resolved on first use) or an argument.
    mutating func resolve(_ variable: CompiledVariable) -> Resolved {
        switch variable.slot {
        case .local(let index):
            let resolved = resolveDeclaration(index)
            return resolved.isFallback ? .fallback(variable.fallback) : resolved
        case .argument:
            guard let argument = arguments.argument(named: name(of: variable)) else {
                report(MessageError(.unresolvedVariable, "$\(name(of: variable))", at: variable.range))
                return .fallback(variable.fallback)
            }
            return Resolved(.argument(argument))
        }
    }

    /// The declaration `index`, resolved now if this is its first use.
    mutating func resolveDeclaration(_ index: Int) -> Resolved {
        if let done = slots[index] { return done }
        if program.depths[index] > Self.recursionLimit { resolveDependencies(of: index) }
        let resolved = resolve(program.declarations[index])
        slots[index] = resolved
        return resolved
    }

    /// Resolves every declaration that `index` reads, directly or not, from the first on: each
    /// then finds what it reads already resolved, and the stack stays as deep as one link.
    private mutating func resolveDependencies(of index: Int) {
        var needed = [Bool](repeating: false, count: index)
        var pending = program.dependencies[index]
        while let next = pending.popLast() {
            guard !needed[next], slots[next] == nil else { continue }
            needed[next] = true
            pending.append(contentsOf: program.dependencies[next])
        }
        for next in needed.indices where needed[next] { _ = resolveDeclaration(next) }
    }

    /// Resolves an expression: its operand, then its function if it has one.
    mutating func resolve(_ expression: CompiledExpression) -> Resolved {
        var operand: Resolved?
        switch expression.operand {
        case .literal(let value)?: operand = Resolved(.object(value))
        case .variable(let variable)?: operand = resolve(variable)
        case nil: operand = nil
        }
        guard let function = expression.function else {
            // A bare literal or variable: its value as it is.
            return operand ?? .fallback(expression.fallback)
        }
        if let prepared = function.prepared {
            // Prepared only when every option is a valid literal: nothing to report here.
            do {
                if let value = try prepared.call(PreparedOperand(resolved: operand)) {
                    return Resolved(value.value, annotations: function.literalOptions?.annotations)
                }
            } catch {
                var error = error
                if error.range == nil { error.range = expression.range }
                report(error)
                return .fallback(expression.fallback)
            }
        }
        guard let handler = function.handler else {
            report(MessageError(.unknownFunction, ":\(function.name)", at: function.range))
            return .fallback(expression.fallback)
        }
        let options: ResolvedOptions
        let annotations: Annotations?
        if let literal = function.literalOptions {
            for error in literal.errors { report(error) }
            (options, annotations) = (literal.resolved, literal.annotations)
        } else {
            let (resolved, direction, id) = resolve(function.options, isMarkup: false)
            (options, annotations) = (resolved, Annotations(direction: direction, id: id))
        }
        let sink = ErrorSink()
        let call = FunctionCall(
            operand: operand?.operand, operandValue: operand?.functionValue, options: options, context: program.context,
            name: function.name, sink: sink, range: expression.range
        )
        defer { for error in sink.errors { report(error) } }
        do {
            return Resolved(.object(try handler.call(call)), annotations: annotations)
        } catch {
            call.report(error)
            return .fallback(expression.fallback)
        }
    }
}
