import CatalogFiles
import Intl
import MessageFormatSyntax

/// A `.match` on a number (a selector declared with `:number`, `:integer`, `:percent` or
/// `:offset`) that has no variant for one of its locale's CLDR plural categories (cardinal, or
/// ordinal with `select=ordinal`; from ICU): such numbers fall to `*`, which is written for
/// `other` (a Polish "5 paczki" instead of "5 paczek"). `other` itself is covered by `*`.
///
/// Checked in translations for their locale and in source templates for the source locale;
/// reported at the selector, once per selector, naming every missing category.
struct PluralCompletenessRule: Rule {
    let id = "plural-completeness"
    let defaultSeverity = Severity.error
    let summary =
        "A .match on a number needs a variant for each plural category of the locale (one, few, many…); the rest fall to '*'."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for located in context.allBlocks {
            guard case .matcher(let matcher) = located.block.message.body else { continue }
            let declarations = Declarations(located.block.message)
            for (index, selector) in matcher.selectors.enumerated() {
                guard
                    let (rules, pluralKind) = PluralSelection.rules(
                        for: selector.name, in: declarations, locale: located.locale)
                else { continue }
                let keys = Set(
                    matcher.variants.compactMap { variant -> String? in
                        guard index < variant.keys.count, case .literal(let literal) = variant.keys[index] else { return nil }
                        return literal.value
                    })
                let missing = rules.categories.filter { $0 != "other" && !keys.contains($0) }
                guard !missing.isEmpty else { continue }
                let kind = pluralKind == .ordinal ? "ordinal" : "plural"
                let noun = missing.count == 1 ? "category" : "categories"
                let quoted = missing.map { "'\($0)'" }.joined(separator: ", ")
                report.add(
                    context.location(located, offset: selector.range.start),
                    "$\(selector.name) has no variant for the \(located.locale) \(kind) \(noun) \(quoted) (\(located.locale) uses \(rules.categories.joined(separator: ", ")))",
                    fix: "add " + missing.map { "'\($0) {{…}}'" }.joined(separator: ", "))
            }
        }
    }
}

/// A `one` variant that does not show the number, in a locale where `one` is not just 1 (in
/// Russian and Ukrainian it also covers 21, 31, 101…; in English ordinals, 21st and 31st): "your
/// parcel" reads fine for 1 and wrong for 21. Which locales, from ICU's rules: those where some
/// whole number from 2 to 1000 selects `one`.
///
/// Reported at the `one` key, in source templates and translations.
struct PluralOneWithoutNumberRule: Rule {
    let id = "plural-one-without-number"
    let defaultSeverity = Severity.warning
    let summary = "A 'one' variant must show the number where 'one' also covers 21, 31… (Russian, Ukrainian, English ordinals)."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        // Asking ICU about 999 numbers is done once per locale and kind, not once per block.
        var othersByRules: [ObjectIdentifier: [Int]] = [:]
        for located in context.allBlocks {
            let message = located.block.message
            guard case .matcher(let matcher) = message.body else { continue }
            let declarations = Declarations(message)
            for (index, selector) in matcher.selectors.enumerated() {
                guard
                    let (rules, pluralKind) = PluralSelection.rules(
                        for: selector.name, in: declarations, locale: located.locale)
                else { continue }
                let others =
                    othersByRules[ObjectIdentifier(rules)]
                    ?? {
                        let computed = PluralSelection.otherNumbersInOne(rules)
                        othersByRules[ObjectIdentifier(rules)] = computed
                        return computed
                    }()
                guard !others.isEmpty else { continue }
                let shown = declarations.equivalents(of: selector.name)
                for variant in matcher.variants where index < variant.keys.count {
                    guard case .literal(let key) = variant.keys[index], key.value == "one",
                        variant.pattern.shownVariables.isDisjoint(with: shown)
                    else { continue }
                    let kind = pluralKind == .ordinal ? "ordinal " : ""
                    let examples = others.prefix(4).map(String.init).joined(separator: ", ")
                    report.add(
                        context.location(located, offset: key.range.start),
                        "the 'one' variant does not show $\(selector.name), but in \(located.locale) \(kind)'one' also covers \(examples)…",
                        fix: "show the number, as in '{$\(selector.name)}'")
                }
            }
        }
    }
}

extension Pattern {
    /// The names of the variables this pattern's placeholders show (their operands).
    var shownVariables: Set<String> {
        Set(
            parts.compactMap { part in
                if case .expression(let expression) = part, case .variable(let variable)? = expression.operand {
                    return variable.name
                }
                return nil
            })
    }
}
