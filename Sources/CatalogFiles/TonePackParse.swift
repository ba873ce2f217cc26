/// A tone pack read with every problem reported at its position.
struct TonePackParse {
    var pack: TonePack?
    var problems: [CatalogProblem]

    static let knownKeys = ["register", "rules", "review-incentive"]
    static let types = ["existence", "substitution", "occurrence", "required", "consistency", "capitalization"]
    static let commonKeys = ["id", "type", "level", "message", "fix", "description", "kinds", "case-sensitive"]
    /// The keys each type takes besides the common ones.
    static let typeKeys: [String: [String]] = [
        "existence": ["tokens", "exceptions"],
        "substitution": ["swap", "exceptions"],
        "occurrence": ["token", "tokens", "max"],
        "required": ["tokens"],
        "consistency": ["formal", "informal"],
        "capitalization": ["max-length", "exceptions"],
    ]
    static let incentiveKeys = ["incentives", "review-changes", "review-words"]

    /// Problems are reported with this code (tone packs are linter configuration, like the manifest).
    static let code = CatalogProblem.Code.badManifest

    init(_ text: String, file: String) {
        var log = ProblemLog(file: file)
        let source = SourceText(text)
        let region = YAMLRegion(source: source, range: 0..<source.bytes.count, code: Self.code, what: "tone pack")
        defer { problems = CatalogAssembler.ordered(log.problems) }
        problems = []
        guard
            let mapping = region.rootMap(
                &log, shape: "a map with 'rules' (and optionally 'register' and 'review-incentive')")
        else { return }
        var pack = TonePack(file: file)
        var reader = EntryReader(region: region)
        for (key, value) in mapping {
            guard let name = key.text else {
                log.add(Self.code, at: region.position(key), "tone pack keys are names such as 'rules', found \(key.found)")
                continue
            }
            switch name {
            case "register":
                guard let text = value.text, let register = TonePack.Register(rawValue: text) else {
                    log.add(
                        Self.code, at: region.position(value), "register must be 'formal' or 'informal', found \(value.found)")
                    continue
                }
                pack.register = register
            case "rules":
                if value.isNull { continue }
                guard case .list(let entries) = value else {
                    log.add(
                        Self.code, at: region.position(value),
                        "rules must be a list of entries, each starting with '- id: …', found \(value.found)")
                    continue
                }
                for entry in entries {
                    if let rule = reader.entry(entry, &log) { pack.rules.append(rule) }
                }
            case "review-incentive":
                pack.reviewIncentive = reader.incentive(value, &log)
            default:
                let hint = Naming.suggestion(for: name, among: Self.knownKeys)
                log.add(
                    Self.code, at: region.position(key),
                    "unknown tone pack key '\(name)'; expected register, rules or review-incentive\(hint)")
            }
        }
        self.pack = pack
    }

    /// Reads rule entries, remembering ids already used.
    struct EntryReader {
        let region: YAMLRegion
        var firstLineOfID: [String: Int] = [:]

