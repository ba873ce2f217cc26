/// What changed between two texts, word by word: for showing a translator how a source block
/// changed since their translation was stamped.
///
/// A word is a run of characters other than whitespace; the whitespace before a word is kept with
/// it but not compared, so a sentence rewrapped onto other lines shows no change. The words in
/// common are a longest common subsequence, found with Hirschberg's algorithm in space linear in
/// the texts. The common start and end are taken off first; when what is left would cost more
/// than ``maxCells`` word comparisons, it is shown as one replacement instead, so a huge block
/// cannot make the diff slow.
struct WordDiff {
    /// Whether a piece of the diff is in both texts, only the old one or only the new one.
    enum Kind: Equatable {
        case same, removed, added
    }

    /// A run of text of one kind. A removed or added piece holds whole words with the whitespace
    /// between them; the whitespace around them is in the pieces beside them.
    struct Piece: Equatable {
        var kind: Kind
        var text: String
    }

    /// The most word comparisons the middle of a diff may cost (old words × new words).
    static let maxCells = 4_000_000

    /// The diff from `old` to `new`, in the order of the new text.
    let pieces: [Piece]

    init(from old: String, to new: String, maxCells: Int = WordDiff.maxCells) {
        let a = Self.words(old)
        let b = Self.words(new)
        // Words compared as small integers: equal words get equal numbers.
        var numbers: [Substring: Int] = [:]
        let x = a.map { word -> Int in
            if let number = numbers[word.text] { return number }
            numbers[word.text] = numbers.count
            return numbers.count - 1
        }
        let y = b.map { word in numbers[word.text] ?? -1 }
        var steps = Steps(x: x, y: y)
        steps.compare(maxCells: maxCells)
        pieces = Self.pieces(steps.operations, a, b)
    }

    /// The diff as plain text: `[-removed-]` and `{+added+}` (git's `--word-diff` style).
    var plain: String {
        pieces.map { piece in
            switch piece.kind {
            case .same: piece.text
            case .removed: "[-\(piece.text)-]"
            case .added: "{+\(piece.text)+}"
            }
        }.joined()
    }

    /// The diff for a terminal: removed text in red, added text in green.
    var colored: String {
        pieces.map { piece in
            switch piece.kind {
            case .same: piece.text
            case .removed: "\u{1B}[31m\(piece.text)\u{1B}[0m"
            case .added: "\u{1B}[32m\(piece.text)\u{1B}[0m"
            }
        }.joined()
    }

    /// Whether the texts have the same words (whatever the whitespace between them).
    var isUnchanged: Bool { pieces.allSatisfy { $0.kind == .same } }

    /// A word and the whitespace before it.
    struct Word {
        var space: Substring
        var text: Substring
    }

    /// The words of `text`; whitespace after the last word is left out.
    static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        while index < text.endIndex {
            let wordStart = text[index...].firstIndex { !$0.isWhitespace } ?? text.endIndex
            guard wordStart < text.endIndex else { break }
            let wordEnd = text[wordStart...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            words.append(Word(space: text[index..<wordStart], text: text[wordStart..<wordEnd]))
            index = wordEnd
        }
        return words
    }

    /// Groups the steps into pieces: each run of changes becomes the removed words, then the
    /// added words.
    private static func pieces(_ steps: [Steps.Operation], _ a: [Word], _ b: [Word]) -> [Piece] {
        var pieces: [Piece] = []
        func append(_ kind: Kind, _ text: String) {
            guard !text.isEmpty else { return }
            if let last = pieces.last, last.kind == kind {
                pieces[pieces.count - 1].text += text
            } else {
                pieces.append(Piece(kind: kind, text: text))
            }
        }
        /// The words of a range with the whitespace between them, without the whitespace before.
        func joined(_ words: ArraySlice<Word>) -> String {
            words.enumerated().map { offset, word in offset == 0 ? String(word.text) : String(word.space + word.text) }.joined()
        }
        var index = 0
        while index < steps.count {
            if case .same(let i, let j) = steps[index] {
                // After a change at the start of the new text, the old text's space keeps the
                // change apart from the word.
                let afterChange = pieces.last.map { $0.kind != .same } ?? false
                let space = afterChange && b[j].space.isEmpty ? a[i].space : b[j].space
                append(.same, String(space + b[j].text))
                index += 1
                continue
            }
            var removed: [Int] = []
            var added: [Int] = []
            while index < steps.count {
                switch steps[index] {
                case .removed(let i): removed.append(i)
                case .added(let j): added.append(j)
                case .same: break
                }
                if case .same = steps[index] { break }
                index += 1
            }
            // In a run of changes the removed words are consecutive in the old text, and the
            // added words in the new one.
            let space = added.first.map { b[$0].space } ?? removed.first.map { a[$0].space } ?? ""
            append(.same, String(space))
            if let first = removed.first, let last = removed.last { append(.removed, joined(a[first...last])) }
            if let first = added.first, let last = added.last { append(.added, joined(b[first...last])) }
        }
        return pieces
    }
}
