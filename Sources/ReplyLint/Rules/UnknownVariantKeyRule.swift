import CatalogFiles
import Intl
import MessageFormat
import MessageFormatSyntax

/// A variant key that no value of its number selector can ever match: neither a plural category
/// of the file's locale (cardinal, or ordinal with `select=ordinal`; from ICU), nor a number,
/// nor `*`. `fee {{…}}` for `few` is never chosen, and the numbers it was written for fall to
/// `*`. With `select=exact` only numbers match, so a category key is never chosen either.
///
/// Only selectors declared with a function that selects by plural category (`:number`,
/// `:integer`, `:percent`, `:offset`); a `:string` selector matches any key. A `select` option
/// chosen at run time is not checked. Reported at the key, in source templates and translations.
struct UnknownVariantKeyRule: Rule {
    let id = "unknown-variant-key"
    let defaultSeverity = Severity.error
    let summary =
        "A number selector's variant key must be a plural category of the locale, a number or '*'; any other key never matches."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for located in context.allBlocks where located.block.parses {
            guard case .matcher(let matcher) = located.block.message.body else { continue }
            let declarations = Declarations(located.block.message)
            for (index, selector) in matcher.selectors.enumerated() {
                let plural = PluralSelection.rules(for: selector.name, in: declarations, locale: located.locale)
                let exact = PluralSelection.selectsExactly(selector.name, in: declarations)
                guard plural != nil || exact else { continue }
                for variant in matcher.variants where index < variant.keys.count {
                    guard case .literal(let key) = variant.keys[index], !NumberLiteral.isValid(key.value) else { continue }
                    let location = context.location(located, offset: key.range.start)
                    guard let (rules, kind) = plural else {
                        report.add(
                            location,
                            "variant key '\(key.value)' of $\(selector.name) never matches: with select=exact only a number or '*' can",
                            fix: "write the number, as in '1', or drop select=exact to select by plural category")
                        continue
                    }
                    let categories = rules.categories
                    guard !categories.contains(key.value) else { continue }
                    let what = kind == .ordinal ? "an ordinal category" : "a plural category"
                    let closest = Naming.closest(to: key.value, among: categories)
                    let hint = closest.map { " (did you mean '\($0)'?)" } ?? ""
                    report.add(
                        location,
                        "variant key '\(key.value)' of $\(selector.name) is neither \(what) of \(located.locale) (\(categories.joined(separator: ", "))), a number nor '*'\(hint)",
                        fix: closest.map { "write '\($0)'" }
                            ?? "use one of \(categories.joined(separator: ", ")), a number (as in '0') or '*'")
                }
            }
        }
    }
}

extension PluralSelection {
    /// Whether a selector declared with a number function selects by exact value
    /// (`select=exact`, written as a literal).
    static func selectsExactly(_ selector: String, in declarations: Declarations) -> Bool {
        let functions = declarations.annotations(of: selector)
        guard let first = functions.first, numberFunctions.contains(first.name) else { return false }
        for function in functions where numberFunctions.contains(function.name) {
            if let option = function.options.first(where: { $0.name == "select" }) {
                guard case .literal(let literal) = option.value else { return false }
                return literal.value == "exact"
            }
        }
        return false
    }
}