        mutating func entry(_ node: YAMLNode, _ log: inout ProblemLog) -> ToneRuleEntry? {
            let position = region.position(node)
            guard case .mapping(let mapping) = node else {
                log.add(code, at: position, "each tone rule is a map with id, type, level and message, found \(node.found)")
                return nil
            }
            var values: [String: (key: YAMLNode, value: YAMLNode)] = [:]
            var order: [String] = []
            for (key, value) in mapping {
                guard let name = key.text else {
                    log.add(code, at: region.position(key), "tone rule keys are names such as 'id', found \(key.found)")
                    continue
                }
                values[name] = (key, value)
                order.append(name)
            }
            // The id first, so that later messages can name the rule.
            var id: String?
            if let (_, value) = values["id"] {
                if let text = value.text, Naming.isIdentifier(text) {
                    if let first = firstLineOfID[text] {
                        log.add(
                            code, at: region.position(value),
                            "tone rule '\(text)' is defined twice in this pack (first at line \(first)); rename or remove one")
                    } else {
                        firstLineOfID[text] = region.position(value).line
                        id = text
                    }
                } else {
                    log.add(
                        code, at: region.position(value),
                        "a tone rule id uses lowercase letters, digits and '-', starting with a letter or digit, as in 'commands'; found \(value.found)"
                    )
                }
            } else {
                log.add(
                    code, at: position,
                    "this tone rule has no 'id'; add one such as 'id: commands' (the rule is then 'tone/commands')")
            }
            let name = id.map { "tone rule '\($0)'" } ?? "this tone rule"

            var type: String?
            if let (_, value) = values["type"] {
                if let text = value.text, TonePackParse.types.contains(text) {
                    type = text
                } else {
                    let hint = value.text.map { Naming.suggestion(for: $0, among: TonePackParse.types) } ?? ""
                    log.add(
                        code, at: region.position(value),
                        "unknown type \(value.found) for \(name); expected \(Naming.orList(TonePackParse.types))\(hint)")
                }
            } else {
                log.add(code, at: position, "\(name) has no 'type'; add one of \(Naming.orList(TonePackParse.types))")
            }

            // Keys: common ones, then the ones of the type.
            var ok = id != nil && type != nil
            for key in order where !TonePackParse.commonKeys.contains(key) {
                let keyNode = values[key]!.key
                let owners = TonePackParse.types.filter { TonePackParse.typeKeys[$0]!.contains(key) }
                if let type, TonePackParse.typeKeys[type]!.contains(key) { continue }
                if owners.isEmpty {
                    // A key this rule takes first, then one of another type's.
                    let own = TonePackParse.commonKeys + (type.map { TonePackParse.typeKeys[$0]! } ?? [])
                    let meant =
                        Naming.closest(to: key, among: own)
                        ?? Naming.closest(to: key, among: TonePackParse.typeKeys.values.flatMap { $0 })
                    let hint = meant.map { " (did you mean '\($0)'?)" } ?? ""
                    log.add(code, at: region.position(keyNode), "unknown key '\(key)' in \(name)\(hint)")
                } else if let type {
                    let takes = TonePackParse.typeKeys[type]!.map { "'\($0)'" }
                    log.add(
                        code, at: region.position(keyNode),
                        "'\(key)' does not apply to type \(type) (it belongs to \(Naming.orList(owners)) rules); \(type) rules take \(Naming.orList(takes))"
                    )
                }
                ok = false
            }

            var level: ToneLevel?
            var levelPosition = position
            if let (_, value) = values["level"] {
                levelPosition = region.position(value)
                if let text = value.text, let parsed = ToneLevel(rawValue: text) {
                    level = parsed
                } else {
                    let hint = value.text.map { Naming.suggestion(for: $0, among: ToneLevel.allCases.map(\.rawValue)) } ?? ""
                    log.add(
                        code, at: levelPosition, "level of \(name) must be error, warning or info, found \(value.found)\(hint)")
                }
            } else {
                log.add(code, at: position, "\(name) has no 'level'; add 'level: error', 'level: warning' or 'level: info'")
            }

            let message = text("message", of: name, in: values, required: true, at: position, &log)
            let fix = text("fix", of: name, in: values, required: false, at: position, &log)
            let description = text("description", of: name, in: values, required: false, at: position, &log)

            var kinds: [TemplateKind]?
            if let (_, value) = values["kinds"] {
                let known = TemplateKind.allCases.map(\.rawValue)
                if case .list(let items) = value, !items.isEmpty {
                    kinds = []
                    for item in items {
                        guard let text = item.text, let kind = TemplateKind(rawValue: text) else {
                            let hint = item.text.map { Naming.suggestion(for: $0, among: known) } ?? ""
                            log.add(
                                code, at: region.position(item),
                                "unknown template kind \(item.found) in \(name); expected \(Naming.orList(known))\(hint)")
                            ok = false
                            continue
                        }
                        kinds?.append(kind)
                    }
                } else {
                    log.add(
                        code, at: region.position(value),
                        "kinds of \(name) must be a non-empty list of template kinds, as in 'kinds: [apology]', found \(value.found)"
                    )
                    ok = false
                }
            }

            var caseSensitive = false
            if let (_, value) = values["case-sensitive"] {
                switch value.text {
                case "true": caseSensitive = true
                case "false": caseSensitive = false
                default:
                    log.add(
                        code, at: region.position(value), "case-sensitive of \(name) must be true or false, found \(value.found)")
                    ok = false
                }
            }

            var check: ToneRuleEntry.Check?
            switch type {
            case "existence":
                if let tokens = tokens("tokens", of: name, in: values, at: position, &log) { check = .existence(tokens: tokens) }
            case "required":
                if let tokens = tokens("tokens", of: name, in: values, at: position, &log) { check = .required(tokens: tokens) }
            case "substitution":
                if let swaps = swaps(of: name, in: values, at: position, &log) { check = .substitution(swaps: swaps) }
            case "occurrence":
                var list: [String]?
                if values["token"] != nil, values["tokens"] != nil {
                    log.add(code, at: region.position(values["tokens"]!.key), "\(name) gives both 'token' and 'tokens'; keep one")
                } else if let (_, value) = values["token"] {
                    if let token = value.text, let checked = checkToken(token, of: name, at: region.position(value), &log) {
                        list = [checked]
                    } else if value.text == nil {
                        log.add(
                            code, at: region.position(value),
                            "token of \(name) must be text, as in 'token: \"!\"', found \(value.found)")
                    }
                } else {
                    list = tokens("tokens", of: name, in: values, at: position, &log, example: "token: \"!\"")
                }
                let max = integer("max", of: name, in: values, minimum: 0, at: position, &log)
                if let list, let max { check = .occurrence(tokens: list, max: max) }
            case "consistency":
                var formal: [String]? = []
                if values["formal"] != nil { formal = tokens("formal", of: name, in: values, at: position, &log) }
                let informal = tokens("informal", of: name, in: values, at: position, &log)
                if let formal, let informal { check = .consistency(formal: formal, informal: informal) }
            case "capitalization":
                if let maxLength = integer("max-length", of: name, in: values, minimum: 1, at: position, &log) {
                    check = .capitalization(maxLength: maxLength)
                }
            default:
                break
            }

            var exceptions: [String]? = []
            if values["exceptions"] != nil, type != nil, ok {
                exceptions = tokens("exceptions", of: name, in: values, at: position, &log)
            }

            guard ok, let id, let check, let level, let message, let exceptions else { return nil }
            return ToneRuleEntry(
                id: id, check: check, level: level, message: message, fix: fix, description: description,
                kinds: kinds, caseSensitive: caseSensitive, exceptions: exceptions, line: position.line, column: position.column,
                levelLine: levelPosition.line, levelColumn: levelPosition.column)
        }

