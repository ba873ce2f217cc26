import CatalogFiles
import ExactJSON
import Intl
import MessageFormat

/// A text given per language in the case (`{"en": "Loosen…", "de": "Lösen Sie…"}`), with its
/// tags in the case's order.
struct LocalizedText: Sendable {
    let texts: [(tag: String, locale: LocaleID, text: String)]

    /// The text for a block in `locale`: the best match through the same negotiation as blocks
    /// (`de-AT` takes `de`; `zh-TW` never takes `zh-Hans`). With no text in that language, the
    /// text in `source`'s language, else the first one; `matched` says which case it was.
    func text(for locale: LocaleID, source: LocaleID) -> (text: String, tag: String, matched: Bool) {
        if let index = Self.bestMatch(for: locale, in: texts.map(\.locale)) {
            return (texts[index].text, texts[index].tag, true)
        }
        let fallback = texts.first { $0.locale.language == source.language } ?? texts[0]
        return (fallback.text, fallback.tag, false)
    }

    /// Which of `available` serves `locale` (negotiation asks ICU for likely subtags), remembered
    /// per locale and set of tags: a service sees the same few again and again. Bounded; emptied
    /// when full.
    private static func bestMatch(for locale: LocaleID, in available: [LocaleID]) -> Int? {
        let key = MatchKey(locale: locale, available: available)
        if let known = matches.withLock({ $0[key] }) { return known }
        let chain = LocaleNegotiation.chain(for: locale, available: available, source: .root)
        let best = chain.first.flatMap { $0 == .root ? nil : available.firstIndex(of: $0) }
        matches.withLock { matches in
            if matches.count >= 4096 { matches.removeAll(keepingCapacity: true) }
            matches[key] = best
        }
        return best
    }

    private struct MatchKey: Hashable {
        let locale: LocaleID
        let available: [LocaleID]
    }

    private static let matches = Locked<[MatchKey: Int?]>([:])

    /// Parses `{"tag": "text", …}`; the problem's path is relative to the value (`de`, or empty).
    static func parse(_ members: [(String, JSON)], path: String) -> Result<LocalizedText, CaseDataProblem> {
        var texts: [(tag: String, locale: LocaleID, text: String)] = []
        for (tag, value) in members {
            guard let locale = try? LocaleID(tag) else {
                return .failure(
                    CaseDataProblem(
                        path: path, expected: "texts keyed by BCP 47 locale tags such as \"en\" or \"de-AT\"",
                        found: "the key \"\(tag)\""))
            }
            guard case .string(let text) = value else {
                return .failure(
                    CaseDataProblem(path: path + "." + tag, expected: "text", found: CaseBinding.describe(value)))
            }
            texts.append((tag, locale, text))
        }
        guard !texts.isEmpty else {
            return .failure(CaseDataProblem(path: path, expected: "text, or texts by locale", found: "an empty object"))
        }
        return .success(LocalizedText(texts: texts))
    }
}

/// A string or list input whose text is given per language.
enum LocalizedInput: Sendable {
    case text(LocalizedText)
    /// A list some of whose items are given per language.
    case list([Item])

    enum Item: Sendable {
        case plain(MessageArgument)
        case localized(LocalizedText)
    }

    /// The value per language, when `json` gives one for an input of `type`; nil when it is not
    /// given per language (a plain string or list, or another type).
    static func parse(_ json: JSON, type: InputType, path: String) -> Result<LocalizedInput, CaseDataProblem>? {
        switch (type, json) {
        case (.string, .object(let members)):
            return LocalizedText.parse(members, path: path).map(LocalizedInput.text)
        case (.list, .array(let values)):
            guard values.contains(where: { if case .object = $0 { true } else { false } }) else { return nil }
            var items: [Item] = []
            for (index, value) in values.enumerated() {
                switch value {
                case .string(let text): items.append(.plain(.string(text)))
                case .number(let text):
                    guard let number = CaseNumbers.number(text) else {
                        return .failure(
                            CaseDataProblem(
                                path: "\(path)[\(index)]", expected: "text, texts by locale, or a number",
                                found: CaseBinding.describe(value)))
                    }
                    items.append(.plain(.number(number)))
                case .object(let members):
                    switch LocalizedText.parse(members, path: "\(path)[\(index)]") {
                    case .success(let text): items.append(.localized(text))
                    case .failure(let problem): return .failure(problem)
                    }
                default:
                    return .failure(
                        CaseDataProblem(
                            path: "\(path)[\(index)]", expected: "text, texts by locale, or a number",
                            found: CaseBinding.describe(value)))
                }
            }
            return .success(.list(items))
        default:
            return nil
        }
    }

    /// `texts that are all blank` when there is nothing to show in any language; nil otherwise.
    var emptiness: String? {
        switch self {
        case .text(let text):
            text.texts.allSatisfy { CaseText.isBlank($0.text) } ? "texts that are all blank" : nil
        case .list(let items):
            items.isEmpty ? "an empty list" : nil
        }
    }

    /// The argument for a block in `locale`, and the tags used where the locale had no text.
    /// Without a locale: the first text of each value (a stand-in for conditions and counts).
    func argument(for locale: LocaleID?, source: LocaleID) -> (argument: MessageArgument, fallbacks: [String]) {
        var fallbacks: [String] = []
        func pick(_ text: LocalizedText) -> String {
            guard let locale else { return text.texts[0].text }
            let (chosen, tag, matched) = text.text(for: locale, source: source)
            if !matched { fallbacks.append(tag) }
            return chosen
        }
        switch self {
        case .text(let text):
            return (.string(pick(text)), fallbacks)
        case .list(let items):
            let values = items.map { item -> MessageArgument in
                switch item {
                case .plain(let argument): argument
                case .localized(let text): .string(pick(text))
                }
            }
            return (.list(values), fallbacks)
        }
    }
}

extension LocalizedInput {
    /// Whether any text may hold a control character (the usual case: none does, and nothing is copied).
    private var mayNeedCleaning: Bool {
        func any(_ text: LocalizedText) -> Bool { text.texts.contains { CaseText.mayNeedCleaning($0.text) } }
        switch self {
        case .text(let text):
            return any(text)
        case .list(let items):
            return items.contains { item in
                switch item {
                case .plain(.string(let text)): CaseText.mayNeedCleaning(text)
                case .plain: false  // a number
                case .localized(let text): any(text)
                }
            }
        }
    }

    /// Every text cleaned of control characters (``CaseText/cleaned(_:)``); `removed` as there.
    func cleaned() -> (input: LocalizedInput, removed: Bool) {
        guard mayNeedCleaning else { return (self, false) }
        var removed = false
        func clean(_ text: LocalizedText) -> LocalizedText {
            LocalizedText(
                texts: text.texts.map { entry in
                    let (cleaned, removedHere) = CaseText.cleaned(entry.text)
                    removed = removed || removedHere
                    return (entry.tag, entry.locale, cleaned)
                })
        }
        switch self {
        case .text(let text):
            return (.text(clean(text)), removed)
        case .list(let items):
            let cleanedItems = items.map { item -> Item in
                switch item {
                case .plain(let argument):
                    guard let (cleaned, removedHere) = CaseText.cleaned(argument) else { return item }
                    removed = removed || removedHere
                    return .plain(cleaned)
                case .localized(let text):
                    return .localized(clean(text))
                }
            }
            return (.list(cleanedItems), removed)
        }
    }
}
