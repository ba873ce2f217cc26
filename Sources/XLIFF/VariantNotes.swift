import Intl

/// The note that tells a translator what one variant of a `.match` is for: which value of each
/// selector chooses it, the numbers a plural category covers in the target language (from ICU's
/// plural rules), and which source variant is shown when the source language has no such category.
struct VariantNotes {
    let selectors: [String]
    let plural: [Int: PluralRules]
    let locale: String
    let sourceLocale: String

    /// The note for the variant `keys`, whose source text is the variant `source`.
    func note(for keys: [BlockPlan.Key], source: [BlockPlan.Key]) -> String {
        var parts: [String] = []
        var fallbacks: [String] = []
        for (index, key) in keys.enumerated() where index < selectors.count {
            let name = "$" + selectors[index]
            if let rules = plural[index] {
                switch key {
                case .literal(let value) where rules.categories.contains(value):
                    parts.append("\(name) is in the \(locale) plural category '\(value)' (\(Self.examples(value, rules)))")
                case .catchAll:
                    parts.append("\(name) is in the \(locale) plural category 'other' (\(Self.examples("other", rules)))")
                case .literal(let value):
                    parts.append("\(name) is exactly \(value)")
                }
                if source[index] != key {
                    let name = if case .literal(let value) = key { value } else { "other" }
                    fallbacks.append("the \(sourceLocale) source has no '\(name)' variant, so its 'other' text is shown")
                }
            } else {
                switch key {
                case .literal(let value): parts.append("\(name) is '\(value)'")
                case .catchAll: parts.append("\(name) has any other value")
                }
            }
        }
        var note = "Variant used when " + parts.joined(separator: " and ") + "."
        if !fallbacks.isEmpty { note += " Note: " + fallbacks.joined(separator: "; ") + "." }
        return note
    }

    /// `numbers such as 2, 3, 4, 22, 23, 24…`: the first whole numbers ICU puts in `category`.
    static func examples(_ category: String, _ rules: PluralRules) -> String {
        let numbers = (0...1000).lazy.filter { rules.select(Double($0)) == category }.prefix(6)
        let list = numbers.map(String.init).joined(separator: ", ")
        if list.isEmpty { return "fractions only" }
        return "numbers such as " + list + (numbers.count == 6 ? "…" : "")
    }
}
