import CatalogFiles
import MessageFormatSyntax
import Testing

/// A block keeps what parsing its message found, so nothing after the loader parses it again.
@Suite struct BlockMessageTests {
    static let text = """
        ---
        kind: apology
        channels: [email]
        summary: Test.
        inputs:
          n: number
        ---
        [fine]
        Hello {$n :number}

        [broken]
        Hello {$n

        [no-fallback]
        .input {$n :number}
        .match $n
        one {{one}}
        """

    @Test func aBlockKeepsItsSyntaxOrDataModelProblem() throws {
        let (parsed, problems) = TemplateFile.parse(Self.text, file: "templates/t.reply", id: "t")
        let template = try #require(parsed)
        let blocks = Dictionary(uniqueKeysWithValues: template.blocks.map { ($0.id, $0) })
        let fine = try #require(blocks["fine"])
        #expect(fine.parses)
        #expect(fine.messageProblems.isEmpty)

        let broken = try #require(blocks["broken"])
        #expect(!broken.parses)
        #expect(broken.messageProblems.map(\.mf2) == [.syntaxError])
        #expect(broken.messageProblems.map(\.line) == [12])
        #expect(broken.message.patterns.map(\.parts.count) == [0])

        // A data-model error: the message parses, and cannot be formatted.
        let noFallback = try #require(blocks["no-fallback"])
        #expect(noFallback.parses)
        #expect(noFallback.messageProblems.map(\.mf2) == [.missingFallbackVariant])

        // The same problems the loader reports, nothing more.
        #expect(problems == broken.messageProblems + noFallback.messageProblems)
    }
}
