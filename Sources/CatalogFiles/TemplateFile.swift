/// What a template is for.
public enum TemplateKind: String, Sendable, Hashable, CaseIterable {
    /// Apologising for something that went wrong.
    case apology
    /// Offering or confirming a remedy.
    case remedy
    /// Acknowledging a message or request.
    case acknowledgement
    /// Answering a public review.
    case reviewResponse = "review-response"
    /// Following up on an earlier conversation.
    case followUp = "follow-up"
}

/// A source template file.
public struct TemplateFile: Sendable {
    /// `apology/damaged-item`
    public var id: String
    /// Catalog-relative path.
    public var file: String
    /// What the template is for.
    public var kind: TemplateKind
    /// The channels it may be sent on, as written.
    public var channels: [String]
    /// One line saying when to use it.
    public var summary: String
    /// The case data it reads, in header order.
    public var inputs: [InputDeclaration]
    /// Its blocks, in file order (a block whose id repeats an earlier one is left out).
    public var blocks: [Block]
    /// The whole file text with LF line ends, whatever the file had (block offsets point into it).
    public var fileText: String
    /// `sms-segments`: the most SMS segments a reply may take (nil: the sms pack's default).
    public var smsSegments: Int? = nil
    /// Where the header writes each channel of ``channels`` and `sms-segments` (by that key).
    public var headerPositions: [String: HeaderPosition] = [:]

    /// The channels a template's header may name without a channel pack.
    public static var knownChannels: [String] { ChannelPack.plainChannels }

    /// Parses a source template; every problem found, with positions. Nil when the file cannot be used.
    ///
    /// The file cannot be used when its header is missing or does not give a valid `kind`,
    /// `channels` and `summary`; other problems are reported and leave the rest in place.
    /// `channels` are the channel ids the header may name: the plain ones and those with a pack.
    public static func parse(
        _ text: String, file: String, id: String, channels: [String] = ChannelPack.plainChannels
    ) -> (TemplateFile?, [CatalogProblem]) {
        let parsed = TemplateParse(text, file: file, id: id, channels: channels)
        return (parsed.template, parsed.problems)
    }
}

/// A 1-based line and column (in Unicode scalars) in a template's header.
public struct HeaderPosition: Sendable, Hashable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// A position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A parsed source template, with its blocks kept even when the header is unusable (so that
/// translations can still be checked against them).
struct TemplateParse {
    var template: TemplateFile?
    var blocks: [Block]
    var problems: [CatalogProblem]

    init(_ text: String, file: String, id: String, channels: [String] = ChannelPack.plainChannels) {
        let source = SourceText(text)
        var log = ProblemLog(file: file)
        var header = Header.empty
        var bodyStart = 0
        var headerFound = false

        if Self.isDashes(source, 0) {
            headerFound = true
            let opening = Position(line: 1, column: 1)
            let close = (1..<max(1, source.lines.count)).first { Self.isDashes(source, $0) }
            if close == nil {
                log.add(
                    .badHeader, at: opening,
                    "the header opened on line 1 has no closing '---' line; add '---' after the header's last line")
            }
            // Without a closing line, the header runs up to the first block line.
            let end = close ?? (1..<max(1, source.lines.count)).first { Self.isBlockLine(source, $0) } ?? source.lines.count
            let startOffset = source.lines.count > 1 ? source.lines[1].start : source.bytes.count
            let endOffset = end < source.lines.count ? source.lines[end].start : source.bytes.count
            let region = YAMLRegion(
                source: source, range: startOffset..<max(startOffset, endOffset), code: .badHeader, what: "header")
            header = Header(region, opening: opening, channels: channels, &log)
            bodyStart = close.map { $0 + 1 } ?? end
        } else {
            log.add(
                .badHeader, line: 1, column: 1,
                "a source template starts with a YAML header between two '---' lines, giving its kind, channels and summary; add one"
            )
        }

        let scanned = BlockParser(source: source, role: .source).scan(from: bodyStart, &log)
        if scanned.isEmpty, headerFound {
            let line = min(bodyStart, source.lines.count - 1) + 1
            log.add(
                .badBlock, line: line, column: 1,
                "the template has no blocks; add one, such as a line '[body]' followed by its text")
        }
        Self.checkConditions(scanned, header, &log)

        let blocks = scanned.filter { !$0.isDuplicate }.map(\.block)
        self.blocks = blocks
        if let kind = header.kind, let channels = header.channels, let summary = header.summary {
            template = TemplateFile(
                id: id, file: file, kind: kind, channels: channels, summary: summary,
                inputs: header.inputs, blocks: blocks, fileText: source.text, smsSegments: header.smsSegments,
                headerPositions: header.positions)
        }
        problems = CatalogAssembler.ordered(log.problems)
    }

