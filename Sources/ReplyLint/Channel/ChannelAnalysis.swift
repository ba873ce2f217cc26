import CatalogFiles
import MessageFormatSyntax

/// Runs channel pack entries over the templates that name the pack's channel.
struct ChannelAnalysis {
    let context: LintContext
    let documents: [ToneDocument]
    let tonePacks: TonePacks
    /// The example replies, rendered when a length entry first needs them.
    var replies: ChannelReplies

    init(_ context: LintContext, documents: [ToneDocument], tonePacks: TonePacks) {
        self.context = context
        self.documents = documents
        self.tonePacks = tonePacks
        replies = ChannelReplies(context)
    }

    /// What `entry` of `pack` finds.
    mutating func findings(_ pack: ChannelPack, _ entry: ChannelRuleEntry) -> [ChannelFinding] {
        let channel = pack.channel
        let templates = context.files.templates.filter { $0.channels.contains(channel) }
        guard !templates.isEmpty else { return [] }
        let ids = Set(templates.map(\.id))
        let documents = documents.filter { ids.contains($0.templateID) }
        let platform = pack.name ?? channel
        switch entry.check {
        case .links(let allow):
            return documents.flatMap { links($0, allow: allow, platform: platform) }
        case .emailAddresses:
            return scan(documents, ChannelTextScan.emailAddresses) {
                (
                    "'\($0)' is an e-mail address, which \(platform) messages must not contain",
                    "remove it; the customer replies through \(platform)"
                )
            }
        case .phoneNumbers:
            return scan(documents, ChannelTextScan.phoneNumbers) {
                (
                    "'\($0)' is a phone number, which \(platform) messages must not contain",
                    "remove it; the customer replies through \(platform)"
                )
            }
        case .emoji:
            return scan(documents, ChannelTextScan.emoji) {
                ("'\($0)' is an emoji, which \(platform) messages must not contain", "remove it")
            }
        case .images:
            return documents.flatMap { document in
                markups(document).compactMap { block, markup -> ChannelFinding? in
                    guard ["img", "image"].contains(markup.name), markup.kind != .close else { return nil }
                    return finding(
                        document, block: block, offset: markup.range.start,
                        "image markup {#\(markup.name)}: \(platform) messages must not contain images", fix: "remove it")
                }
            }
        case .phrases(let list):
            return documents.flatMap { document -> [ChannelFinding] in
                guard let tokens = phrases(list, locale: document.locale) else { return [] }
                var text = ToneDocumentText(document)
                return text.matches(tokens).map { run, match in
                    ChannelFinding(
                        location: document.location(context, run, offset: match.start),
                        message: "'\(run.text(match.start, match.end))': \(entry.description)",
                        fix: "remove or reword it for \(platform)", locale: nil)
                }
            }
        case .reviewRequests(let max, let list):
            return documents.flatMap { reviewRequests($0, max: max, list: list, platform: platform) }
        case .length:
            return replies.lengthFindings(templates, pack: pack, entry: entry)
        case .translated:
            return templates.flatMap { translated($0, channel: channel, platform: platform) }
        }
    }

    /// The compiled phrases of `list` for text written in `locale` (its own list, else that of
    /// the tag with its last subtag removed…), or nil when there are none.
    private func phrases(_ list: ChannelRuleEntry.PhraseList, locale: String) -> ToneTokenSet? {
        switch list {
        case .byLocale(let map):
            guard let phrases = TonePacks.chain(locale).lazy.compactMap({ map[$0] }).first else { return nil }
            return ToneTokenSet(phrases, caseSensitive: false)
        case .tonePack(let name):
            let pack = tonePacks.pack(for: locale)
            return name == "incentives" ? pack?.incentives : pack?.reviewChanges
        }
    }

    private func scan(
        _ documents: [ToneDocument], _ find: (String) -> [Range<Int>], _ say: (String) -> (String, String)
    ) -> [ChannelFinding] {
        var findings: [ChannelFinding] = []
        for document in documents {
            for run in document.runs {
                for range in find(run.run.text) {
                    let (message, fix) = say(run.text(range.lowerBound, range.upperBound))
                    findings.append(
                        ChannelFinding(
                            location: document.location(context, run, offset: range.lowerBound), message: message, fix: fix,
                            locale: nil))
                }
            }
        }
        return findings
    }

