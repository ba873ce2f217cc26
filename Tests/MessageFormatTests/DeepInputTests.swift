import Intl
import MessageFormat
import MessageFormatSyntax
import Testing

/// Input whose depth is the attacker's choice formats or fails cleanly, and never exhausts the
/// stack: resolution does not recurse once per link of a declaration chain, nor list formatting
/// once per level of a nested list.
@Suite struct DeepInputTests {
    /// `.local $v1 = {$v0}` … `.local $vN = {$vN-1}`, then `{{{$vN}}}`, with `$v0` given.
    static func chain(_ links: Int, function: String = "") -> String {
        var source = ""
        for index in 1...links { source += ".local $v\(index) = {$v\(index - 1)\(function)}\n" }
        return source + "{{{$v\(links)}}}"
    }

    @Test(arguments: [100, 12_000])
    func aChainOfDeclarationsFormatsTheFirstValue(links: Int) throws {
        let formatter = try MessageFormatter(Self.chain(links), locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format(["v0": "start"])
        #expect(result.string == "start")
        #expect(result.errors.isEmpty)
    }

    @Test func aChainOfFunctionsFormatsAsTheLastOne() throws {
        let formatter = try MessageFormatter(
            Self.chain(12_000, function: " :number"), locale: LocaleID("de"), bidiIsolation: .none)
        let result = formatter.format(["v0": 1234.5])
        #expect(result.string == "1.234,5")
        #expect(result.errors.isEmpty)
    }

    @Test func aChainThroughOptionsFormats() throws {
        // Each link uses the previous one as an option value, not as the operand: from the
        // second link on, minimumFractionDigits is 2.
        var source = ".local $d0 = {1 :number}\n"
        for index in 1...5_000 { source += ".local $d\(index) = {2 :number minimumFractionDigits=$d\(index - 1)}\n" }
        source += "{{{$d5000}}}"
        let formatter = try MessageFormatter(source, locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format()
        #expect(result.string == "2.00")
        #expect(result.errors.isEmpty)
    }

    @Test func aMissingArgumentAtTheEndOfAChainIsReportedOnce() throws {
        let formatter = try MessageFormatter(Self.chain(12_000), locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format()
        #expect(result.string == "{$v12000}")
        #expect(result.errors.map(\.kind) == [.unresolvedVariable])
    }

    /// `[[[… ["x"] …]]]`, `depth` lists deep.
    static func nestedList(_ depth: Int) -> MessageArgument {
        var argument = MessageArgument.string("x")
        for _ in 0..<depth { argument = .list([argument]) }
        return argument
    }

    @Test func aListNestedAFewLevelsFormatsEachLevel() throws {
        let formatter = try MessageFormatter("{$items}", locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format(["items": .list([.string("a"), .list([.string("b"), .string("c")])])])
        #expect(result.string == "a and b and c")
        #expect(result.errors.isEmpty)
    }

    @Test(arguments: ["{$items}", "{$items :reply:list}", "{$items :reply:list width=short}", "{$items :string}"])
    func aListNestedTooDeeplyIsABadOperand(source: String) throws {
        let formatter = try MessageFormatter(source, locale: LocaleID("en"), bidiIsolation: .none)
        let result = formatter.format(["items": Self.nestedList(18_000)])
        #expect(result.string == "{$items}")
        #expect(result.errors.map(\.kind) == [.badOperand])
    }
}
