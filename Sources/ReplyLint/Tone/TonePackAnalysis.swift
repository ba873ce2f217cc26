import CatalogFiles

/// A pack entry ready to run.
struct CompiledToneEntry: Sendable {
    enum Matcher: Sendable {
        case existence(ToneTokenSet)
        case substitution(ToneTokenSet, suggestions: [String])
        case occurrence(ToneTokenSet, max: Int)
        case required(ToneTokenSet, phrases: [String])
        case consistency(formal: ToneTokenSet, informal: ToneTokenSet)
        case capitalization(maxLength: Int, exceptions: Set<String>)
    }

    let entry: ToneRuleEntry
    let matcher: Matcher
    /// Existence and substitution: phrases inside which a match is not reported.
    let exceptions: ToneTokenSet
    /// `tone/<id>`.
    var ruleID: String { "tone/" + entry.id }

    init(_ entry: ToneRuleEntry) {
        self.entry = entry
        let exact = entry.caseSensitive
        exceptions = ToneTokenSet(entry.exceptions, caseSensitive: exact)
        switch entry.check {
        case .existence(let tokens):
            matcher = .existence(ToneTokenSet(tokens, caseSensitive: exact))
        case .substitution(let swaps):
            matcher = .substitution(ToneTokenSet(swaps.map(\.phrase), caseSensitive: exact), suggestions: swaps.map(\.suggestion))
        case .occurrence(let tokens, let max):
            matcher = .occurrence(ToneTokenSet(tokens, caseSensitive: exact), max: max)
        case .required(let tokens):
            matcher = .required(ToneTokenSet(tokens, caseSensitive: exact), phrases: tokens)
        case .consistency(let formal, let informal):
            matcher = .consistency(
                formal: ToneTokenSet(formal, caseSensitive: exact), informal: ToneTokenSet(informal, caseSensitive: exact))
        case .capitalization(let maxLength):
            matcher = .capitalization(maxLength: maxLength, exceptions: Set(entry.exceptions))
        }
    }

    func applies(to kind: TemplateKind) -> Bool {
        entry.kinds.map { $0.contains(kind) } ?? true
    }
}

/// A locale's pack, compiled.
struct CompiledTonePack: Sendable {
    let file: String
    let register: TonePack.Register?
    let entries: [CompiledToneEntry]
    let incentives: ToneTokenSet?
    let reviewChanges: ToneTokenSet?
    let reviewWords: ToneTokenSet?

    init(_ pack: TonePack) {
        file = pack.file
        register = pack.register
        entries = pack.rules.map(CompiledToneEntry.init)
        incentives = pack.reviewIncentive.map { ToneTokenSet($0.incentives, caseSensitive: false) }
        reviewChanges = pack.reviewIncentive.map { ToneTokenSet($0.reviewChanges, caseSensitive: false) }
        reviewWords = pack.reviewIncentive.map { ToneTokenSet($0.reviewWords, caseSensitive: false) }
    }
}

/// The text of one document folded both ways, computed when first needed.
struct ToneDocumentText {
    let runs: [ToneRun]
    private var folded: [Bool: [ToneFoldedText]] = [:]

    init(_ document: ToneDocument) {
        runs = document.runs
    }

    mutating func folded(caseSensitive: Bool) -> [ToneFoldedText] {
        if let cached = folded[caseSensitive] { return cached }
        let result = runs.map { ToneFoldedText($0.run.text, caseSensitive: caseSensitive) }
        folded[caseSensitive] = result
        return result
    }

    /// Every match of `tokens` in every run, in document order, except those inside a match of
    /// `exceptions` (`your fault` inside `not your fault`).
    mutating func matches(_ tokens: ToneTokenSet, except exceptions: ToneTokenSet? = nil) -> [(run: ToneRun, match: ToneMatch)] {
        guard !tokens.isEmpty else { return [] }
        let texts = folded(caseSensitive: tokens.caseSensitive)
        var result: [(run: ToneRun, match: ToneMatch)] = []
        for (index, text) in texts.enumerated() {
            var found = tokens.matches(in: text)
            if let exceptions, !exceptions.isEmpty, !found.isEmpty {
                found = Self.outside(exceptions.matches(in: text), found)
            }
            for match in found { result.append((runs[index], match)) }
        }
        return result
    }
}

