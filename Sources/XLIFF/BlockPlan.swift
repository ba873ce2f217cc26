import CatalogFiles
import Intl
import MessageFormatSyntax

/// How one block of a template is laid out in XLIFF for one target locale: one unit for a block
/// that is a single pattern; for a `.match`, one unit per variant the target language needs
/// (every plural category of the target locale for a selector on a number).
///
/// Export and import build the same plan from the same catalog, so a unit id read back from a
/// translation tool is looked up here, never parsed into keys.
struct BlockPlan {
    /// A variant key of a unit: `*` or a literal.
    enum Key: Hashable {
        case catchAll
        case literal(String)

        init(_ key: VariantKey) {
            switch key {
            case .catchAll: self = .catchAll
            case .literal(let literal): self = .literal(literal.value)
            }
        }
    }

    /// One XLIFF unit: a whole block, or one variant of its `.match`.
    struct Unit {
        let id: String
        /// The variant keys; nil for a block that is one pattern.
        let keys: [Key]?
        /// The source text shown: the pattern, or the source variant this variant falls to.
        let source: Pattern
        /// The existing translation of this unit, if any.
        let target: Pattern?
        /// What the variant is for, for the translator (nil for a block that is one pattern).
        let note: String?
    }

    let source: Block
    let sourceMessage: Message
    /// The existing translation block when it is usable (parses, has text, and has the source's shape).
    let translation: Block?
    let translationMessage: Message?
    let units: [Unit]
    /// The selectors of the source's `.match` on a number, by position: their rules in the target locale.
    let pluralRules: [Int: PluralRules]

    /// The plan for `source` translated into `locale`; nil when the source block does not parse.
    init?(source: Block, translation: Block?, locale: String, sourceLocale: String) {
        guard let message = try? Message.parse(source.text), message.validate().isEmpty else { return nil }
        self.source = source
        sourceMessage = message
        let existing = translation.flatMap { block -> Message? in
            guard !block.text.unicodeScalars.allSatisfy(\.properties.isWhitespace),
                let parsed = try? Message.parse(block.text), parsed.validate().isEmpty, Self.sameShape(parsed, message)
            else { return nil }
            return parsed
        }
        self.translation = existing == nil ? nil : translation
        translationMessage = existing
        let targetLocale = try? LocaleID(locale)

        switch message.body {
        case .pattern(let pattern):
            var target: Pattern?
            if case .pattern(let translated)? = existing?.body { target = translated }
            units = [Unit(id: source.id, keys: nil, source: pattern, target: target, note: nil)]
            pluralRules = [:]
        case .matcher(let matcher):
            var rules: [Int: PluralRules] = [:]
            for (index, selector) in matcher.selectors.enumerated() {
                if let targetLocale, let kind = Self.pluralKind(of: selector.name, in: message),
                    let found = try? PluralRules.cached(locale: targetLocale, kind: kind)
                {
                    rules[index] = found
                }
            }
            pluralRules = rules
            var translatedMatcher: Matcher?
            if case .matcher(let translated)? = existing?.body { translatedMatcher = translated }
            let rows = Self.rows(matcher, plural: rules, translation: translatedMatcher)
            let describe = VariantNotes(
                selectors: matcher.selectors.map(\.name), plural: rules, locale: locale, sourceLocale: sourceLocale)
            units = rows.map { keys in
                let chosen = Self.bestVariant(for: keys, in: matcher.variants)
                let target = translatedMatcher?.variants.first { $0.keys.map(Key.init) == keys }?.pattern
                return Unit(
                    id: source.id + "." + UnitIDs.encode(keys), keys: keys, source: chosen.pattern, target: target,
                    note: describe.note(for: keys, source: chosen.keys.map(Key.init)))
            }
        }
    }

    /// Whether a translation has the source's shape: both one pattern, or both a `.match` on the
    /// same selectors.
    static func sameShape(_ translation: Message, _ source: Message) -> Bool {
        switch (translation.body, source.body) {
        case (.pattern, .pattern): true
        case (.matcher(let a), .matcher(let b)): a.selectors == b.selectors
        default: false
        }
    }