        /// `review-incentive: {incentives: [...], review-changes: [...], review-words: [...]}`.
        func incentive(_ node: YAMLNode, _ log: inout ProblemLog) -> ReviewIncentivePhrases? {
            let position = region.position(node)
            guard case .mapping(let mapping) = node else {
                log.add(
                    code, at: position,
                    "review-incentive must be a map with 'incentives' and 'review-changes' lists, found \(node.found)")
                return nil
            }
            var values: [String: (key: YAMLNode, value: YAMLNode)] = [:]
            for (key, value) in mapping {
                guard let name = key.text, TonePackParse.incentiveKeys.contains(name) else {
                    let hint = key.text.map { Naming.suggestion(for: $0, among: TonePackParse.incentiveKeys) } ?? ""
                    log.add(
                        code, at: region.position(key),
                        "unknown key \(key.found) in review-incentive; expected incentives, review-changes or review-words\(hint)"
                    )
                    continue
                }
                values[name] = (key, value)
            }
            var incentives: [String]? = []
            var changes: [String]? = []
            if values["incentives"] != nil {
                incentives = tokens("incentives", of: "review-incentive", in: values, at: position, &log)
            }
            if values["review-changes"] != nil {
                changes = tokens("review-changes", of: "review-incentive", in: values, at: position, &log)
            }
            var words: [String]? = []
            if values["review-words"] != nil {
                words = tokens("review-words", of: "review-incentive", in: values, at: position, &log)
            }
            if values.isEmpty {
                log.add(code, at: position, "review-incentive lists no phrases; add 'incentives' and 'review-changes' lists")
            }
            guard let incentives, let changes, let words else { return nil }
            return ReviewIncentivePhrases(
                incentives: incentives, reviewChanges: changes, reviewWords: words, line: position.line, column: position.column)
        }

        private var code: CatalogProblem.Code { TonePackParse.code }

        private func text(
            _ key: String, of name: String, in values: [String: (key: YAMLNode, value: YAMLNode)], required: Bool,
            at position: Position, _ log: inout ProblemLog
        ) -> String? {
            guard let (_, value) = values[key] else {
                if required {
                    log.add(
                        code, at: position, "\(name) has no '\(key)'; add one saying what is wrong, with %s for the matched text")
                }
                return nil
            }
            guard let text = value.text, !text.trimmingSpaces.isEmpty else {
                log.add(code, at: region.position(value), "\(key) of \(name) must be text, found \(value.found)")
                return nil
            }
            return text
        }

        private func integer(
            _ key: String, of name: String, in values: [String: (key: YAMLNode, value: YAMLNode)], minimum: Int,
            at position: Position, _ log: inout ProblemLog
        ) -> Int? {
            guard let (_, value) = values[key] else {
                log.add(code, at: position, "\(name) has no '\(key)'; add one, as in '\(key): \(max(minimum, 1))'")
                return nil
            }
            guard let text = value.text, TemplateParse.isDecimal(text, fraction: false), let number = Int(text), number >= minimum
            else {
                log.add(
                    code, at: region.position(value),
                    "\(key) of \(name) must be a whole number of at least \(minimum), found \(value.found)")
                return nil
            }
            return number
        }

