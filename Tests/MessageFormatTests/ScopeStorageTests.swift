import Intl
import Testing

@testable import MessageFormat

/// The formatting call's own storage: values kept for the call and number cells on the stack,
/// with the heap taking over past the capacity the program reserves.
@Suite struct ScopeStorageTests {
    @Test func valuesPastTheReservedCapacityStayIntact() throws {
        let formatter = try MessageFormatter("{$n :number}", locale: LocaleID("de"))
        let program = formatter.program
        let count = program.valueCapacity * 3 + 2
        let (texts, errors) = ArgumentSource.with(dictionary: [:]) { arguments in
            Scope.withScope(program, arguments) { scope in
                // Every value first, then every text: a cell overwritten by a later one would show.
                let values = try! (0..<count).map { index in
                    let number = try NumberFunction(kind: .number).value(
                        of: .number(.integer(Int64(index) * 1000)), context: program.context)
                    return scope.keep(number as any MessageValue)
                }
                return values.map { try! $0.formatToString() }
            }
        }
        #expect(errors.isEmpty)
        let icu = try NumberFormatter(locale: LocaleID("de"), options: NumberFormatOptions())
        #expect(texts == (0..<count).map { icu.format(.integer(Int64($0) * 1000)) })
        #expect(texts[count - 1].contains("."))  // German grouping, so the values are not trivially equal
    }

    @Test func argumentsPastTheReservedCapacityStayIntact() throws {
        let program = try MessageFormatter("{$n}", locale: LocaleID("en")).program
        let count = program.valueCapacity * 3 + 2
        let texts = ArgumentSource.with(dictionary: [:]) { arguments in
            Scope.withScope(program, arguments) { scope in
                // Heap strings (longer than a small string), all stored before any is read.
                let cells = (0..<count).map { scope.cell(MessageArgument.string("argument number \($0) of many")) }
                return cells.map { cell -> String in
                    guard case .string(let text) = cell.pointee else { return "" }
                    return text
                }
            }
        }.0
        #expect(texts == (0..<count).map { "argument number \($0) of many" })
    }

    @Test func aMessageLookingUpMoreArgumentsThanItHasExpressions() throws {
        // Three lookups per expression: more than the capacity the program reserves for them.
        let placeholder = "{$x :number minimumFractionDigits=$digits maximumFractionDigits=$digits}"
        let formatter = try MessageFormatter(
            [String](repeating: placeholder, count: 3).joined(separator: " "), locale: LocaleID("de"), bidiIsolation: .none)
        #expect(formatter.program.valueCapacity < 9)
        let result = formatter.format(["x": 1234.5, "digits": 2])
        #expect(result.string == "1.234,50 1.234,50 1.234,50")
        #expect(result.errors.isEmpty)
    }
}
