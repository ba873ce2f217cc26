/// Tone rules built from the locale packs (`locales/<tag>/tone.yaml`, and the source locale's).
enum ToneRules {
    /// One rule per pack entry, ids `tone/<entry id>`.
    static func rules(for context: LintContext) -> [any Rule] {
        []
    }
}