    /// Links written in the text, and `{#link}` markup, to a host or placeholder not allowed.
    private func links(_ document: ToneDocument, allow: [String], platform: String) -> [ChannelFinding] {
        let hosts = allow.filter { !$0.hasPrefix("$") }
        let fix = "remove the link, or (if the task needs it) allow its host or placeholder in the channel pack"
        var findings: [ChannelFinding] = []
        for run in document.runs {
            for link in ChannelTextScan.links(in: run.run.text) where !ChannelTextScan.isAllowed(host: link.host, hosts) {
                findings.append(
                    ChannelFinding(
                        location: document.location(context, run, offset: link.range.lowerBound),
                        message:
                            "a link to \(link.host) ('\(run.text(link.range.lowerBound, link.range.upperBound))'): \(platform) messages may only link where the task needs",
                        fix: fix, locale: nil))
            }
        }
        for (block, markup) in markups(document) where markup.name == "link" && markup.kind != .close {
            let href = markup.options.first { $0.name == "href" }?.value
            let target: String
            switch href {
            case .variable(let variable)?:
                if allow.contains("$" + variable.name) { continue }
                target = "$" + variable.name
            case .literal(let literal)?:
                let host = ChannelTextScan.links(in: literal.value).first?.host ?? literal.value
                if ChannelTextScan.isAllowed(host: host, hosts) { continue }
                target = literal.value
            case nil:
                continue
            }
            findings.append(
                finding(
                    document, block: block, offset: markup.range.start,
                    "a link to \(target): \(platform) messages may only link where the task needs", fix: fix))
        }
        return findings
    }

    /// More than `max` review requests in one reply: the variant of each block with the most
    /// requests is counted (a reply shows one variant of each block), and conditional blocks are
    /// all counted, whichever a case shows.
    private func reviewRequests(
        _ document: ToneDocument, max: Int, list: ChannelRuleEntry.PhraseList, platform: String
    ) -> [ChannelFinding] {
        guard let tokens = phrases(list, locale: document.locale) else { return [] }
        var text = ToneDocumentText(document)
        let matches = text.matches(tokens)
        var counted: [(run: ToneRun, match: ToneMatch)] = []
        for block in document.blocks.indices {
            let inBlock = matches.filter { $0.run.block == block }
            let variants = Dictionary(grouping: inBlock, by: \.run.variant)
            if let most = variants.values.max(by: { $0.count < $1.count }) { counted += most }
        }
        return counted.dropFirst(max).map { run, match in
            ChannelFinding(
                location: document.location(context, run, offset: match.start),
                message:
                    "'\(run.text(match.start, match.end))' asks for a review again: \(platform) allows at most \(max) review request\(max == 1 ? "" : "s") per order",
                fix: "keep one request and remove the others", locale: nil)
        }
    }

    /// A template on the channel with a target locale it is not (fully) translated into.
    private func translated(_ template: TemplateFile, channel: String, platform: String) -> [ChannelFinding] {
        let position = template.headerPositions[channel] ?? HeaderPosition(line: 1, column: 1)
        let location = LintLocation(file: template.file, line: position.line, column: position.column)
        return context.files.manifest.targetLocales.compactMap { tag in
            let done = Set(context.translation(of: template.id, locale: tag)?.blocks.map(\.id) ?? [])
            let missing = template.blocks.map(\.id).filter { !done.contains($0) }
            guard !missing.isEmpty else { return nil }
            let what =
                missing.count == template.blocks.count
                ? "has no '\(tag)' translation"
                : "has no '\(tag)' translation of \(missing.map { "[\($0)]" }.joined(separator: ", "))"
            return ChannelFinding(
                location: location,
                message:
                    "\(template.id) \(what), so \(tag) customers would get it in another language; \(platform) replies must be in the buyer's language",
                fix: "translate it into \(tag) (locales/\(tag)/\(template.id).reply), or remove \(channel) from its channels",
                locale: tag)
        }
    }

    /// Every markup placeholder of every variant of every block, with its block's index.
    private func markups(_ document: ToneDocument) -> [(block: Int, markup: Markup)] {
        document.blocks.enumerated().flatMap { index, block in
            block.message.patterns.flatMap { pattern in
                pattern.parts.compactMap { part -> (Int, Markup)? in
                    if case .markup(let markup) = part { return (index, markup) }
                    return nil
                }
            }
        }
    }

    private func finding(_ document: ToneDocument, block: Int, offset: Int, _ message: String, fix: String) -> ChannelFinding {
        ChannelFinding(
            location: context.location(
                in: document.blocks[block], offset: offset, file: document.file, fileText: document.fileText),
            message: message, fix: fix, locale: nil)
    }
}
