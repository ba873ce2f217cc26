import CatalogFiles

/// Rules built from the catalog's channel packs (`channels/<id>.yaml`), plus the fixed rules
/// around them: `channel-pack` (the packs themselves must be valid) and `channel-example` (a
/// template on a length-limited channel needs an example case to be measured).
///
/// Each pack entry becomes the rule `channel/<channel>/<id>`, applied to every template that
/// names the channel (its source text and every translation). Findings are computed once, here,
/// and reported by their rules' `check`.
enum ChannelRules {
    /// One rule per pack entry, then the fixed rules; `tonePacks` give the phrase lists a pack
    /// entry borrows with `tone-pack:`.
    static func rules(for context: LintContext, packs: ChannelPacks, documents: [ToneDocument], tonePacks: TonePacks)
        -> [any Rule]
    {
        var analysis = ChannelAnalysis(context, documents: documents, tonePacks: tonePacks)
        var rules: [any Rule] = []
        for pack in packs.packs {
            for entry in pack.rules {
                rules.append(
                    ChannelEntryRule(
                        id: ruleID(pack, entry), defaultSeverity: Severity(entry.level), summary: entry.description,
                        findings: analysis.findings(pack, entry)))
            }
        }
        rules.append(ChannelPackRule(problems: packs.problems + packs.missing(context)))
        rules.append(ChannelExampleRule(limited: packs.limitedChannels))
        return rules
    }

    /// What ``rules(for:packs:documents:tonePacks:)`` makes of these packs, without reading any template.
    static func descriptions(_ packs: ChannelPacks) -> [RuleDescription] {
        packs.packs.flatMap { pack in
            pack.rules.map { RuleDescription(id: ruleID(pack, $0), severity: Severity($0.level), summary: $0.description) }
        } + [ChannelPackRule(problems: []), ChannelExampleRule(limited: [])].map(RuleDescription.init)
    }

    /// `channel/<channel>/<id>`.
    static func ruleID(_ pack: ChannelPack, _ entry: ChannelRuleEntry) -> String {
        "channel/\(pack.channel)/\(entry.id)"
    }
}

/// The channel packs of a catalog, read and parsed once.
struct ChannelPacks {
    /// The valid packs, by channel id.
    private(set) var packs: [ChannelPack] = []
    /// Problems in the pack files.
    private(set) var problems: [CatalogProblem] = []
    /// The channels whose pack file was read, valid or not.
    private var read: Set<String> = []

    /// Reads `channels/<id>.yaml` for each of `channels` from `files` (an in-memory catalog) or
    /// else from `directory`.
    init(channels: [String], files: [String: String], directory: String?) {
        var reader = directory.map { DirectoryReader(root: $0) }
        for channel in channels {
            let file = "channels/\(channel).yaml"
            let unread = reader?.problems.count ?? 0
            guard let text = TonePacks.read(file, files: files, reader: &reader) else {
                if let reader, reader.problems.count > unread { problems += reader.problems[unread...] }
                continue
            }
            read.insert(channel)
            let (pack, packProblems) = ChannelPack.parse(text, file: file, channel: channel)
            problems += packProblems
            if let pack { packs.append(pack) }
        }
    }

    /// The channel ids of the packs in `files` (an in-memory catalog) or in `directory`'s `channels/`.
    static func channels(files: [String: String], directory: String?) -> [String] {
        if let directory {
            var reader = DirectoryReader(root: directory)
            return reader.files(under: "channels", suffix: ".yaml", recursive: false).compactMap(ChannelPack.channel(ofPath:))
        }
        return files.keys.compactMap(ChannelPack.channel(ofPath:)).sorted()
    }

    /// A problem for each channel a template names that has no pack file in the catalog (a
    /// shipped channel, in a catalog from before packs existed): nothing checks its rules. A pack
    /// file with problems is reported for those instead.
    func missing(_ context: LintContext) -> [CatalogProblem] {
        var problems: [CatalogProblem] = []
        for template in context.files.templates {
            for channel in template.channels where !ChannelPack.plainChannels.contains(channel) && !read.contains(channel) {
                let position = template.headerPositions[channel] ?? HeaderPosition(line: 1, column: 1)
                problems.append(
                    CatalogProblem(
                        .badHeader, file: template.file, line: position.line, column: position.column,
                        "\(template.id) is sent on \(channel), but the catalog has no channels/\(channel).yaml, so none of that channel's rules is checked; add the pack ('replykit init' in an empty directory writes the shipped ones, or copy channels/\(channel).yaml from the ReplyKit repository)"
                    ))
            }
        }
        return problems
    }

    /// The channels whose pack limits a reply's length.
    var limitedChannels: [String] {
        packs.filter { $0.rules.contains { if case .length = $0.check { true } else { false } } }.map(\.channel)
    }

    /// Every length limit, by channel, in pack order.
    var limits: [ChannelLimit] {
        packs.flatMap { pack in
            pack.rules.compactMap { entry in
                guard case .length(let unit, let limit, let bodyOnly) = entry.check else { return nil }
                return ChannelLimit(
                    channel: pack.channel, platform: pack.name ?? pack.channel, unit: unit, limit: limit, bodyOnly: bodyOnly)
            }
        }
    }
}

/// A pack entry's rule (`channel/<channel>/<id>`): reports what the analysis found for it.
struct ChannelEntryRule: Rule {
    let id: String
    let defaultSeverity: Severity
    let summary: String
    let findings: [ChannelFinding]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for finding in findings { report.add(finding.location, finding.message, fix: finding.fix, locale: finding.locale) }
    }
}

/// A finding computed ahead of the rule that reports it, with the target locale it concerns.
struct ChannelFinding: Sendable {
    var location: LintLocation
    var message: String
    var fix: String?
    var locale: String?
}

/// `channel-pack`: every problem in the channel packs (YAML, keys, checks, phrases, levels).
struct ChannelPackRule: Rule {
    let id = "channel-pack"
    let defaultSeverity = Severity.error
    let summary = "The channel packs (channels/<id>.yaml) must be valid: YAML, keys, checks, phrases, levels."
    let problems: [CatalogProblem]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for problem in problems { report.add(problem.file, line: problem.line, column: problem.column, problem.message) }
    }
}

/// `channel-example`: a template on a channel whose pack limits the length of a reply must have an
/// example case, or its length cannot be measured (and the limit is not checked at all).
struct ChannelExampleRule: Rule {
    let id = "channel-example"
    let defaultSeverity = Severity.error
    let summary =
        "A template on a length-limited channel (sms, google-play…) needs an example case, or its length is never checked."
    let limited: [String]

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for template in context.files.templates where context.exampleCases[template.id] == nil {
            guard let channel = template.channels.first(where: limited.contains) else { continue }
            let position = template.headerPositions[channel] ?? HeaderPosition(line: 1, column: 1)
            let example = "examples/cases/" + template.id.replacingSlashes() + ".json"
            report.add(
                template.file, line: position.line, column: position.column,
                "\(template.id) is sent on \(channel), whose replies have a length limit, but it has no example case to measure",
                fix: "add \(example) with the case data of a typical reply")
        }
    }
}