    /// The variants to translate: without a selector on a number, the source's; with one, every
    /// combination of the source's other keys with the source's exact numbers and the target
    /// locale's plural categories (`other` written `*`). Variants the translation has beyond
    /// these follow, so nothing it has is lost.
    static func rows(_ matcher: Matcher, plural: [Int: PluralRules], translation: Matcher?) -> [[Key]] {
        var rows: [[Key]] = []
        var seen: Set<[Key]> = []
        func add(_ keys: [Key]) { if seen.insert(keys).inserted { rows.append(keys) } }
        let sourceKeys = matcher.variants.map { $0.keys.map(Key.init) }
        if plural.isEmpty {
            sourceKeys.forEach(add)
        } else {
            let categories = ["zero", "one", "two", "few", "many", "other"]
            var perPosition: [Int: [Key]] = [:]
            for (index, rules) in plural {
                var keys: [Key] = []
                for keysOfVariant in sourceKeys {
                    if case .literal(let value) = keysOfVariant[index], !categories.contains(value),
                        !keys.contains(.literal(value))
                    {
                        keys.append(.literal(value))
                    }
                }
                keys += rules.categories.map { $0 == "other" ? .catchAll : .literal($0) }
                perPosition[index] = keys
            }
            var projections: [[Key]] = []
            for keys in sourceKeys {
                let projection = keys.indices.map { plural[$0] == nil ? keys[$0] : .catchAll }
                if !projections.contains(projection) { projections.append(projection) }
            }
            for projection in projections {
                var combinations: [[Key]] = [projection]
                for index in projection.indices {
                    guard let options = perPosition[index] else { continue }
                    combinations = combinations.flatMap { partial in
                        options.map { option in
                            var next = partial
                            next[index] = option
                            return next
                        }
                    }
                }
                for combination in combinations { add(combination) }
            }
        }
        for variant in translation?.variants ?? [] { add(variant.keys.map(Key.init)) }
        return rows
    }

    /// The source variant a row's keys fall to: every key equal or `*`, exact keys preferred from
    /// the first selector on (as MessageFormat 2 orders variants).
    static func bestVariant(for keys: [Key], in variants: [Variant]) -> Variant {
        var best: (variant: Variant, score: [Int])?
        for variant in variants where variant.keys.count == keys.count {
            var score: [Int] = []
            var matches = true
            for (key, wanted) in zip(variant.keys.map(Key.init), keys) {
                if key == wanted {
                    score.append(1)
                } else if key == .catchAll {
                    score.append(0)
                } else {
                    matches = false
                    break
                }
            }
            guard matches else { continue }
            if best.map({ $0.score.lexicographicallyPrecedes(score) }) ?? true {
                best = (variant, score)
            }
        }
        return best?.variant ?? variants[variants.count - 1]
    }

    /// Cardinal or ordinal when `name` is declared with a number function that selects by plural
    /// category (following `.local` declarations), as MessageFormat 2 selects; nil otherwise.
    static func pluralKind(of name: String, in message: Message) -> PluralRules.Kind? {
        let numberFunctions: Set<String> = ["number", "integer", "percent", "offset"]
        var functions: [FunctionRef] = []
        var current = name
        var seen: Set<String> = []
        while seen.insert(current).inserted, let declaration = message.declarations.first(where: { $0.name == current }) {
            if let function = declaration.expression.function { functions.append(function) }
            guard case .variable(let operand)? = declaration.expression.operand else { break }
            current = operand.name
        }
        guard let first = functions.first, numberFunctions.contains(first.name) else { return nil }
        for function in functions where numberFunctions.contains(function.name) {
            guard let option = function.options.first(where: { $0.name == "select" }) else { continue }
            guard case .literal(let literal) = option.value else { return nil }
            switch literal.value {
            case "plural": return .cardinal
            case "ordinal": return .ordinal
            default: return nil
            }
        }
        return .cardinal
    }
}
