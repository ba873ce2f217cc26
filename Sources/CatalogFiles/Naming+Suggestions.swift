/// "Did you mean": the one policy every tool of the catalog uses (the loader, the compiler, the
/// linter, the command line and the service).
///
/// A candidate is close enough to a mistyped `word` when it is not `word` itself and either
/// - its edit distance from `word` is at most a third of `word`'s length, and at least 1
///   (Levenshtein over Unicode scalars, a swap of two neighbours counting as one edit), or
/// - its last `:`-separated part is `word` (a function written without its namespace: `reply:list`
///   for `list`); such a candidate counts as closer than any edit.
///
/// Close candidates are ordered closest first, ties in code-point order of the candidates, so the
/// answer never depends on the order they are given in. A message with a hint names one, the
/// closest (``closest(to:among:)``); a list of suggestions (an unknown template) shows up to
/// ``shownSuggestions``.
extension Naming {
    /// How many suggestions a list shows at most.
    public static let shownSuggestions = 3

    /// Words and candidates longer than this (in Unicode scalars) are never compared: a distance
    /// costs the product of the lengths, and nobody mistypes a name that long.
    static let longestCompared = 200

    /// The close candidates for `word`, closest first, at most `limit` of them.
    public static func suggestions(
        for word: String, among candidates: some Sequence<String>, limit: Int = shownSuggestions
    ) -> [String] {
        let target = Array(word.unicodeScalars)
        guard !target.isEmpty, target.count <= longestCompared, limit > 0 else { return [] }
        let allowed = max(1, target.count / 3)
        var scored: [(candidate: String, distance: Int)] = []
        for candidate in Set(candidates) where candidate != word {
            if candidate.split(separator: ":").last.map(String.init) == word {
                scored.append((candidate, 0))
                continue
            }
            let other = Array(candidate.unicodeScalars)
            guard abs(other.count - target.count) <= allowed, other.count <= longestCompared else { continue }
            let distance = editDistance(target, other)
            if distance <= allowed { scored.append((candidate, distance)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
        return scored.prefix(limit).map(\.candidate)
    }

    /// The closest candidate for `word`, if one is close enough: the one a hint names.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        suggestions(for: word, among: candidates, limit: 1).first
    }

    /// ` (did you mean 'x'?)` naming ``closest(to:among:)``, or an empty string.
    static func suggestion(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance, with a swap of two neighbours counting as one edit.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