        /// A list of phrases (each checked); nil when missing or wrong.
        private func tokens(
            _ key: String, of name: String, in values: [String: (key: YAMLNode, value: YAMLNode)], at position: Position,
            _ log: inout ProblemLog, example: String? = nil
        ) -> [String]? {
            guard let (_, value) = values[key] else {
                let alternative = example.map { " (or '\($0)')" } ?? ""
                log.add(
                    code, at: position,
                    "\(name) has no '\(key)'; add a list of phrases, as in '\(key): [phrase, other phrase]'\(alternative)")
                return nil
            }
            guard case .list(let items) = value else {
                log.add(
                    code, at: region.position(value),
                    "\(key) of \(name) must be a list of phrases, as in '\(key): [phrase, other phrase]', found \(value.found)")
                return nil
            }
            if items.isEmpty {
                log.add(code, at: region.position(value), "\(key) of \(name) is empty; list at least one phrase")
                return nil
            }
            var result: [String] = []
            var valid = true
            for item in items {
                guard let text = item.text else {
                    log.add(code, at: region.position(item), "each entry of \(key) in \(name) is a phrase, found \(item.found)")
                    valid = false
                    continue
                }
                guard let token = checkToken(text, of: name, at: region.position(item), &log) else {
                    valid = false
                    continue
                }
                if result.contains(token) {
                    log.add(code, at: region.position(item), "'\(token)' is listed twice in \(key) of \(name); remove one")
                    continue
                }
                result.append(token)
            }
            return valid ? result : nil
        }

        private func swaps(
            of name: String, in values: [String: (key: YAMLNode, value: YAMLNode)], at position: Position,
            _ log: inout ProblemLog
        ) -> [ToneRuleEntry.Swap]? {
            guard let (_, value) = values["swap"] else {
                log.add(
                    code, at: position,
                    "\(name) has no 'swap'; add a map of phrases to suggestions, as in 'swap: {kindly: please}'")
                return nil
            }
            guard case .mapping(let mapping) = value, !mapping.isEmpty else {
                log.add(
                    code, at: region.position(value),
                    "swap of \(name) must be a non-empty map of phrases to suggestions, as in 'swap: {kindly: please}', found \(value.found)"
                )
                return nil
            }
            var swaps: [ToneRuleEntry.Swap] = []
            var valid = true
            for (phrase, suggestion) in mapping {
                guard let text = phrase.text, let token = checkToken(text, of: name, at: region.position(phrase), &log) else {
                    if phrase.text == nil {
                        log.add(
                            code, at: region.position(phrase),
                            "each swap in \(name) is 'phrase: suggestion', found \(phrase.found)")
                    }
                    valid = false
                    continue
                }
                guard let replacement = suggestion.text, !replacement.trimmingSpaces.isEmpty else {
                    log.add(
                        code, at: region.position(suggestion.isNull ? phrase : suggestion),
                        "'\(token)' in \(name) needs a suggestion: 'phrase: suggestion', found \(suggestion.found)")
                    valid = false
                    continue
                }
                swaps.append(ToneRuleEntry.Swap(phrase: token, suggestion: replacement))
            }
            return valid ? swaps : nil
        }

        /// A phrase: not empty, on one line, `*` only at its ends.
        fileprivate func checkToken(_ token: String, of name: String, at position: Position, _ log: inout ProblemLog) -> String? {
            let scalars = Array(token.unicodeScalars)
            if scalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                log.add(code, at: position, "a phrase in \(name) must be on one line")
                return nil
            }
            var core = scalars[...]
            if core.first == "*" { core = core.dropFirst() }
            if core.last == "*" { core = core.dropLast() }
            if core.allSatisfy({ $0.properties.isWhitespace }) {
                log.add(code, at: position, "an empty phrase in \(name); write the words to look for")
                return nil
            }
            if core.contains("*") {
                log.add(
                    code, at: position,
                    "'\(token)' in \(name): '*' may only start or end a phrase (it stands for the rest of a word)")
                return nil
            }
            if core.first?.properties.isWhitespace == true || core.last?.properties.isWhitespace == true {
                log.add(code, at: position, "'\(token)' in \(name) starts or ends with a space; remove it")
                return nil
            }
            return token
        }
    }
}
