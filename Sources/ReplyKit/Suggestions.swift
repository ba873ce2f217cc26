/// "Did you mean …?": the nearest names by edit distance.
enum Suggestions {
    /// The closest candidate to `name`, if one is close enough to be a likely typo.
    static func nearest(_ name: String, in candidates: some Sequence<String>) -> String? {
        closest(name, in: candidates, limit: 1).first
    }

    /// Up to `limit` candidates within a third of the name's length in edits, closest first.
    static func closest(_ name: String, in candidates: some Sequence<String>, limit: Int) -> [String] {
        let threshold = max(2, name.count / 3)
        var scored: [(name: String, distance: Int)] = []
        for candidate in candidates {
            let edits = distance(name, candidate)
            if edits <= threshold { scored.append((candidate, edits)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(limit).map(\.name)
    }

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
