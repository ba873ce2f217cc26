import ReplyLint
import Testing

// Conditions that cannot work: `unreachable-block` (an `otherwise` whose run always renders a
// block) and `always-true-condition` (`when x` on a required input), on the fixture catalog
// Fixtures/unreachable-block (templates/bad: each defect at a known place; templates/good: the
// same shapes written so that they work) and on the shipped catalog.

private enum UnreachableFixture {
    static let directory = CatalogRulesPaths.testDirectory + "/Fixtures/unreachable-block"
    static let rules: Set<String> = ["unreachable-block", "always-true-condition"]
    static let result = Linter().lint(directory: directory)
    static var findings: [Finding] { result.findings.filter { rules.contains($0.rule) } }

    static let evidence = "templates/bad/evidence-request.reply"
    static let greeting = "templates/bad/required-greeting.reply"
    static let remedy = "templates/bad/remedy-choice.reply"
    static let items = "templates/bad/items-listed.reply"

    /// Every finding in templates/bad, at the `otherwise` or `when` of its block line.
    static let expected: [Expected] = [
        Expected("unreachable-block", evidence, 28, 14),  // [send-reply] after all four issue blocks
        Expected("always-true-condition", greeting, 9, 12),  // when customer.name, a required string
        Expected("unreachable-block", greeting, 12, 22),  // [greeting-anonymous] after it
        Expected("unreachable-block", remedy, 15, 15),  // refund and replacement both have a block
        Expected("unreachable-block", remedy, 24, 18),  // return.needed = true and = false
        Expected("always-true-condition", items, 8, 9),  // when order.items, a required list
        Expected("always-true-condition", items, 11, 15),  // its count, never 0
    ]

    static func finding(_ rule: String, _ file: String, _ line: Int) throws -> Finding {
        try #require(findings.first { $0.rule == rule && $0.file == file && $0.line == line })
    }
}

@Suite("Catalog rules: conditions that cannot work")
struct UnreachableBlockRuleTests {
    @Test("each defect is found at its file, line and column, and nothing else")
    func findingsInTheFixture() {
        #expect(UnreachableFixture.findings.map(Expected.init).sorted() == UnreachableFixture.expected.sorted())
    }

    @Test(
        "templates written so that every block can render have no findings",
        arguments: ["evidence-request", "partial-cover", "optional-inputs", "separated-runs"])
    func goodTemplates(_ name: String) {
        let file = "templates/good/\(name).reply"
        #expect(UnreachableFixture.result.sources.keys.contains(file))
        #expect(UnreachableFixture.findings.filter { $0.file == file }.isEmpty)
    }

    @Test("the fixture has no other problems that could hide these")
    func fixtureIsOtherwiseClean() {
        let others = UnreachableFixture.result.findings.filter { !UnreachableFixture.rules.contains($0.rule) }
        #expect(others.isEmpty, "\(others.map(\.description).joined(separator: "\n"))")
    }

