import Testing

@testable import ReplyKitCLI

/// The word diff `replykit stale` shows: what changed in a source block, word by word.
@Suite struct WordDiffTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let old: String
        let new: String
        let plain: String
        var testDescription: String { plain }
    }

    static let cases: [Case] = [
        Case(old: "We are sorry.", new: "We are sorry.", plain: "We are sorry."),
        Case(
            old: "We are truly sorry that your item arrived damaged.",
            new: "We are truly sorry that the item you ordered arrived damaged.",
            plain: "We are truly sorry that [-your-]{+the+} item {+you ordered+} arrived damaged."),
        // A word removed, and one added, alone.
        Case(old: "a b c", new: "a c", plain: "a [-b-] c"),
        Case(old: "a c", new: "a b c", plain: "a {+b+} c"),
        // At the start and at the end.
        Case(old: "Dear customer,", new: "Hello customer,", plain: "[-Dear-]{+Hello+} customer,"),
        Case(old: "Kind regards", new: "Kind regards, the team", plain: "Kind [-regards-]{+regards, the team+}"),
        // Two changes apart from each other.
        Case(old: "one two three four five", new: "one 2 three four 5", plain: "one [-two-]{+2+} three four [-five-]{+5+}"),
        // Whitespace is not compared: a rewrapped sentence is the same words, laid out as now.
        Case(old: "within\n5 business days", new: "within 5\nbusiness days", plain: "within 5\nbusiness days"),
        // Placeholders are words like any other.
        Case(
            old: "We refunded {$refund :currency}.", new: "We refunded {$refund :currency} today.",
            plain: "We refunded {$refund [-:currency}.-]{+:currency} today.+}"),
        Case(old: "", new: "New text", plain: "{+New text+}"),
        Case(old: "Old text", new: "", plain: "[-Old text-]"),
        // Moved words: the longest common run stays, the rest is removed and added.
        Case(old: "a b c d", new: "c d a b", plain: "[-a b-] c d {+a b+}"),
    ]

    @Test(arguments: cases) func plain(_ diff: Case) {
        #expect(WordDiff(from: diff.old, to: diff.new).plain == diff.plain)
    }

    @Test func unchangedWordsAreUnchanged() {
        #expect(WordDiff(from: "a  b\nc", to: "a b c").isUnchanged)
        #expect(!WordDiff(from: "a b", to: "a c").isUnchanged)
    }

    @Test func coloredOnATerminal() {
        #expect(WordDiff(from: "a b c", to: "a x c").colored == "a \u{1B}[31mb\u{1B}[0m\u{1B}[32mx\u{1B}[0m c")
    }

    /// Past the size guard, the changed middle is one replacement, and the common start and end
    /// are still matched.
    @Test func aHugeMiddleIsOneReplacement() {
        let old = "start " + (1...3000).map { "o\($0)" }.joined(separator: " ") + " end"
        let new = "start " + (1...3000).map { "n\($0)" }.joined(separator: " ") + " end"
        let pieces = WordDiff(from: old, to: new, maxCells: 1000).pieces
        #expect(pieces.map(\.kind) == [.same, .removed, .added, .same])
        #expect(pieces.first?.text == "start ")
        #expect(pieces.last?.text == " end")
        #expect(pieces[1].text.hasPrefix("o1 o2 ") && pieces[1].text.hasSuffix(" o3000"))
        #expect(pieces[2].text.hasPrefix("n1 n2 ") && pieces[2].text.hasSuffix(" n3000"))
    }

    /// Under the guard, a large diff finds every common word (here every other one).
    @Test func aLargeDiffUnderTheGuard() {
        let old = (1...400).map { "w\($0)" }.joined(separator: " ")
        let new = (1...400).map { $0.isMultiple(of: 2) ? "w\($0)" : "x\($0)" }.joined(separator: " ")
        let pieces = WordDiff(from: old, to: new).pieces
        #expect(pieces.filter { $0.kind == .removed }.count == 200)
        #expect(pieces.filter { $0.kind == .added }.count == 200)
        #expect(WordDiff(from: old, to: new).plain.hasPrefix("[-w1-]{+x1+} w2 [-w3-]{+x3+} w4"))
    }

    /// The lengths row of the longest common subsequence, checked by hand.
    @Test func lengthsRow() {
        // "abcb" against prefixes of "bdcab": b, bd, bdc, bdca, bdcab.
        #expect(WordDiff.Steps.lengths([1, 2, 3, 2], [2, 4, 3, 1, 2]) == [0, 1, 1, 2, 2, 3])
    }
}
