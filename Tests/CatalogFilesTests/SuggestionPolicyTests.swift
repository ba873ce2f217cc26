import CatalogFiles
import Testing

/// The one "did you mean" policy (`Naming.suggestions(for:among:limit:)`): which candidates are
/// close enough, in which order, and how many a list shows.
@Suite struct SuggestionPolicyTests {
    @Test(
        "the closest candidate a hint names",
        arguments: [
            // A third of the word's length in edits, at least one; a swap of neighbours is one edit.
            ("summry", ["kind", "channels", "summary", "inputs"], "summary"),
            ("order.di", ["order.id", "order.items"], "order.id"),
            ("x", ["id", "y"], "y"),
            ("rmdy", ["remedy", "refund"], nil),
            ("ab", ["id"], nil),
            // Long ids get as many edits as their length allows (an id with its tail left off).
            ("apology/damaged", ["apology/damaged-item", "apology/late-delivery"], "apology/damaged-item"),
            // A function written without its namespace.
            ("list", ["number", "reply:list", "string"], "reply:list"),
            // Ties go to the first in code-point order, whatever order the candidates come in.
            ("nme", ["nma", "name"], "name"),
            ("nme", ["name", "nma"], "name"),
            // The word itself is no suggestion, and nothing is suggested for an empty word.
            ("name", ["name"], nil),
            ("", ["a"], nil),
        ] as [(String, [String], String?)])
    func closest(word: String, candidates: [String], expected: String?) {
        #expect(Naming.closest(to: word, among: candidates) == expected)
    }

    @Test func aListShowsUpToThreeClosestFirst() {
        let ids = ["test/order", "test/orders", "test/odor", "test/ordr", "test/border", "test/other-thing"]
        #expect(Naming.suggestions(for: "test/ordre", among: ids) == ["test/order", "test/ordr", "test/border"])
        #expect(Naming.shownSuggestions == 3)
        #expect(Naming.suggestions(for: "test/ordre", among: ids, limit: 1) == ["test/order"])
    }
}
