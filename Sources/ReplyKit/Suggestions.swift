import CatalogFiles

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

    /// Edit distance over Unicode scalars (a swap of neighbours counts as one edit).
    static func distance(_ a: String, _ b: String) -> Int {
        Naming.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }
}
