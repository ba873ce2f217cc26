extension LocaleID {
    /// The region subtag (`CH` in `de-CH`, `419` in `es-419`), or nil when the tag has none.
    public var region: String? {
        for subtag in identifier.split(separator: "-").dropFirst() {
            if subtag.count == 1 { return nil }  // extensions and private use follow a singleton
            if subtag.count == 2, subtag.allSatisfy(\.isLetter) { return String(subtag) }
            if subtag.count == 3, subtag.allSatisfy(\.isNumber) { return String(subtag) }
        }
        return nil
    }

    /// The Unicode extension keywords as key–value pairs, in the tag's order
    /// (`de-CH-u-nu-latn-ca-gregory` → `[("nu", "latn"), ("ca", "gregory")]`).
    public var unicodeExtensions: [(key: String, value: String)] {
        let subtags = identifier.split(separator: "-")
        guard let start = subtags.firstIndex(of: "u") else { return [] }
        var keywords: [(key: String, value: String)] = []
        for subtag in subtags[(start + 1)...] {
            if subtag.count == 1 { break }
            if subtag.count == 2 {
                keywords.append((String(subtag), ""))
            } else if !keywords.isEmpty {
                let value = keywords[keywords.count - 1].value
                keywords[keywords.count - 1].value = value.isEmpty ? String(subtag) : value + "-" + subtag
            }
        }
        return keywords
    }
}
