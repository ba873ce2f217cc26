import Testing

@testable import Intl

@Suite struct PluralRulesTests {
    @Test(arguments: [
        ("en", PluralRules.Kind.cardinal, ["one", "other"]),
        ("de", .cardinal, ["one", "other"]),
        ("fr", .cardinal, ["one", "many", "other"]),
        ("pl", .cardinal, ["one", "few", "many", "other"]),
        ("ar", .cardinal, ["zero", "one", "two", "few", "many", "other"]),
        ("cy", .cardinal, ["zero", "one", "two", "few", "many", "other"]),
        ("ja", .cardinal, ["other"]),
        ("en", .ordinal, ["one", "two", "few", "other"]),
    ])
    func categoriesInCLDROrder(locale: String, kind: PluralRules.Kind, expected: [String]) throws {
        #expect(try PluralRules(locale: LocaleID(locale), kind: kind).categories == expected)
    }

    // Values checked with uplrules_select on ICU 72.
    @Test(arguments: [
        ("en", PluralRules.Kind.cardinal, [0, 1, 2, 1.5], ["other", "one", "other", "other"]),
        ("fr", .cardinal, [0, 1, 1.5, 2], ["one", "one", "one", "other"]),
        ("pl", .cardinal, [1, 2, 5, 22, 101, 1.5], ["one", "few", "many", "few", "many", "other"]),
        ("ar", .cardinal, [0, 1, 2, 3, 11, 101], ["zero", "one", "two", "few", "many", "other"]),
        ("ja", .cardinal, [0, 1, 2], ["other", "other", "other"]),
        ("en", .ordinal, [1, 2, 3, 5, 11, 22, 101], ["one", "two", "few", "other", "other", "two", "one"]),
    ])
    func select(locale: String, kind: PluralRules.Kind, numbers: [Double], expected: [String]) throws {
        let rules = try PluralRules(locale: LocaleID(locale), kind: kind)
        #expect(numbers.map(rules.select) == expected)
        #expect(numbers.map { rules.category(of: $0).rawValue } == expected)
    }

    @Test func cachedIsSharedPerLocaleAndKind() throws {
        let cardinal = try PluralRules.cached(locale: LocaleID("pl"), kind: .cardinal)
        #expect(try PluralRules.cached(locale: LocaleID("pl"), kind: .cardinal) === cardinal)
        #expect(try PluralRules.cached(locale: LocaleID("pl"), kind: .ordinal) !== cardinal)
    }

    @Test func unknownLanguageUsesRootRules() throws {
        #expect(try PluralRules(locale: LocaleID("xx"), kind: .cardinal).categories == ["other"])
    }
}
