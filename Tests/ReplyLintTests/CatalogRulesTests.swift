import ReplyLint
import Testing

// The catalog rules, run through `Linter` on a fixture catalog with a known defect per rule
// (Fixtures/catalog-rules), on in-memory catalogs, and on the repository's shipped catalog.

/// The directory of this file, the fixture catalog, and the repository root (three levels up).
enum CatalogRulesPaths {
    static let testDirectory = String(
        #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/"))
    static let fixture = testDirectory + "/Fixtures/catalog-rules"
    static let repositoryRoot = String(
        #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/"))
}

/// The rules written for the catalog, with their default levels.
let catalogRules: [(id: String, severity: Severity)] = [
    ("catalog-syntax", .error),
    ("obsolete-block", .warning),
    ("mf2-data-model", .error),
    ("unknown-function", .error),
    ("undeclared-variable", .error),
    ("unused-input", .warning),
    ("type-misuse", .error),
    ("missing-translation", .warning),
    ("stale-translation", .warning),
    ("placeholder-parity", .error),
    ("markup-parity", .warning),
    ("plural-completeness", .error),
    ("plural-one-without-number", .warning),
    ("empty-translation", .error),
    ("unchanged-translation", .warning),
    ("whitespace", .warning),
    ("unknown-variant-key", .error),
    ("unknown-markup", .warning),
    ("empty-source-block", .error),
]
let catalogRuleIDs = Set(catalogRules.map(\.id))

/// Where a finding is expected: rule, file, line, column.
struct Expected: Hashable, Sendable, Comparable, CustomTestStringConvertible {
    var rule: String
    var file: String
    var line: Int
    var column: Int

    init(_ rule: String, _ file: String, _ line: Int, _ column: Int) {
        self.rule = rule
        self.file = file
        self.line = line
        self.column = column
    }

    init(_ finding: Finding) { self.init(finding.rule, finding.file, finding.line, finding.column) }

    static func < (a: Expected, b: Expected) -> Bool {
        (a.file, a.line, a.column, a.rule) < (b.file, b.line, b.column, b.rule)
    }

    var testDescription: String { "\(rule) at \(file):\(line):\(column)" }
}

private let shipped = "templates/order/shipped.reply"
private let storeCredit = "templates/remedy/store-credit.reply"
private let deShipped = "locales/de/order/shipped.reply"
private let plShipped = "locales/pl/order/shipped.reply"
private let arStoreCredit = "locales/ar/remedy/store-credit.reply"
private let notice = "templates/order/notice.reply"
private let plNotice = "locales/pl/order/notice.reply"

/// Every finding of the catalog rules in the fixture: each seeded defect, where it is.
let fixtureFindings: [Expected] = [
    // templates/order/shipped.reply
    Expected("missing-translation", shipped, 1, 1),  // no ar translation
    Expected("unused-input", shipped, 13, 3),  // gift.wrap: boolean, never used
    Expected("plural-one-without-number", shipped, 39, 1),  // ordinal 'one' ("first") also covers 21st
    // templates/remedy/store-credit.reply
    Expected("missing-translation", storeCredit, 1, 1),  // no de translation
    Expected("missing-translation", storeCredit, 1, 1),  // no pl translation
    Expected("undeclared-variable", storeCredit, 15, 7),  // $customer.nam
    Expected("type-misuse", storeCredit, 21, 24),  // :currency on credit: string
    Expected("whitespace", storeCredit, 21, 53),  // "to  your"
    Expected("plural-completeness", storeCredit, 25, 8),  // en: no 'one'
    Expected("whitespace", storeCredit, 33, 1),  // "  The Customer Service Team"
    // locales/de/order/shipped.reply
    Expected("stale-translation", deShipped, 1, 11),  // @1f2e3d4c is an old version
    Expected("placeholder-parity", deShipped, 17, 18),  // $order.id instead of $delivery
    Expected("markup-parity", deShipped, 20, 99),  // {#b}…{/b} added
    // locales/pl/order/shipped.reply
    Expected("unchanged-translation", plShipped, 1, 1),  // the English subject copied
    Expected("whitespace", plShipped, 5, 12),  // "Dzień dobry  {$customer.name}"
    Expected("empty-translation", plShipped, 7, 1),  // [greeting-anonymous] with no text
    Expected("plural-completeness", plShipped, 11, 8),  // pl: no 'many'
    Expected("placeholder-parity", plShipped, 17, 1),  // $delivery left out
    Expected("missing-translation", plShipped, 19, 1),  // [tracking] missing before [loyalty]
    // locales/ar/remedy/store-credit.reply
    Expected("catalog-syntax", arStoreCredit, 2, 30),  // "{$order.id" not closed
    Expected("stale-translation", arStoreCredit, 4, 11),  // [greeting] without a stamp
    Expected("undeclared-variable", arStoreCredit, 5, 9),  // $customer.nam copied
    Expected("unknown-function", arStoreCredit, 11, 50),  // :curency
    Expected("mf2-data-model", arStoreCredit, 14, 8),  // .match without .input
    Expected("obsolete-block", arStoreCredit, 25, 2),  // [help] is not a source block
    Expected("missing-translation", arStoreCredit, 26, 1),  // [closing] missing at the end
    // templates/order/notice.reply
    Expected("missing-translation", notice, 1, 1),  // no de translation
    Expected("missing-translation", notice, 1, 1),  // no ar translation
    Expected("unknown-variant-key", notice, 18, 1),  // 'ones': en has one, other
    Expected("unknown-variant-key", notice, 25, 1),  // 'one' with select=exact
    Expected("unknown-markup", notice, 31, 26),  // {#u}
    Expected("unknown-markup", notice, 32, 27),  // {#small}
    Expected("empty-source-block", notice, 35, 1),  // [note] with no text
    Expected("unknown-markup", notice, 39, 19),  // {#lnk …}
    // locales/pl/order/notice.reply
    Expected("unknown-variant-key", plNotice, 9, 1),  // 'fee'
    Expected("unknown-markup", plNotice, 22, 24),  // {#u}
    Expected("unknown-markup", plNotice, 23, 19),  // {#small}
    Expected("missing-translation", plNotice, 26, 1),  // [note] (empty in the source) not translated
    Expected("unknown-markup", plNotice, 27, 25),  // {#lnk …}
]

@Suite("Catalog rules: the fixture catalog")
struct CatalogRulesFixtureTests {
    static let result = Linter().lint(directory: CatalogRulesPaths.fixture)
    static var findings: [Finding] { result.findings.filter { catalogRuleIDs.contains($0.rule) } }

    @Test("each seeded defect is found at its file, line and column", arguments: fixtureFindings)
    func firesAtItsPlace(_ expected: Expected) {
        let here = Self.findings.filter { Expected($0) == expected }
        let copies = fixtureFindings.filter { $0 == expected }.count
        #expect(here.count == copies, "found: \(Self.findings.filter { $0.file == expected.file && $0.rule == expected.rule })")
    }

    @Test("the catalog rules report nothing else")
    func nothingElse() {
        #expect(Self.findings.map(Expected.init).sorted() == fixtureFindings.sorted())
        // Nothing about the fixture's suppressions or configuration either.
        #expect(
            Self.result.findings.filter { ["unused-suppression", "suppression-without-reason", "lint-config"].contains($0.rule) }
                .isEmpty)
    }

    @Test("every catalog rule has a defect in the fixture and is registered", arguments: catalogRules.map(\.id))
    func everyRuleIsExercised(_ id: String) {
        #expect(fixtureFindings.contains { $0.rule == id })
        #expect(RuleRegistry.descriptions.contains { $0.id == id })
    }

    @Test("findings carry the rule's default level", arguments: catalogRules.map { "\($0.id)=\($0.severity.rawValue)" })
    func severities(_ entry: String) throws {
        let parts = entry.split(separator: "=").map(String.init)
        let severity = try #require(Severity(rawValue: parts[1]))
        let rule = try #require(RuleRegistry.descriptions.first { $0.id == parts[0] })
        #expect(rule.severity == severity)
        #expect(!rule.summary.isEmpty && !rule.summary.contains("\n"))
        for finding in Self.findings where finding.rule == parts[0] {
            #expect(finding.severity == severity, "\(finding)")
        }
    }

    private func finding(_ rule: String, _ file: String, _ line: Int) throws -> Finding {
        try #require(Self.findings.first { $0.rule == rule && $0.file == file && $0.line == line })
    }

    @Test("messages name what is wrong and fixes say what to do")
    func messagesAndFixes() throws {
        let unknown = try finding("unknown-function", arStoreCredit, 11)
        #expect(unknown.message.contains("':curency'") && unknown.message.contains("did you mean ':currency'?"))
        #expect(unknown.fix == "write ':currency'")

        let undeclared = try finding("undeclared-variable", storeCredit, 15)
        #expect(undeclared.message.contains("$customer.nam") && undeclared.message.contains("did you mean $customer.name?"))

        let stale = try finding("stale-translation", deShipped, 1)
        #expect(stale.message.contains("@1f2e3d4c") && stale.message.contains("@ec5665c1"))
        #expect(stale.fix == "update the text to the current source, then set @ec5665c1")
        let unstamped = try finding("stale-translation", arStoreCredit, 4)
        #expect(unstamped.message.contains("no '@' stamp"))
        #expect(unstamped.fix == "update the text to the current source, then set @3ef733c5")

        let parity = try finding("placeholder-parity", deShipped, 17)
        #expect(parity.message.contains("missing $delivery") && parity.message.contains("not in the source $order.id"))
        let missingOnly = try finding("placeholder-parity", plShipped, 17)
        #expect(missingOnly.message.contains("missing $delivery") && !missingOnly.message.contains("not in the source"))

        let markup = try finding("markup-parity", deShipped, 20)
        #expect(markup.message.contains("{#b}, {/b}") && !markup.message.contains("missing"))

        let plural = try finding("plural-completeness", plShipped, 11)
        #expect(plural.message.contains("'many'") && !plural.message.contains("'few'") && !plural.message.contains("'one'"))
        let pluralSource = try finding("plural-completeness", storeCredit, 25)
        #expect(pluralSource.message.contains("'one'") && pluralSource.locale == nil)

        let one = try finding("plural-one-without-number", shipped, 39)
        #expect(one.message.contains("21") && one.fix?.contains("{$orders}") == true)

        let type = try finding("type-misuse", storeCredit, 21)
        #expect(type.message.contains("':currency'") && type.message.contains("$credit is declared as a string"))

        let unused = try finding("unused-input", shipped, 13)
        #expect(unused.message.contains("'gift.wrap'"))

        let obsolete = try finding("obsolete-block", arStoreCredit, 25)
        #expect(obsolete.block == "help" && obsolete.fix?.contains("delete '[help]'") == true)

        let dataModel = try finding("mf2-data-model", arStoreCredit, 14)
        #expect(dataModel.message.contains("missing-selector-annotation") && dataModel.block == "validity")
        let syntax = try finding("catalog-syntax", arStoreCredit, 2)
        #expect(syntax.message.contains("syntax-error"))

        let blankBlock = try finding("empty-translation", plShipped, 7)
        #expect(blankBlock.block == "greeting-anonymous")

        let key = try finding("unknown-variant-key", plNotice, 9)
        #expect(
            key.message
                == "variant key 'fee' of $items is neither a plural category of pl (one, few, many, other), a number nor '*' (did you mean 'few'?)"
        )
        #expect(key.fix == "write 'few'")
        let sourceKey = try finding("unknown-variant-key", notice, 18)
        #expect(sourceKey.message.hasSuffix("of en (one, other), a number nor '*' (did you mean 'one'?)"))
        let exact = try finding("unknown-variant-key", notice, 25)
        #expect(exact.message == "variant key 'one' of $boxes never matches: with select=exact only a number or '*' can")
        #expect(exact.fix == "write the number, as in '1', or drop select=exact to select by plural category")

        let markupName = try finding("unknown-markup", notice, 32)
        #expect(
            markupName.message == "markup {#small} is not one the renderer knows (b, br, i, link): it is left out of the reply")
        #expect(markupName.fix == "use {#b}, {#i}, {#link href=…} or {#br/}, or remove it")
        let underline = try finding("unknown-markup", notice, 31)
        #expect(underline.message.hasSuffix(" (did you mean 'b'?)"))  // one letter off: bold for underline
        #expect(underline.fix == "write {#b}")
        let mistyped = try finding("unknown-markup", notice, 39)
        #expect(mistyped.message.hasPrefix("markup {#lnk} is not one the renderer knows (b, br, i, link)"))
        #expect(mistyped.message.hasSuffix(" (did you mean 'link'?)"))
        #expect(mistyped.fix == "write {#link}")

