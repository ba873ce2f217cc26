import Intl
import MessageFormat
import Testing

/// Arguments are found the same way whatever holds them: a small dictionary (compared name by
/// name), a large one (hashed), or a type of the caller's own.
@Suite struct ArgumentLookupTests {
    /// Reads arguments from a closure, as a caller with lazily decoded case data would.
    struct LazyArguments: MessageArguments {
        let read: (String) -> MessageArgument?
        func argument(named name: String) -> MessageArgument? { read(name) }
    }

    static let message = "{$first} and {$last}"

    @Test(arguments: [2, 8, 9, 40])
    func dictionariesOfAnySize(count: Int) throws {
        let formatter = try MessageFormatter(Self.message, locale: LocaleID("en"), bidiIsolation: .none)
        var arguments: [String: MessageArgument] = [:]
        for index in 0..<count - 2 { arguments["filler\(index)"] = .string("x") }
        arguments["first"] = "one"
        arguments["last"] = "two"
        let result = formatter.format(arguments)
        #expect(result.string == "one and two")
        #expect(result.errors.isEmpty)
    }

    @Test(arguments: [1, 8, 9])
    func aMissingArgumentIsReportedAtAnySize(count: Int) throws {
        let formatter = try MessageFormatter(Self.message, locale: LocaleID("en"), bidiIsolation: .none)
        var arguments: [String: MessageArgument] = ["first": "one"]
        for index in 0..<count - 1 { arguments["filler\(index)"] = .string("x") }
        let result = formatter.format(arguments)
        #expect(result.string == "one and {$last}")
        #expect(result.errors.map(\.kind) == [.unresolvedVariable])
    }

    @Test func namesMatchByCanonicalEquivalence() throws {
        // The message names the variable with a precomposed é; the caller's key is decomposed.
        let formatter = try MessageFormatter("{$caf\u{E9}}", locale: LocaleID("en"), bidiIsolation: .none)
        #expect(formatter.format(["cafe\u{301}": "open"]).string == "open")
    }

    @Test func argumentsOfTheCallersOwnType() throws {
        let formatter = try MessageFormatter(
            ".input {$n :integer} .match $n one {{{$n} item for {$who}}} * {{{$n} items for {$who}}}",
            locale: LocaleID("en"), bidiIsolation: .none)
        let arguments = LazyArguments { name in
            switch name {
            case "n": .number(.integer(1))
            case "who": .string("Ana")
            default: nil
            }
        }
        #expect(formatter.format(arguments).string == "1 item for Ana")
    }
}
