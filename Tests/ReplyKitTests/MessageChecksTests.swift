import MessageFormat
import MessageFormatSyntax
import ReplyKit
import Testing

/// The checks the catalog compiler and the linter share: each unknown name once, at its first
/// use, with how often the message uses it.
@Suite struct MessageChecksTests {
    // Offsets: `$ordr` first at 37, `:curency` first at 51.
    static let source = ".local $total = {$amount :number} {{{$ordr} {$ordr :curency} {$total} {$amount :curency}}}"

    @Test func undeclaredVariables() throws {
        let message = try Message.parse(Self.source)
        let unknown = MessageChecks.undeclaredVariables(in: message, inputs: ["amount"])
        #expect(unknown.map(\.name) == ["ordr"])
        #expect(unknown.map(\.uses) == [2])
        #expect(unknown.map(\.range.start) == [37])
        // A `.local` variable is the message's own; a declared input is known.
        #expect(MessageChecks.undeclaredVariables(in: message, inputs: ["amount", "ordr"]).isEmpty)
    }

    @Test func unknownFunctions() throws {
        let message = try Message.parse(Self.source)
        let unknown = MessageChecks.unknownFunctions(in: message, functions: .standard)
        #expect(unknown.map(\.name) == ["curency"])
        #expect(unknown.map(\.uses) == [2])
        #expect(unknown.map(\.range.start) == [51])
    }
}
