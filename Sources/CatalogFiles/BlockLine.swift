/// The syntax of one block line: `[id]`, `[id] when path`, `[id] when path = value`,
/// `[id] otherwise`, `[id] @xxxxxxxx`. Columns are 1-based, in Unicode scalars.
///
/// A line is a block line when it is shaped like one: `[` at column 1, a name of letters, digits,
/// `-` and `_` (possibly empty), then `]` at the end of the line or before a space, a tab, a
/// letter, a digit or `@`; or the name alone, its `]` missing. A block line that is not valid is
/// reported and still ends the block before it. Every other line is text, even when it starts
/// with `[` (`[see](https://…)`, `[1/2]`, `[ ] item`).
struct BlockLine {
    /// A condition as written (source templates only).
    struct Condition {
        /// `when path`, `when path = value`, `otherwise`; nil when malformed.
        var form: BlockCondition?
        /// Whether it was written with `when` (so it belongs to a conditional run even when malformed).
        var isWhen: Bool
        /// The condition as written, from `when`/`otherwise` to the end of the line.
        var text: String
        var column: Int
        var path: String = ""
        var pathColumn: Int = 0
        var value: String = ""
        var valueColumn: Int = 0
        /// What is wrong with it, and where.
        var problem: (column: Int, message: String)?
    }

    /// An `@hash` stamp as written (translations only).
    struct Stamp {
        var text: String
        var column: Int
        /// The eight hex digits, when well-formed.
        var hash: String?
    }

    /// A word after `[id]` that starts neither a condition nor a stamp.
    struct Unexpected {
        /// `[id]` as written.
        var after: String
        var word: String
        var column: Int
        /// The condition keyword it is probably meant to be (`when`, `otherwise`), if any.
        var keyword: String?
    }

    /// The block id, or the valid id the written one was probably meant to be.
    var id: String
    var condition: Condition?
    var stamp: Stamp?
    var unexpected: Unexpected?
    /// What is wrong with the id or the brackets, whatever the file's role.
    var problems: [(column: Int, message: String)] = []

    /// What a line that starts with `[` is.
    enum Parsed {
        /// A block line, possibly with problems (reported by the block parser): the block is kept.
        case block(BlockLine)
        /// A block line too broken to make a block (its id cannot be repaired): reported, and
        /// the lines up to the next block line belong to no block.
        case invalid(column: Int, reason: String)
        /// Not shaped like a block line: text.
        case text
    }

    static let idRule = "ids use lowercase letters, digits and '-', starting with a letter or digit"
    /// How to write a line of text that would otherwise be a block line.
    static let textHint = "if the line is text, write its '[' as '{|[|}'"

    /// Reads a line.
    static func parse(_ line: String) -> Parsed {
        let s = Array(line.unicodeScalars)
        guard s.first == "[" else { return .text }
        var close = 1
        while close < s.count, isNameScalar(s[close]) { close += 1 }
        var end = s.count
        while end > close, isSpace(s[end - 1]) { end -= 1 }
        let name = String(scalars: s[1..<close])
        let bracketMissing = close == end
        if bracketMissing {
            guard !name.isEmpty else { return .text }
        } else {
            guard s[close] == "]" else { return .text }
            // `[see](https://…)`, `[x][ref]`, `[Note]:` are text.
            if close + 1 < end {
                let next = s[close + 1]
                let isLetterOrDigit = isNameScalar(next) && next != "-" && next != "_"
                guard isSpace(next) || next == "@" || isLetterOrDigit else { return .text }
            }
        }

        var block = BlockLine(id: name)
        if !Naming.isIdentifier(name) {
            let what = name.isEmpty ? "the block id is empty" : "'\(name)' is not a valid block id"
            guard let repaired = repairedID(name) else {
                return .invalid(column: 2, reason: "\(what); \(idRule), as in '[greeting]'; \(textHint)")
            }
            block.id = repaired
            block.problems.append((2, "\(what); \(idRule) (did you mean '[\(repaired)]'?); \(textHint)"))
        }
        if bracketMissing {
            block.problems.append((close + 1, "expected ']' to close the block id, as in '[\(block.id)]'"))
            return .block(block)
        }
        var p = close + 1
        if p == end { return .block(block) }
        guard isSpace(s[p]) else {
            block.problems.append(
                (p + 1, "expected a space or the end of the line after '[\(name)]', found '\(Character(s[p]))'"))
            return .block(block)
        }
        while p < end, isSpace(s[p]) { p += 1 }
        var wordEnd = p
        while wordEnd < end, !isSpace(s[wordEnd]) { wordEnd += 1 }
        let word = String(scalars: s[p..<wordEnd])
        let written = String(scalars: s[p..<end])
        if word == "when" {
            block.condition = parseWhen(s, keyword: p, from: wordEnd, end: end, text: written)
        } else if word == "otherwise" {
            var condition = Condition(form: .otherwise, isWhen: false, text: written, column: p + 1)
            if wordEnd < end {
                var extra = wordEnd
                while extra < end, isSpace(s[extra]) { extra += 1 }
                condition.problem = (
                    extra + 1,
                    "unexpected '\(String(scalars: s[extra..<end]))' after 'otherwise'; 'otherwise' takes no path or value"
                )
            }
            block.condition = condition
        } else if s[p] == "@" {
            let digits = s[(p + 1)..<end]
            let valid = digits.count == 8 && digits.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
            block.stamp = Stamp(text: written, column: p + 1, hash: valid ? String(scalars: digits) : nil)
        } else {
            // Kept as the condition it was probably meant to be, so that runs stay as written.
            let keyword = Self.keyword(meant: word)
            block.unexpected = Unexpected(after: "[\(name)]", word: word, column: p + 1, keyword: keyword)
            if keyword == "when" {
                block.condition = Condition(form: nil, isWhen: true, text: written, column: p + 1)
            } else if keyword == "otherwise" {
                block.condition = Condition(form: .otherwise, isWhen: false, text: written, column: p + 1)
            }
        }
        return .block(block)
    }

