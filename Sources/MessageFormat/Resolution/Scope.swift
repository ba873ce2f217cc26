import Intl
import MessageFormatSyntax

/// The state of one formatting call: the arguments, the declarations resolved so far
/// (each at most once, on first use), the values made, and the errors met.
///
/// Every method is non-mutating: the mutable state lives in memory the caller owns (the stack).
/// Nothing here is reference counted: the program, its context and the arguments are borrowed
/// from the caller, who keeps them alive through the call, so copying a scope or reading through
/// it retains nothing.
struct Scope {
    /// The program, unretained. The hot path reads the plain data copied out of it below.
    let program: Borrowed<Program>
    /// The message's body and declarations (plain data the program owns).
    let body: Program.Body
    let declarations: FixedList<ExpressionRef>
    /// The program's locale context, unretained.
    private let context: Borrowed<LocaleContext>
    private let arguments: ArgumentSource
    /// One slot per declaration, nil until first used.
    private let resolvedDeclarations: UnsafeMutableBufferPointer<Resolved?>
    private let state: UnsafeMutablePointer<State>

    struct State {
        /// The errors met so far, in order.
        var errors: [MessageError] = []
        /// The values made so far, retained once each and released when the call ends; resolution
        /// passes them around unretained (``Resolved/Value``).
        var kept: UnsafeMutableBufferPointer<Unmanaged<AnyObject>>
        var keptCount = 0
        /// Values and heap cells beyond the capacity of `kept` and the cells (not expected: the
        /// program sizes them all).
        var overflow: [AnyObject]? = nil  // nil rather than empty: ending the call has nothing to release
        /// The number values made so far.
        var numbers: Cells<NumberState>
        /// The arguments looked up so far.
        var arguments: Cells<MessageArgument>

        /// Keeps `object` (a value or a heap cell past the reserved capacity) until the call ends.
        mutating func keepOverflow(_ object: AnyObject) {
            if overflow == nil { overflow = [] }
            overflow?.append(object)
        }
    }

    /// Cells in the call's stack memory, used in order and initialized up to `count`.
    struct Cells<Element> {
        let buffer: UnsafeMutableBufferPointer<Element>
        var count = 0

        init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }

        /// The next free cell, now counted as used (the caller initializes it); nil when all are taken.
        mutating func next() -> UnsafeMutablePointer<Element>? {
            guard count < buffer.count else { return nil }
            count += 1
            return buffer.baseAddress! + (count - 1)
        }

