import CatalogFiles

/// Tone rules built from the locale packs (`locales/<tag>/tone.yaml`, for the source locale and
/// every target locale), plus the fixed rules around them: `tone-pack` (the packs themselves
/// must be valid), the kind policies `review-personal-data` and `review-incentive`, the channel
/// pack rules (``ChannelRules``) and `pseudo-length`.
///
/// Each pack entry becomes the rule `tone/<id>`; an id used in several packs is one rule, applied
/// to each locale's text with that locale's entry. Pack rules are computed once, here, and
/// reported by their rules' `check`.
enum ToneRules {
    /// One rule per pack entry id (`tone/<id>`), then the fixed rules.
    ///
    /// Packs are read from `context.catalogFiles` for an in-memory catalog, or from the catalog
    /// directory when linting one.
    static func rules(for context: LintContext) -> [any Rule] {
        rules(for: context, directory: context.catalogDirectory)
    }

    /// The same, reading a pack from `<directory>/locales/<tag>/tone.yaml` when `catalogFiles`
    /// does not hold it.
    static func rules(for context: LintContext, directory: String?) -> [any Rule] {
        let packs = TonePacks(context, directory: directory)
        let documents = ToneDocument.all(in: context)
        let analysis = TonePackAnalysis(context, documents: documents, pack: packs.pack(for:))
        let (entries, problems) = entryRules(packs)
        var rules: [any Rule] = entries.map { id, entry in
            ToneEntryRule(
                id: id, defaultSeverity: Severity(entry.level), summary: summary(of: entry),
                findings: analysis.findings[id] ?? [])
        }
        rules.append(TonePackRule(problems: problems))
        rules.append(ReviewPersonalDataRule())
        rules.append(
            ReviewIncentiveRule(findings: ReviewIncentiveRule.findings(context, documents: documents, pack: packs.pack(for:))))
        let channels = ChannelPacks(channels: context.files.channelPacks, files: context.catalogFiles, directory: directory)
        rules += ChannelRules.rules(for: context, packs: channels, documents: documents, tonePacks: packs)
        rules.append(PseudoLengthRule(limits: channels.limits))
        return rules
    }

    /// What ``rules(for:directory:)`` makes of these packs, described without reading any
    /// template: for `replykit lint --list-rules`.
    static func descriptions(_ packs: TonePacks, channels: ChannelPacks) -> [RuleDescription] {
        let fixed: [any Rule] = [
            TonePackRule(problems: []), ReviewPersonalDataRule(), ReviewIncentiveRule(findings: []),
        ]
        return entryRules(packs).entries.map { id, entry in
            RuleDescription(id: id, severity: Severity(entry.level), summary: summary(of: entry))
        } + fixed.map(RuleDescription.init) + ChannelRules.descriptions(channels)
            + [RuleDescription(PseudoLengthRule(limits: []))]
    }

    /// One entry per rule id, in pack order (source locale first), and the problems of ids whose
    /// level differs between packs (a rule has one level).
    private static func entryRules(_ packs: TonePacks) -> (
        entries: [(id: String, entry: ToneRuleEntry)], problems: [CatalogProblem]
    ) {
        var order: [String] = []
        var entries: [String: (first: CompiledToneEntry, file: String)] = [:]
        var problems = packs.problems
        for (file, pack) in packs.ordered {
            for entry in pack.entries {
                guard let (first, firstFile) = entries[entry.ruleID] else {
                    entries[entry.ruleID] = (entry, file)
                    order.append(entry.ruleID)
                    continue
                }
                if first.entry.level != entry.entry.level {
                    problems.append(
                        CatalogProblem(
                            .badManifest, file: file, line: entry.entry.levelLine, column: entry.entry.levelColumn,
                            "\(entry.ruleID) is '\(entry.entry.level.rawValue)' here but '\(first.entry.level.rawValue)' in \(firstFile); a rule has one level in every pack (change it for a catalog in replykit.yaml's lint: map)"
                        ))
                }
            }
        }
        return (order.compactMap { id in entries[id].map { (id, $0.first.entry) } }, problems)
    }

    /// A pack entry's one line: its description, or its message with the match elided.
    private static func summary(of entry: ToneRuleEntry) -> String {
        entry.description ?? entry.message.toneFilling("…")
    }
}

