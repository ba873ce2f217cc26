import MessageFormatSyntax
import Testing

/// Transforms of a message's literal text that keep its placeholders, markup, declarations and
/// variant keys as they are: what a pseudo-locale is made of.
@Suite struct TransformTests {
    @Test func mappingTextChangesOnlyTheTextParts() throws {
        let message = try Message.parse("Hi {$x}, {#b}you{/b} have {$n :number} new {|items| :string}.")
        let upper = message.mappingPatterns { $0.mappingText { $0.uppercased() } }
        #expect(upper.description == "HI {$x}, {#b}YOU{/b} HAVE {$n :number} NEW {|items| :string}.")
    }

    @Test func declarationsSelectorsAndKeysAreKept() throws {
        let message = try Message.parse(
            """
            .input {$n :number}
            .match $n
            one {{one item}}
            * {{{$n} items}}
            """)
        let upper = message.mappingPatterns { $0.mappingText { $0.uppercased() } }
        #expect(upper.declarations == message.declarations)
        #expect(
            upper.description == """
                .input {$n :number}
                .match $n
                one {{ONE ITEM}}
                * {{{$n} ITEMS}}
                """)
    }

    /// A prefix joins a leading text part, or comes before a leading placeholder, and a suffix
    /// likewise at the end, so adjacent text parts stay merged.
    @Test(arguments: [
        ("Hello {$name}!", "[Hello {$name}!]", 3),
        ("{$name}, hello", "[{$name}, hello]", 3),
        ("{#b}{$name}{/b}", "[{#b}{$name}{/b}]", 5),
        ("", "[]", 1),
    ])
    func wrappedJoinsTheTextAtEachEnd(source: String, expected: String, parts: Int) throws {
        let pattern = try #require(Message.parse(source).patterns.first)
        let wrapped = pattern.wrapped(prefix: "[", suffix: "]")
        #expect(Message(body: .pattern(wrapped)).description == expected)
        #expect(wrapped.parts.count == parts)
    }

    @Test func textIsTheLiteralTextJoined() throws {
        let pattern = try #require(Message.parse("Hi {$x}, {#b}you{/b}.").patterns.first)
        #expect(pattern.text == "Hi , you.")
    }
}