        /// Frees the elements of the used cells.
        func deinitialize() {
            for index in 0..<count { (buffer.baseAddress! + index).deinitialize(count: 1) }
        }
    }

    /// A cell on the heap, freed with the last reference to it.
    private final class HeapCell<Element> {
        let pointer = UnsafeMutablePointer<Element>.allocate(capacity: 1)

        init(_ element: consuming Element) { pointer.initialize(to: element) }

        deinit {
            pointer.deinitialize(count: 1)
            pointer.deallocate()
        }
    }

    /// Runs `body` with a scope whose state lives on the stack; returns its result and the errors met.
    static func withScope<R>(
        _ program: Program, _ arguments: ArgumentSource, _ body: (Scope) -> R
    ) -> (R, [MessageError]) {
        // Everything the closures below capture is plain data: capturing the program would retain it.
        let capacity = program.valueCapacity
        let (borrowed, messageBody, declarations) = (Borrowed(program), program.body, program.declarations)
        let context = Borrowed(program.context)
        return withUnsafeTemporaryAllocation(of: Unmanaged<AnyObject>.self, capacity: capacity) { kept in
            withUnsafeTemporaryAllocation(of: NumberState.self, capacity: capacity) { cells in
                withUnsafeTemporaryAllocation(of: MessageArgument.self, capacity: capacity) { argumentCells in
                    var state = State(kept: kept, numbers: Cells(cells), arguments: Cells(argumentCells))
                    let result = withUnsafeMutablePointer(to: &state) { state in
                        withUnsafeTemporaryAllocation(of: Resolved?.self, capacity: declarations.count) { memo in
                            memo.initialize(repeating: nil)  // plain data: nothing to deinitialize
                            return body(
                                Scope(
                                    program: borrowed, body: messageBody, declarations: declarations, context: context,
                                    arguments: arguments, resolvedDeclarations: memo, state: state))
                        }
                    }
                    // Ends the call: frees the cells and releases the kept values (and any overflow
                    // cells with them).
                    state.numbers.deinitialize()
                    state.arguments.deinitialize()
                    for index in 0..<state.keptCount { kept[index].release() }
                    // Taken out rather than copied, which would cost a retain and a release.
                    var errors: [MessageError] = []
                    swap(&errors, &state.errors)
                    return (result, errors)
                }
            }
        }
    }

    /// The name of a variable, without `$`.
    func name(of variable: CompiledVariable) -> String { program.with { $0.name(of: variable) } }

    /// Records an error.
    func report(_ error: MessageError) { state.pointee.errors.append(error) }

    /// Keeps `object` alive until the call ends and returns an unretained reference to it.
    func keep<Object: AnyObject>(_ object: consuming Object) -> Unmanaged<Object> {
        let reference = Unmanaged.passUnretained(object)
        let count = state.pointee.keptCount
        if count < state.pointee.kept.count {
            // The scope takes over the caller's reference: no retain.
            state.pointee.kept[count] = Unmanaged.passRetained(consume object as AnyObject)
            state.pointee.keptCount = count + 1
        } else {
            state.pointee.keepOverflow(object)
        }
        return reference
    }

    /// A cell holding `number` until the call ends.
    func cell(_ number: consuming NumberState) -> UnsafeMutablePointer<NumberState> {
        place(number, in: state.pointee.numbers.next())
    }

    /// A cell holding `argument` until the call ends.
    func cell(_ argument: consuming MessageArgument) -> UnsafePointer<MessageArgument> {
        UnsafePointer(place(argument, in: state.pointee.arguments.next()))
    }

    /// `element` in `cell`, or in a heap cell kept with the overflow when the stack cells are all taken.
    private func place<Element>(_ element: consuming Element, in cell: UnsafeMutablePointer<Element>?) -> UnsafeMutablePointer<
        Element
    > {
        guard let cell else {
            let heapCell = HeapCell(element)
            state.pointee.keepOverflow(heapCell)
            return heapCell.pointer
        }
        cell.initialize(to: element)
        return cell
    }

    /// A function's value, kept alive for the call and sorted into its kind.
    func keep(_ value: any MessageValue) -> Resolved.Value {
        switch value {
        case let number as NumberValue:
            // The cell's state borrows the value's style: the value stays alive with it.
            return .number(cell(keep(number).borrow { $0.state }))
        case let string as StringValue: return .string(keep(string))
        case let list as ListValue: return .list(keep(list))
        case let date as DateTimeBox: return .dateTime(keep(date))
        default:
            _ = keep(value as AnyObject)
            return .custom(UnretainedValue(value: value))
        }
    }

    /// The value to format or select on; nil for a fallback. An argument becomes the value of
    /// its type's default function.
    func value(of resolved: Resolved) -> Resolved.Value? {
        switch resolved.content {
        case .value(let value): value
        case .argument(let argument): keep(context.with { InputValues.value(for: OperandValue(argument.pointee), context: $0) })
        case .fallback: nil
        }
    }

    /// Resolves a variable: a declaration (resolved on first use) or an argument.
    func resolve(_ variable: CompiledVariable) -> Resolved {
        switch variable.slot {
        case .local(let index):
            let resolved: Resolved
            if let done = resolvedDeclarations[index] {
                resolved = done
            } else {
                resolved = declarations[index].with { resolve($0) }
                resolvedDeclarations[index] = resolved
            }
            return resolved.isFallback ? .fallback(variable.fallback) : resolved
        case .argument:
            guard let argument = arguments.argument(named: name(of: variable)) else {
                report(MessageError(.unresolvedVariable, "$\(name(of: variable))", at: variable.range))
                return .fallback(variable.fallback)
            }
            return Resolved(.argument(cell(argument)))
        }
    }

    /// Resolves an expression: its operand, then its function if it has one.
    func resolve(_ expression: CompiledExpression) -> Resolved {
        var operand: Resolved?
        switch expression.operand {
        case .literal(let value)?: operand = Resolved(.string(value.with { Unmanaged.passUnretained($0) }))
        case .variable(let variable)?: operand = resolve(variable)
        case nil: operand = nil
        }
        if let prepared = expression.prepared {
            // Prepared only when every option is a valid literal: nothing to report here.
            do {
                if let value = try call(prepared.call, operand) { return Resolved(value, annotations: prepared.annotations) }
            } catch {
                var error = error
                if error.range == nil { error.range = expression.range }
                report(error)
                return .fallback(expression.fallback)
            }
        }
        guard let function = expression.function else {
            // A bare literal or variable: its value as it is.
            return operand ?? .fallback(expression.fallback)
        }
        guard let handler = function.handler else {
            report(MessageError(.unknownFunction, ":\(function.name)", at: function.range))
            return .fallback(expression.fallback)
        }
        let options: ResolvedOptions
        let annotations: Borrowed<Annotations>?
        if let literal = function.literalOptions {
            for error in literal.errors { report(error) }
            (options, annotations) = (literal.options, literal.annotations.map { Borrowed($0) })
        } else {
            let (resolved, direction, id) = resolve(function.options, isMarkup: false)
            (options, annotations) = (resolved, Annotations(direction: direction, id: id).map { Borrowed(keep($0)) })
        }
        let sink = ErrorSink()
        let call = FunctionCall(
            operand: operand?.operand, operandValue: operand?.functionValue, options: options, context: context.with { $0 },
            name: function.name, sink: sink, range: expression.range
        )
        defer { for error in sink.errors { report(error) } }
        do {
            return Resolved(keep(try handler.call(call)), annotations: annotations)
        } catch {
            call.report(error)
            return .fallback(expression.fallback)
        }
    }

    /// Calls a prepared built-in function; nil when it leaves the operand to the dynamic path.
    private func call(_ prepared: PreparedCall.Unretained, _ operand: Resolved?) throws(MessageError) -> Resolved.Value? {
        try context.with { context throws(MessageError) in
            switch prepared {
            case .number(let function):
                try function.with { function throws(MessageError) in
                    try function.call(operand, context: context, keep: { keep($0) })
                }.map { .number(cell($0)) }
            case .dateTime(let function):
                try function.with { function throws(MessageError) in try function.call(operand, context: context) }
                    .map { .dateTime(keep($0)) }
            case .list(let function):
                function.with { $0.call(operand, context: context) }.map { .list(keep($0)) }
            }
        }
    }

    /// Resolves options, taking out `u:dir` and `u:id`.
    func resolve(
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
