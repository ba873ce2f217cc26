import Testing

@testable import CatalogFiles

/// The YAML reader the catalog's files go through: libyaml's parser, composed into nodes.
@Suite struct YAMLDocumentTests {
    private func read(_ text: String) throws(YAMLDocument.Failure) -> YAMLDocument {
        try YAMLDocument(utf8: Array(text.utf8)[...])
    }

    private func failure(_ text: String) -> YAMLDocument.Failure? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func mapsListsAndScalarsKeepFileOrderAndPositions() throws {
        let document = try read("kind: apology\nchannels: [email, chat]\nsummary: |\n  one\n")
        guard case .mapping(let root) = try #require(document.root) else {
            Issue.record("the root is not a map")
            return
        }
        #expect(root.map { $0.key.text } == ["kind", "channels", "summary"])
        #expect(root.map(\.key.mark) == [.init(line: 1, column: 1), .init(line: 2, column: 1), .init(line: 3, column: 1)])
        #expect(root[0].value.text == "apology")
        #expect(root[0].value.mark == .init(line: 1, column: 7))
        guard case .list(let channels) = root[1].value else {
            Issue.record("channels is not a list")
            return
        }
        #expect(channels.map(\.text) == ["email", "chat"])
        #expect(channels.map(\.mark) == [.init(line: 2, column: 12), .init(line: 2, column: 19)])
        #expect(root[2].value.text == "one\n")
        #expect(root[2].value.scalar?.isPlain == false)
        #expect(document.duplicates.isEmpty)
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let document = try read("größe: 中文\n")
        guard case .mapping(let root) = try #require(document.root) else {
            Issue.record("the root is not a map")
            return
        }
        #expect(root[0].value.mark == .init(line: 1, column: 8))
    }

    @Test(
        "null is an unquoted ~, null or nothing; everything else is text",
        arguments: [
            ("a: ~", true), ("a: null", true), ("a: NULL", true), ("a:", true), ("a: \"null\"", false),
            ("a: 'null'", false), ("a: nil", false), ("a: 0", false), ("a: false", false),
        ])
    func nullScalars(yaml: String, isNull: Bool) throws {
        guard case .mapping(let root) = try #require(try read(yaml).root) else {
            Issue.record("the root is not a map")
            return
        }
        #expect(root[0].value.isNull == isNull)
        #expect((root[0].value.text == nil) == isNull)
    }

    @Test func aKeyGivenTwiceKeepsItsFirstValueAndIsReportedAtTheSecond() throws {
        let document = try read("kind: apology\nnested:\n  a: 1\n  a: 2\nkind: remedy\nkind: other\n")
        guard case .mapping(let root) = try #require(document.root) else {
            Issue.record("the root is not a map")
            return
        }
        #expect(root.map { $0.key.text } == ["kind", "nested"])
        #expect(root[0].value.text == "apology")
        guard case .mapping(let nested) = root[1].value else {
            Issue.record("nested is not a map")
            return
        }
        #expect(nested.map { $0.value.text } == ["1"])
        #expect(
            document.duplicates == [
                .init(key: "a", first: .init(line: 3, column: 3), again: .init(line: 4, column: 3)),
                .init(key: "kind", first: .init(line: 1, column: 1), again: .init(line: 5, column: 1)),
                .init(key: "kind", first: .init(line: 1, column: 1), again: .init(line: 6, column: 1)),
            ])
    }

    @Test func anAliasIsTheNodeItsAnchorNamed() throws {
        guard case .mapping(let root) = try #require(try read("a: &pair [x, y]\nb: *pair\n").root) else {
            Issue.record("the root is not a map")
            return
        }
        guard case .list(let aliased) = root[1].value else {
            Issue.record("b is not a list")
            return
        }
        #expect(aliased.map(\.text) == ["x", "y"])
    }

    @Test func anAliasWithoutItsAnchorFails() {
        #expect(
            failure("a: [*missing]\n")
                == .structure(problem: "found '*missing', but no '&missing' before it", mark: .init(line: 1, column: 5)))
        // An anchor is defined once its node is complete: a node cannot contain itself.
        #expect(failure("a: &self [*self]\n") != nil)
    }

    @Test func aSecondDocumentFailsWhereOneIsExpectedAndIsReadInAStream() throws {
        #expect(
            failure("a: 1\n---\nb: 2\n")
                == .structure(
                    problem: "found a second document after '---'; a catalog file holds one", mark: .init(line: 2, column: 1)))
        let documents = try YAMLDocument.stream(utf8: Array("a: 1\n---\nb: 2\n---\n".utf8)[...])
        #expect(documents.map { $0.root?.found } == ["a map", "a map", "nothing"])
    }

    @Test("an empty document has no root", arguments: ["", "\n\n", "# only a comment\n"])
    func emptyDocuments(yaml: String) throws {
        #expect(try read(yaml).root == nil)
    }

    @Test func nestingIsBounded() throws {
        let deepest =
            String(repeating: "[", count: YAMLDocument.maximumDepth) + String(repeating: "]", count: YAMLDocument.maximumDepth)
        #expect(throws: Never.self) { try read(deepest) }
        let tooDeep = String(repeating: "[", count: YAMLDocument.maximumDepth + 1)
        #expect(failure(tooDeep) == .tooDeep(mark: .init(line: 1, column: YAMLDocument.maximumDepth + 1)))
        // Hostile input: a hundred thousand levels fail the same way, without exhausting the stack.
        #expect(failure(String(repeating: "- ", count: 100_000) + "x") != nil)
        #expect(failure(String(repeating: "{a: ", count: 100_000)) == .tooDeep(mark: .init(line: 1, column: 257)))
    }

    @Test func aSyntaxErrorNamesTheProblemAndWhatWasBeingRead() {
        #expect(
            failure("channels: [email, chat\nsummary: s\n")
                == .syntax(
                    problem: "did not find expected ',' or ']'", mark: .init(line: 2, column: 8),
                    context: .init(text: "while parsing a flow sequence", mark: .init(line: 1, column: 11))))
    }

    @Test func aControlCharacterIsReportedAtItsByteOffset() {
        // "é" is two bytes: the control character is byte 5.
        #expect(failure("é: a\u{1}\n") == .reader(problem: "control characters are not allowed", offset: 5))
    }
}
