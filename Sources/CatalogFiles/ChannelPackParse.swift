/// A channel pack read with every problem reported at its position.
struct ChannelPackParse {
    var pack: ChannelPack?
    var problems: [CatalogProblem]

    static let checks = [
        "links", "email-addresses", "phone-numbers", "emoji", "images", "phrases", "review-requests", "length", "translated",
    ]
    static let commonKeys = ["id", "check", "level", "description"]
    /// The keys each check takes besides the common ones.
    static let checkKeys: [String: [String]] = [
        "links": ["allow"], "phrases": ["phrases", "tone-pack"], "review-requests": ["max", "phrases", "tone-pack"],
        "length": ["unit", "limit", "text"],
    ]
    static let toneLists = ["review-changes", "incentives"]
    /// Problems are reported with this code (channel packs are linter configuration, like tone packs).
    static let code = CatalogProblem.Code.badManifest

    init(_ text: String, file: String, channel: String) {
        var log = ProblemLog(file: file)
        let source = SourceText(text)
        let region = YAMLRegion(source: source, range: 0..<source.bytes.count, code: Self.code, what: "channel pack")
        defer { problems = CatalogAssembler.ordered(log.problems) }
        problems = []
        guard let mapping = region.rootMap(&log, shape: "a map with 'rules' (and optionally 'name')") else { return }
        var pack = ChannelPack(file: file, channel: channel)
        var reader = EntryReader(region: region)
        for (key, value) in mapping {
            switch key.text {
            case "name":
                pack.name = value.text
                if value.text == nil {
                    log.add(Self.code, at: region.position(value), "name must be the platform's name, found \(value.found)")
                }
            case "rules":
                guard case .list(let entries) = value else {
                    log.add(
                        Self.code, at: region.position(value),
                        "rules must be a list of entries, each starting with '- id: …', found \(value.found)")
                    continue
                }
                for entry in entries {
                    if let rule = reader.entry(entry, &log) { pack.rules.append(rule) }
                }
            default:
                let hint = key.text.map { Naming.suggestion(for: $0, among: ["name", "rules"]) } ?? ""
                log.add(
                    Self.code, at: region.position(key), "unknown channel pack key \(key.found); expected name or rules\(hint)")
            }
        }
        self.pack = pack
    }

    /// Reads rule entries, remembering ids already used.
    struct EntryReader {
        let region: YAMLRegion
        var seen: [String: Int] = [:]
        private var code: CatalogProblem.Code { ChannelPackParse.code }

        mutating func entry(_ node: YAMLNode, _ log: inout ProblemLog) -> ChannelRuleEntry? {
            let position = region.position(node)
            guard case .mapping(let mapping) = node else {
                log.add(
                    code, at: position, "each channel rule is a map with id, check, level and description, found \(node.found)")
                return nil
            }
            var values: [String: YAMLNode] = [:]
            var keys: [(String, YAMLNode)] = []
            for (key, value) in mapping {
                guard let name = key.text else { continue }
                values[name] = value
                keys.append((name, key))
            }
            var id: String?
            if let value = values["id"], let text = value.text, Naming.isIdentifier(text) {
                if let first = seen[text] {
                    log.add(
                        code, at: region.position(value),
                        "channel rule '\(text)' is defined twice in this pack (first at line \(first)); rename or remove one")
                } else {
                    seen[text] = region.position(value).line
                    id = text
                }
            } else {
                log.add(
                    code, at: values["id"].map { region.position($0) } ?? position,
                    "a channel rule needs an 'id' of lowercase letters, digits and '-', as in 'id: email-addresses'")
            }
            let name = id.map { "channel rule '\($0)'" } ?? "this channel rule"
            var ok = id != nil
            let check = values["check"]?.text
            if !(check.map(ChannelPackParse.checks.contains) ?? false) {
                let hint = check.map { Naming.suggestion(for: $0, among: ChannelPackParse.checks) } ?? ""
                log.add(
                    code, at: values["check"].map { region.position($0) } ?? position,
                    "\(name) needs a 'check', one of \(Naming.orList(ChannelPackParse.checks))\(hint)")
                ok = false
            }
            let own = ChannelPackParse.commonKeys + (check.flatMap { ChannelPackParse.checkKeys[$0] } ?? [])
            for (key, node) in keys where !own.contains(key) {
                let hint = Naming.suggestion(for: key, among: own)
                log.add(code, at: region.position(node), "\(name) does not take '\(key)'\(hint)")
                ok = false
            }
            let level = values["level"]?.text.flatMap(ToneLevel.init(rawValue:))
            if level == nil {
                log.add(
                    code, at: values["level"].map { region.position($0) } ?? position,
                    "\(name) needs 'level: error', 'level: warning' or 'level: info'")
            }
            let description = values["description"]?.text
            if description?.trimmingSpaces.isEmpty != false {
                log.add(
                    code, at: values["description"].map { region.position($0) } ?? position,
                    "\(name) needs a 'description': one line saying what it forbids and the platform policy it comes from (title and URL)"
                )
            }
            guard ok, let check, let parsed = self.check(check, name: name, values, at: position, &log) else { return nil }
            guard let id, let level, let description else { return nil }
            return ChannelRuleEntry(
                id: id, check: parsed, level: level, description: description, line: position.line, column: position.column)
        }