    @Test("an otherwise after every value of an enumeration names the blocks and says what to move")
    func enumerationCovered() throws {
        let finding = try UnreachableFixture.finding("unreachable-block", UnreachableFixture.evidence, 28)
        #expect(finding.severity == .error)
        #expect(finding.block == "send-reply")
        #expect(
            finding.message
                == "'[send-reply]' never renders: the run before it always renders a block, because '[show-damage]', "
                + "'[show-defect]', '[show-wrong-item]' and '[show-missing-item]' cover every value of the required input 'issue'"
        )
        #expect(
            finding.fix
                == "move '[send-upload]' and '[send-reply]' before '[show-damage]', or put an unconditional block between "
                + "'[show-missing-item]' and '[send-upload]', so that 'otherwise' closes only '[send-upload]'")
    }

    @Test("an otherwise after 'when' on a required input, and that 'when'")
    func requiredInput() throws {
        let otherwise = try UnreachableFixture.finding("unreachable-block", UnreachableFixture.greeting, 12)
        #expect(
            otherwise.message
                == "'[greeting-anonymous]' never renders: the run before it always renders a block, because '[greeting]' "
                + "is conditional on 'customer.name', a required input that every case gives")
        #expect(
            otherwise.fix
                == "remove '[greeting-anonymous]', or make 'customer.name' optional ('customer.name: string?') if a case may leave it out"
        )

        let when = try UnreachableFixture.finding("always-true-condition", UnreachableFixture.greeting, 9)
        #expect(when.severity == .warning)
        #expect(when.block == "greeting")
        #expect(
            when.message
                == "'[greeting]' always renders: 'customer.name' is a required input that every case gives, so 'when customer.name' is always true"
        )
        #expect(
            when.fix
                == "remove 'when customer.name' from the block line, or make 'customer.name' optional ('customer.name: string?') if a case may leave it out"
        )
    }

    @Test("a required boolean covered by '= true' and '= false'; an enumeration with nothing after it")
    func booleanAndBareEnumeration() throws {
        let boolean = try UnreachableFixture.finding("unreachable-block", UnreachableFixture.remedy, 24)
        #expect(
            boolean.message
                == "'[return-unknown]' never renders: the run before it always renders a block, because '[return-label]' "
                + "and '[keep-item]' cover both values (true, false) of the required input 'return.needed'")
        #expect(
            boolean.fix
                == "remove '[return-unknown]', or make 'return.needed' optional ('return.needed: boolean?') if a case may leave it out"
        )

        let enumeration = try UnreachableFixture.finding("unreachable-block", UnreachableFixture.remedy, 15)
        #expect(
            enumeration.fix
                == "remove '[remedy-none]', or make 'remedy' optional ('remedy: refund | replacement?') if a case may leave it out"
        )
    }

    @Test("'when' on a required list's count names the list")
    func listCount() throws {
        let count = try UnreachableFixture.finding("always-true-condition", UnreachableFixture.items, 11)
        #expect(
            count.message
                == "'[items-count]' always renders: 'order.items' is a required input that every case gives, so 'when order.items.count' is always true"
        )
        #expect(count.fix?.contains("make 'order.items' optional ('order.items: list?')") == true)
    }

    /// The compiler already rejects a value that is not one of the enumeration's: `catalog-syntax`
    /// reports it at the value, and the run is not taken as covering every value.
    @Test("an unknown enumeration value is a catalog-syntax error at the value")
    func unknownValue() {
        let catalog = MemoryCatalog(
            source: [
                ("show-damage when issue = damaged", "Please show the damage."),
                ("show-defect when issue = defect", "Please show the defect."),
                ("show-anything otherwise", "Please show us what you received."),
            ],
            inputs: ["issue: damage | defect"])
        let findings = Linter().lint(files: catalog.files).findings
        let syntax = findings.filter { $0.rule == "catalog-syntax" }
        #expect(syntax.map(Expected.init) == [Expected("catalog-syntax", MemoryCatalog.templatePath, 8, 28)])
        #expect(syntax.first?.message.contains("'damaged' is not one of issue's values") == true)
        #expect(!findings.contains { UnreachableFixture.rules.contains($0.rule) })
    }

    @Test("the rules are listed with their levels", arguments: ["unreachable-block=error", "always-true-condition=warning"])
    func listed(_ entry: String) {
        let parts = entry.split(separator: "=").map(String.init)
        let rule = Linter.rules(files: [:]).first { $0.id == parts[0] }
        #expect(rule?.severity.rawValue == parts[1])
        #expect(rule.map { !$0.summary.isEmpty && !$0.summary.contains("\n") } == true)
    }

    @Test("the shipped catalog has no condition that cannot work")
    func shippedCatalog() {
        let result = Linter().lint(directory: CatalogRulesPaths.repositoryRoot)
        let findings = result.findings.filter { UnreachableFixture.rules.contains($0.rule) }
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
        #expect(result.sources.keys.contains("templates/follow-up/evidence-request.reply"))
    }
}