/// The packs of a catalog: read, parsed and compiled once.
struct TonePacks {
    /// Compiled packs by file, in the order they were read (source locale first).
    private(set) var ordered: [(file: String, pack: CompiledTonePack)] = []
    private var byLocale: [String: CompiledTonePack] = [:]
    /// Problems in the pack files.
    private(set) var problems: [CatalogProblem] = []

    /// The packs for the catalog's locales and the locales of its translations.
    init(_ context: LintContext, directory: String?) {
        self.init(
            manifest: context.files.manifest, translationLocales: context.files.translations.keys.sorted(),
            files: context.catalogFiles, directory: directory)
    }

    /// The packs for the manifest's locales and `translationLocales`, read from `files` (an
    /// in-memory catalog) or else from `directory`.
    init(manifest: Manifest, translationLocales: [String], files: [String: String], directory: String?) {
        var locales = [manifest.sourceLocale] + manifest.targetLocales
        for tag in translationLocales where !locales.contains(tag) { locales.append(tag) }
        // A file read once: absent, invalid (reported), or compiled.
        enum Loaded {
            case absent, invalid
            case pack(CompiledTonePack)
        }
        var loaded: [String: Loaded] = [:]
        var reader = directory.map { DirectoryReader(root: $0) }
        for locale in locales {
            // `de-AT` uses locales/de-AT/tone.yaml if there is one, else locales/de/tone.yaml.
            for tag in Self.chain(locale) {
                let file = "locales/\(tag)/tone.yaml"
                if loaded[file] == nil {
                    let unread = reader?.problems.count ?? 0
                    if let text = Self.read(file, files: files, reader: &reader) {
                        let (pack, packProblems) = TonePack.parse(text, file: file)
                        problems += packProblems
                        if let pack {
                            let compiled = CompiledTonePack(pack)
                            ordered.append((file, compiled))
                            loaded[file] = .pack(compiled)
                        } else {
                            loaded[file] = .invalid
                        }
                    } else if let reader, reader.problems.count > unread {
                        problems += reader.problems[unread...]  // there, but not read (a FIFO, a link out…)
                        loaded[file] = .invalid
                    } else {
                        loaded[file] = .absent
                    }
                }
                switch loaded[file]! {
                case .absent: continue
                case .invalid: break
                case .pack(let compiled): byLocale[locale] = compiled
                }
                break
            }
        }
    }

    /// The pack for text written in `locale` (a manifest tag or a translation directory).
    func pack(for locale: String) -> CompiledTonePack? { byLocale[locale] }

    /// `de-AT-1996`, `de-AT`, `de`.
    static func chain(_ tag: String) -> [String] {
        var parts = tag.split(separator: "-").map(String.init)
        var chain: [String] = []
        while !parts.isEmpty {
            chain.append(parts.joined(separator: "-"))
            parts.removeLast()
        }
        return chain
    }

    /// The pack's text: from the in-memory files, or read from the catalog directory (nil when it
    /// is absent, or not read: then the reader has the problem).
    static func read(_ file: String, files: [String: String], reader: inout DirectoryReader?) -> String? {
        if let text = files[file] ?? files["./" + file] { return text }
        guard var current = reader else { return nil }
        defer { reader = current }
        if case .missing = current.entry(file) { return nil }
        return current.read(file).map(TextFile.withLineFeeds)
    }
}

extension Severity {
    init(_ level: ToneLevel) {
        switch level {
        case .error: self = .error
        case .warning: self = .warning
        case .info: self = .info
        }
    }
}

/// A pack entry's rule (`tone/<id>`): reports what the analysis found for it.
struct ToneEntryRule: Rule {
    let id: String
    let defaultSeverity: Severity
    let summary: String
    let findings: [ToneFinding]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for finding in findings { report.add(finding.location, finding.message, fix: finding.fix) }
    }
}

/// `tone-pack`: every problem in the tone packs (YAML, keys, types, phrases, levels).
struct TonePackRule: Rule {
    let id = "tone-pack"
    let defaultSeverity = Severity.error
    let summary =
        "The tone packs (locales/<tag>/tone.yaml) must be valid: YAML, keys, rule types, phrases, one level per rule id."
    let problems: [CatalogProblem]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for problem in problems { report.add(problem.file, line: problem.line, column: problem.column, problem.message) }
    }
}
