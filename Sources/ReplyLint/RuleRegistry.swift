/// Every rule the linter runs, in the order they are listed by `--list-rules`.
public enum RuleRegistry {
    /// The catalog rules. Tone rules come from the locale packs at run time.
    static let rules: [any Rule] = [
        CatalogProblemRule(),
        ObsoleteBlockRule(),
        DataModelRule(),
        UnknownFunctionRule(),
        UnknownMarkupRule(),
        UndeclaredVariableRule(),
        UnusedInputRule(),
        TypeMisuseRule(),
        MissingTranslationRule(),
        StaleTranslationRule(),
        PlaceholderParityRule(),
        MarkupParityRule(),
        PluralCompletenessRule(),
        PluralOneWithoutNumberRule(),
        UnknownVariantKeyRule(),
        EmptySourceBlockRule(),
        EmptyTranslationRule(),
        UnchangedTranslationRule(),
        WhitespaceRule(),
        UnreachableBlockRule(), AlwaysTrueConditionRule(),
    ]

    /// Rules about the linter's own configuration and suppressions (always present).
    public static let meta: [RuleDescription] = [
        RuleDescription(
            id: "suppression-without-reason", severity: .error,
            summary: "A '#: lint-disable' annotation must say why the rule does not apply."),
        RuleDescription(
            id: "unused-suppression", severity: .warning,
            summary: "A '#: lint-disable' annotation suppresses nothing in its block; remove it."),
        RuleDescription(
            id: "suppression-unknown-rule", severity: .error,
            summary: "A '#: lint-disable' annotation must name a rule that exists (see --list-rules)."),
        RuleDescription(id: "lint-config", severity: .error, summary: "The manifest's lint: map names an unknown rule or level."),
    ]

    /// Descriptions of all fixed rules.
    public static var descriptions: [RuleDescription] {
        rules.map(RuleDescription.init) + meta
    }
}
