import ReplyLint
import Testing

/// `Linter.rules`: the rules a lint runs, read from the registry and the tone packs, not from a
/// lint of the catalog.
@Suite struct RuleListingTests {
    @Test func aDirectorysRulesAreTheRulesItsLintRuns() {
        let root = CatalogRulesPaths.repositoryRoot
        let listed = Linter.rules(directory: root)
        #expect(listed == Linter().lint(directory: root).rules)
        #expect(listed.contains { $0.id == "tone/apology" })
        #expect(listed.contains { $0.id == "plural-completeness" && $0.severity == .error })
    }

    @Test func inMemoryRulesAreTheRulesItsLintRuns() {
        let files = ToneFixture.files(ToneFixture.directory)
        #expect(Linter.rules(files: files) == Linter().lint(files: files).rules)
    }

    /// Without a manifest there are no packs to read: the fixed rules alone.
    @Test func withoutAManifestTheFixedRules() {
        let ids = Linter.rules(files: [:]).map(\.id)
        #expect(ids.contains("undeclared-variable"))
        #expect(ids.contains("lint-config"))
        #expect(!ids.contains { $0.hasPrefix("tone") })
    }
}