    /// Whether line `index` is `---` (trailing spaces allowed).
    static func isDashes(_ source: SourceText, _ index: Int) -> Bool {
        guard index < source.lines.count else { return false }
        return source.content(index).trimmingSpaces == "---" && source.bytes[source.lines[index].start] == UInt8(ascii: "-")
    }

    static func isBlockLine(_ source: SourceText, _ index: Int) -> Bool {
        let line = source.lines[index]
        guard line.start < line.end, source.bytes[line.start] == UInt8(ascii: "[") else { return false }
        return BlockLine.isBlockLine(source.content(index))
    }

    /// Conditions name declared inputs with fitting values; `otherwise` closes a conditional run.
    static func checkConditions(_ scanned: [BlockParser.Scanned], _ header: Header, _ log: inout ProblemLog) {
        let types = header.types
        let known = header.declaredPaths.union(types.keys)
        var sortedKnown: [String]?  // for suggestions, sorted once
        var previous: BlockParser.Scanned?
        for item in scanned {
            defer { previous = item }
            guard let condition = item.syntax.condition else { continue }
            let line = item.block.line
            if condition.form == .otherwise {
                if previous?.syntax.condition?.isWhen != true {
                    log.add(
                        .badCondition, line: line, column: condition.column, "'otherwise' needs a conditional block before it")
                }
                continue
            }
            guard header.inputsKnown, condition.problem == nil, condition.form != nil else { continue }
            let path = condition.path
            guard known.contains(path) else {
                if sortedKnown == nil { sortedKnown = known.sorted() }
                var hint = Naming.suggestion(for: path, among: sortedKnown ?? [])
                if hint.isEmpty { hint = "; declare it under 'inputs' in the header" }
                log.add(
                    .badCondition, line: line, column: condition.pathColumn,
                    "condition uses '\(path)', which is not a declared input\(hint)")
                continue
            }
            guard case .equals(_, let value)? = condition.form, let type = types[path] else { continue }
            let at = condition.valueColumn
            switch type {
            case .enumeration(let values) where !values.contains(value):
                let hint = Naming.suggestion(for: value, among: values)
                log.add(
                    .badCondition, line: line, column: at,
                    "value '\(value)' is not one of \(path)'s values: \(values.joined(separator: ", "))\(hint)")
            case .boolean where value != "true" && value != "false":
                log.add(
                    .badCondition, line: line, column: at,
                    "\(path) is a boolean; compare it with 'true' or 'false', or write 'when \(path)'")
            case .integer where !isDecimal(value, fraction: false):
                log.add(.badCondition, line: line, column: at, "\(path) is an integer, but '\(value)' is not a whole number")
            case .number where !isDecimal(value, fraction: true):
                log.add(
                    .badCondition, line: line, column: at,
                    "\(path) is a number, but '\(value)' is not a number such as 12 or 12.5")
            case .list:
                log.add(
                    .badCondition, line: line, column: condition.pathColumn,
                    "\(path) is a list and cannot equal a value; write 'when \(path)' to test that it is not empty, or compare \(path).count"
                )
            case .money:
                log.add(
                    .badCondition, line: line, column: condition.pathColumn,
                    "\(path) is money and cannot equal a value; write 'when \(path)' to test that it is present")
            default:
                break
            }
        }
    }

    /// `-12`, `12`, and with `fraction` also `12.50`.
    static func isDecimal(_ text: String, fraction: Bool) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 1 || (fraction && parts.count == 2) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
    }
}

extension Header {
    /// A header that declares nothing (the file has none, or it is not valid YAML).
    static var empty: Header { Header() }
    private init() { inputsKnown = false }
}

extension TemplateFile {
    /// The variables a message of this template may read: every input, and `path.count` for lists.
    public var variableNames: Set<String> {
        var names = Set(inputs.map(\.path))
        for input in inputs where input.type == .list { names.insert(input.path + ".count") }
        return names
    }
}