    /// Whether the line is shaped like a block line (valid or not).
    static func isBlockLine(_ line: String) -> Bool {
        if case .text = parse(line) { return false }
        return true
    }

    /// The condition keyword a word is probably meant to be: a different case, a near miss, or
    /// the word other template languages use for it.
    static func keyword(meant word: String) -> String? {
        let lowercased = word.lowercased()
        let synonyms = ["if": "when", "where": "when", "whenever": "when", "else": "otherwise", "default": "otherwise"]
        if lowercased == "when" || lowercased == "otherwise" { return lowercased }
        if let synonym = synonyms[lowercased] { return synonym }
        return Naming.closest(to: lowercased, among: ["when", "otherwise"])
    }

    /// The valid id a written one was probably meant to be: lowercase, with `-` for `_`.
    static func repairedID(_ name: String) -> String? {
        let repaired = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        return Naming.isIdentifier(repaired) ? repaired : nil
    }

    /// A scalar of a name in a block line: a letter or digit of any script, `-` or `_`.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `when path` or `when path = value`, after the keyword.
    private static func parseWhen(_ s: [Unicode.Scalar], keyword: Int, from start: Int, end: Int, text: String) -> Condition {
        var condition = Condition(form: nil, isWhen: true, text: text, column: keyword + 1)
        var p = start
        while p < end, isSpace(s[p]) { p += 1 }
        guard p < end else {
            condition.problem = (
                keyword + 1, "expected an input path after 'when', as in 'when customer.name' or 'when remedy = refund'"
            )
            return condition
        }
        var pathEnd = p
        while pathEnd < end, !isSpace(s[pathEnd]), s[pathEnd] != "=" { pathEnd += 1 }
        condition.path = String(scalars: s[p..<pathEnd])
        condition.pathColumn = p + 1
        guard Naming.isInputPath(condition.path) else {
            let what = condition.path.isEmpty ? "expected an input path after 'when'" : "'\(condition.path)' is not an input path"
            condition.problem = (
                p + 1, "\(what); write 'when path' or 'when path = value' with a dotted path such as 'customer.name'"
            )
            return condition
        }
        p = pathEnd
        while p < end, isSpace(s[p]) { p += 1 }
        if p == end {
            condition.form = .present(path: condition.path)
            return condition
        }
        guard s[p] == "=" else {
            condition.problem = (
                p + 1, "expected '= value' or the end of the line after 'when \(condition.path)', found '\(Character(s[p]))'"
            )
            return condition
        }
        let equals = p
        p += 1
        while p < end, isSpace(s[p]) { p += 1 }
        guard p < end else {
            condition.problem = (equals + 1, "expected a value after '=', as in 'when \(condition.path) = value'")
            return condition
        }
        condition.value = String(scalars: s[p..<end])
        condition.valueColumn = p + 1
        condition.form = .equals(path: condition.path, value: condition.value)
        return condition
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
}