        private func check(
            _ check: String, name: String, _ values: [String: YAMLNode], at position: Position, _ log: inout ProblemLog
        ) -> ChannelRuleEntry.Check? {
            switch check {
            case "links":
                guard let allow = values["allow"] else { return .links(allow: []) }
                return phraseList(allow, name: name, key: "allow", &log).map { .links(allow: $0) }
            case "email-addresses": return .emailAddresses
            case "phone-numbers": return .phoneNumbers
            case "emoji": return .emoji
            case "images": return .images
            case "translated": return .translated
            case "phrases": return phrases(name: name, values, at: position, &log).map { .phrases($0) }
            case "review-requests":
                let max = integer("max", name: name, values, minimum: 0, at: position, &log)
                let list = phrases(name: name, values, at: position, &log)
                guard let max, let list else { return nil }
                return .reviewRequests(max: max, phrases: list)
            case "length":
                let units = ChannelRuleEntry.LengthUnit.allCases.map(\.rawValue)
                let unit = values["unit"]?.text.flatMap(ChannelRuleEntry.LengthUnit.init(rawValue:))
                if unit == nil {
                    log.add(
                        code, at: values["unit"].map { region.position($0) } ?? position,
                        "\(name) needs a 'unit', one of \(Naming.orList(units))")
                }
                let limit = integer("limit", name: name, values, minimum: 1, at: position, &log)
                var bodyOnly = false
                if let text = values["text"] {
                    switch text.text {
                    case "body": bodyOnly = true
                    case "subject-and-body": bodyOnly = false
                    default:
                        log.add(
                            code, at: region.position(text),
                            "text of \(name) is 'body' or 'subject-and-body' (what the channel sends), found \(text.found)")
                        return nil
                    }
                }
                guard let unit, let limit else { return nil }
                return .length(unit: unit, limit: limit, bodyOnly: bodyOnly)
            default:
                return nil
            }
        }

        /// `phrases: {en: [...]}` or `tone-pack: review-changes`, exactly one of them.
        private func phrases(
            name: String, _ values: [String: YAMLNode], at position: Position, _ log: inout ProblemLog
        ) -> ChannelRuleEntry.PhraseList? {
            switch (values["phrases"], values["tone-pack"]) {
            case (.some, .some):
                log.add(code, at: position, "\(name) gives both 'phrases' and 'tone-pack'; keep one")
                return nil
            case (nil, .some(let list)):
                guard let text = list.text, ChannelPackParse.toneLists.contains(text) else {
                    log.add(
                        code, at: region.position(list),
                        "tone-pack of \(name) names a list of the tone packs' review-incentive section: \(Naming.orList(ChannelPackParse.toneLists)), found \(list.found)"
                    )
                    return nil
                }
                return .tonePack(text)
            case (.some(let map), nil):
                guard case .mapping(let mapping) = map, !mapping.isEmpty else {
                    log.add(
                        code, at: region.position(map),
                        "phrases of \(name) is a map of locale tags to lists of phrases, as in 'phrases: {en: [free shipping]}', found \(map.found)"
                    )
                    return nil
                }
                var byLocale: [String: [String]] = [:]
                for (tag, list) in mapping {
                    guard let locale = tag.text, let phrases = phraseList(list, name: name, key: "phrases.\(locale)", &log)
                    else { return nil }
                    byLocale[locale] = phrases
                }
                return .byLocale(byLocale)
            case (nil, nil):
                log.add(
                    code, at: position,
                    "\(name) needs 'phrases' (a map of locale tags to lists) or 'tone-pack' (review-changes or incentives)")
                return nil
            }
        }

        /// A non-empty list of one-line phrases.
        private func phraseList(_ node: YAMLNode, name: String, key: String, _ log: inout ProblemLog) -> [String]? {
            guard case .list(let items) = node, !items.isEmpty else {
                log.add(code, at: region.position(node), "\(key) of \(name) must be a non-empty list, found \(node.found)")
                return nil
            }
            var result: [String] = []
            for item in items {
                guard let text = item.text, !text.trimmingSpaces.isEmpty,
                    !text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" })
                else {
                    log.add(
                        code, at: region.position(item),
                        "each entry of \(key) in \(name) is one line of text, found \(item.found)")
                    return nil
                }
                result.append(text)
            }
            return result
        }

        private func integer(
            _ key: String, name: String, _ values: [String: YAMLNode], minimum: Int, at position: Position,
            _ log: inout ProblemLog
        ) -> Int? {
            guard let value = values[key], let text = value.text, TemplateParse.isDecimal(text, fraction: false),
                let number = Int(text), number >= minimum
            else {
                log.add(
                    code, at: values[key].map { region.position($0) } ?? position,
                    "\(name) needs '\(key)', a whole number of at least \(minimum), as in '\(key): \(max(minimum, 1))'")
                return nil
            }
            return number
        }
    }
}
