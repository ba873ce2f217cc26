/// The syntax of one block line: `[id]`, `[id] when path`, `[id] when path = value`,
/// `[id] otherwise`, `[id] @xxxxxxxx`. Columns are 1-based, in Unicode scalars.
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

    var id: String
    var condition: Condition?
    var stamp: Stamp?

    /// What a line that starts with `[` is.
    enum Parsed {
        case block(BlockLine)
        /// Not a block line: text inside a body, a problem before the first block.
        case notBlock(column: Int, reason: String)
    }

    /// Reads a line that starts with `[`.
    static func parse(_ line: String) -> Parsed {
        let s = Array(line.unicodeScalars)
        guard s.first == "[" else { return .notBlock(column: 1, reason: "a block line starts with '['") }
        guard let close = s.firstIndex(of: "]") else {
            return .notBlock(column: s.count + 1, reason: "expected ']' to close the block id, as in '[greeting]'")
        }
        let id = String(scalars: s[1..<close])
        guard Naming.isIdentifier(id) else {
            let what = id.isEmpty ? "the block id is empty" : "'\(id)' is not a valid block id"
            return .notBlock(
                column: 2,
                reason: "\(what); ids use lowercase letters, digits and '-', starting with a letter or digit, as in '[greeting]'")
        }
        var end = s.count
        while end > close + 1, isSpace(s[end - 1]) { end -= 1 }
        var block = BlockLine(id: id)
        var p = close + 1
        if p == end { return .block(block) }
        guard isSpace(s[p]) else {
            return .notBlock(
                column: p + 1, reason: "expected a space or the end of the line after '[\(id)]', found '\(Character(s[p]))'")
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
            return .notBlock(
                column: p + 1,
                reason:
                    "unexpected '\(word)' after '[\(id)]'; a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'"
            )
        }
        return .block(block)
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