        let empty = try finding("empty-source-block", notice, 35)
        #expect(empty.message == "block 'note' has no text: it renders as an empty paragraph")
        #expect(empty.fix == "write its text, or remove the block")
        #expect(empty.block == "note")
    }

    @Test("a suppression naming no rule is an error with a suggestion, not an unused suppression")
    func suppressionOfAnUnknownRule() throws {
        let found = Self.result.findings.filter { $0.rule == "suppression-unknown-rule" }
        #expect(found.map(Expected.init) == [Expected("suppression-unknown-rule", notice, 38, 1)])
        let finding = try #require(found.first)
        #expect(finding.severity == .error)
        #expect(
            finding.message == "'#: lint-disable plural-completness' names no rule (did you mean 'plural-completeness'?)")
        #expect(finding.fix == "write '#: lint-disable plural-completeness: …'")
        #expect(RuleRegistry.descriptions.contains { $0.id == "suppression-unknown-rule" && $0.severity == .error })
    }

    @Test("missing translations name the locale and the block")
    func missingTranslations() throws {
        let files = Self.findings.filter { $0.rule == "missing-translation" && $0.file.hasPrefix("templates/") }
        #expect(
            Set(files.map { "\($0.file) \($0.locale ?? "-")" }) == [
                "\(shipped) ar", "\(storeCredit) de", "\(storeCredit) pl", "\(notice) de", "\(notice) ar",
            ])
        #expect(files.allSatisfy { $0.message.contains("'\($0.locale ?? "")'") })
        let block = try finding("missing-translation", plShipped, 19)
        #expect(block.message.contains("'tracking'") && block.locale == "pl")
        #expect(block.fix == "add '[tracking] @8bddacfa' and its translation before '[loyalty]'")
        let atEnd = try finding("missing-translation", arStoreCredit, 26)
        #expect(atEnd.message.contains("'closing'") && atEnd.fix?.contains("at the end of the file") == true)
    }

    @Test("the locale filter keeps source-template findings about a locale only for that locale")
    func localeFilter() {
        let onlyDE = Linter(locales: ["de"]).lint(directory: CatalogRulesPaths.fixture).findings
        let missing = onlyDE.filter { $0.rule == "missing-translation" && $0.file.hasPrefix("templates/") }
        #expect(missing.map(\.locale) == ["de", "de"])
        #expect(!onlyDE.contains { $0.file.hasPrefix("locales/pl/") || $0.file.hasPrefix("locales/ar/") })
    }
}

@Suite("Catalog rules: the shipped catalog")
struct CatalogRulesShippedTests {
    @Test("the repository's catalog has no findings from the catalog rules")
    func shippedCatalogIsClean() {
        let result = Linter().lint(directory: CatalogRulesPaths.repositoryRoot)
        let findings = result.findings.filter { catalogRuleIDs.contains($0.rule) }
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
        // It really was read: the rules would otherwise have nothing to say either.
        #expect(result.sources.keys.contains("templates/apology/damaged-item.reply"))
        #expect(result.sources.keys.contains("locales/ar/apology/damaged-item.reply"))
    }
}
