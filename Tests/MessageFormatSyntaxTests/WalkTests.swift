import MessageFormatSyntax
import Testing

/// The one walk over the data model, and the queries the compiler and the linter build on it.
@Suite struct WalkTests {
    static let source = """
        .input {$n :number minimumFractionDigits=$d @a}
        .local $x = {|lit| :string}
        .match $n
        one {{{#b opt=$o}{$x}{/b}}}
        * {{other}}
        """

    /// A node as a short line, to compare walks with a list written by hand.
    static func describe(_ node: MessageNode) -> String {
        switch node {
        case .declaration(let declaration): "declaration \(declaration.name)"
        case .selector(let variable): "selector \(variable.name)"
        case .variant(let variant): "variant \(variant.keys.count) key"
        case .pattern(let pattern): "pattern \(pattern.parts.count) parts"
        case .text(let text, _): "text \(text)"
        case .expression: "expression"
        case .function(let function): "function \(function.name)"
        case .markup(let markup): "markup \(markup.kind.rawValue) \(markup.name)"
        case .option(let option): "option \(option.name)"
        case .attribute(let attribute): "attribute \(attribute.name)"
        case .variable(let variable): "variable \(variable.name)"
        }
    }

    @Test func visitsEveryNodeParentsFirstInSourceOrder() throws {
        let message = try Message.parse(Self.source)
        var nodes: [String] = []
        message.walk { nodes.append(Self.describe($0)) }
        #expect(
            nodes == [
                "declaration n", "expression", "variable n", "function number", "option minimumFractionDigits", "variable d",
                "attribute a",
                "declaration x", "expression", "function string",
                "selector n", "variable n",
                "variant 1 key", "pattern 3 parts", "markup open b", "option opt", "variable o", "expression", "variable x",
                "markup close b",
                "variant 1 key", "pattern 1 parts", "text other",
            ])
    }

    @Test func reduceFoldsInTheWalksOrder() throws {
        let message = try Message.parse("{{a {$b} c {#br/} d}}")
        let texts = message.reduce(into: "") { result, node in
            if case .text(let text, _) = node { result += text }
        }
        #expect(texts == "a  c  d")
    }

    @Test func queries() throws {
        let message = try Message.parse(Self.source)
        #expect(message.localNames == ["x"])
        #expect(message.variableReferences.map(\.name) == ["n", "d", "n", "o", "x"])
        #expect(message.externalReferences.map(\.name) == ["n", "d", "n", "o"])
        #expect(message.externalNames == ["n", "d", "o"])
        #expect(message.functions.map(\.name) == ["number", "string"])
        #expect(message.expressions.count == 3)
        #expect(message.markups.map(\.name) == ["b", "b"])
        #expect(message.patterns.count == 2)
    }

    /// The span of each reference is where it is written, so callers can point at it.
    @Test func referencesKeepTheirSpans() throws {
        let message = try Message.parse("{{Hello {$name}, {$name :string}}}")
        #expect(message.externalReferences.map(\.range.start) == [9, 18])
    }
}