extension ToneDocumentText {
    /// The matches of `found` not inside one of `excepted`. Both are in text order and do not
    /// overlap among themselves, so one pass over each decides it.
    static func outside(_ excepted: [ToneMatch], _ found: [ToneMatch]) -> [ToneMatch] {
        var kept: [ToneMatch] = []
        var next = 0
        for match in found {
            // An exception ending before this match ends cannot contain it, nor any later match.
            while next < excepted.count, excepted[next].end < match.end { next += 1 }
            let inside = next < excepted.count && excepted[next].start <= match.start && match.end <= excepted[next].end
            if !inside { kept.append(match) }
        }
        return kept
    }
}

/// Runs every pack entry over every document, once, and sorts the findings by rule id.
struct TonePackAnalysis {
    private(set) var findings: [String: [ToneFinding]] = [:]

    init(_ context: LintContext, documents: [ToneDocument], pack: (String) -> CompiledTonePack?) {
        for document in documents {
            guard let compiled = pack(document.locale) else { continue }
            var text = ToneDocumentText(document)
            for entry in compiled.entries where entry.applies(to: document.kind) {
                findings[entry.ruleID, default: []] += Self.check(entry, register: compiled.register, document, &text, context)
            }
        }
    }

    static func check(
        _ compiled: CompiledToneEntry, register: TonePack.Register?, _ document: ToneDocument,
        _ text: inout ToneDocumentText, _ context: LintContext
    ) -> [ToneFinding] {
        let entry = compiled.entry
        func finding(_ run: ToneRun, _ match: ToneMatch, fix: String? = nil) -> ToneFinding {
            let matched = run.text(match.start, match.end)
            return ToneFinding(
                location: document.location(context, run, offset: match.start),
                message: entry.message.toneFilling(matched), fix: fix ?? entry.fix?.toneFilling(matched))
        }
        switch compiled.matcher {
        case .existence(let tokens):
            return text.matches(tokens, except: compiled.exceptions).map { finding($0.run, $0.match) }

        case .substitution(let tokens, let suggestions):
            return text.matches(tokens, except: compiled.exceptions).map { found in
                let suggestion = suggestions[found.match.token]
                let fix = entry.fix?.toneFilling(suggestion) ?? "write '\(suggestion)' instead"
                return finding(found.run, found.match, fix: fix)
            }

        case .occurrence(let tokens, let max):
            // Per variant of each block: the first occurrence over the limit.
            var counts: [[Int]: Int] = [:]
            var result: [ToneFinding] = []
            for found in text.matches(tokens) {
                let key = [found.run.block, found.run.variant]
                counts[key, default: 0] += 1
                if counts[key] == max + 1 { result.append(finding(found.run, found.match)) }
            }
            return result

        case .required(let tokens, let phrases):
            guard !document.blocks.isEmpty, text.matches(tokens).isEmpty else { return [] }
            let listed = phrases.map { "'\($0)'" }
            let list = listed.count <= 1 ? listed.joined() : listed.dropLast().joined(separator: ", ") + " or " + listed.last!
            return [
                ToneFinding(
                    location: document.firstBlockLocation(context), message: entry.message.toneFilling(list),
                    fix: entry.fix?.toneFilling(list))
            ]

        case .consistency(let formal, let informal):
            let formalUses = text.matches(formal)
            let informalUses = text.matches(informal)
            let reported: [(run: ToneRun, match: ToneMatch)]
            switch register {
            case .formal: reported = informalUses
            case .informal: reported = formalUses
            case nil: reported = formalUses.isEmpty ? [] : informalUses
            }
            return reported.map { finding($0.run, $0.match) }

        case .capitalization(let maxLength, let exceptions):
            var result: [ToneFinding] = []
            for run in text.runs {
                for word in ToneCapitals.words(in: run.run.text, maxLength: maxLength, exceptions: exceptions) {
                    result.append(finding(run, ToneMatch(start: word.start, end: word.end, token: 0)))
                }
            }
            return result
        }
    }
}
