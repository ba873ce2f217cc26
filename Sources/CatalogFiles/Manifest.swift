/// `replykit.yaml`.
public struct Manifest: Sendable, Hashable {
    /// The locale of the source templates (`en`).
    public var sourceLocale: String
    /// The locales translated into, in manifest order.
    public var targetLocales: [String]
    /// Linter levels from the `lint:` map (`rule-id: error | warning | info | off`), in file order,
    /// with their positions; the linter checks the names and levels.
    public var lintLevels: [LintLevel] = []

    /// One `rule-id: level` line of the manifest's `lint:` map.
    public struct LintLevel: Sendable, Hashable {
        /// The rule id as written (`unchanged-translation`, `tone/commands`); the linter checks it.
        public var rule: String
        /// The level as written: `error`, `warning`, `info` or `off` (the linter reports any other).
        public var level: String
        /// 1-based line of the rule id.
        public var line: Int
        /// 1-based column of the rule id, in Unicode scalars.
        public var column: Int
    }

    /// Creates a manifest.
    public init(sourceLocale: String, targetLocales: [String]) {
        self.sourceLocale = sourceLocale
        self.targetLocales = targetLocales
    }

    /// Parses the manifest; problems carry `file`.
    ///
    /// `source-locale` is required; `target-locales` is optional (none yet). Nil when the YAML is
    /// invalid or `source-locale` is missing or not a language tag.
    public static func parse(_ text: String, file: String) -> (Manifest?, [CatalogProblem]) {
        let parsed = ManifestParse(text, file: file)
        return (parsed.manifest, parsed.problems)
    }
}

/// A parsed manifest, with where `target-locales` is (for cross-file problems).
struct ManifestParse {
    var manifest: Manifest?
    var problems: [CatalogProblem]
    /// Position of the `target-locales` value, or of the file's start.
    var targetLocalesPosition = Position(line: 1, column: 1)

    static let knownKeys = ["source-locale", "target-locales", "lint"]

    init(_ text: String, file: String) {
        var log = ProblemLog(file: file)
        let source = SourceText(text)
        let region = YAMLRegion(source: source, range: 0..<source.bytes.count, code: .badManifest, what: "manifest")
        let (root, valid) = region.compose(&log)
        var sourceLocale: String?
        var targets: [String] = []
        var targetNodes: [(String, Position)] = []
        var lintLevels: [Manifest.LintLevel] = []
        var sawSourceLocale = false

        if valid {
            if let root, case .mapping(let mapping) = root {
                for (key, value) in mapping {
                    switch key.text {
                    case "source-locale":
                        sawSourceLocale = true
                        guard let tag = value.text else {
                            log.add(
                                .badManifest, at: region.position(value),
                                "source-locale must be a language tag such as 'en', found \(value.found)")
                            continue
                        }
                        if Self.checkTag(tag, what: "source-locale", at: region.position(value), &log) { sourceLocale = tag }
                    case "target-locales":
                        targetLocalesPosition = region.position(value)
                        if value.isNull { continue }
                        guard case .list(let sequence) = value else {
                            log.add(
                                .badManifest, at: region.position(value),
                                "target-locales must be a list, as in 'target-locales: [de, ja]', found \(value.found)")
                            continue
                        }
                        for item in sequence {
                            guard let tag = item.text else {
                                log.add(
                                    .badManifest, at: region.position(item),
                                    "each target locale is a language tag such as 'de', found \(item.found)")
                                continue
                            }
                            if Self.checkTag(tag, what: "target locale", at: region.position(item), &log) {
                                targetNodes.append((tag, region.position(item)))
                            }
                        }
                    case "lint":
                        if value.isNull { continue }
                        guard case .mapping(let levels) = value else {
                            log.add(
                                .badManifest, at: region.position(value),
                                "lint must be a map of rule ids to levels, as in 'lint: {unchanged-translation: off}', found \(value.found)"
                            )
                            continue
                        }
                        for (rule, level) in levels {
                            guard let ruleName = rule.text, let levelName = level.text else {
                                log.add(
                                    .badManifest, at: region.position(level),
                                    "each lint entry is 'rule-id: error | warning | info | off', found \(level.found)")
                                continue
                            }
                            let position = region.position(rule)
                            lintLevels.append(
                                Manifest.LintLevel(rule: ruleName, level: levelName, line: position.line, column: position.column)
                            )
                        }
                    default:
                        let name = key.text ?? key.found
                        let hint = Naming.suggestion(for: name, among: Self.knownKeys)
                        log.add(
                            .badManifest, at: region.position(key),
                            "unknown manifest key '\(name)'; expected source-locale, target-locales or lint\(hint)")
                    }
                }
            } else if let root, !root.isNull {
                sawSourceLocale = true  // reported as a whole; do not also ask for the key
                log.add(
                    .badManifest, at: region.position(root),
                    "the manifest must be a map with source-locale and target-locales, found \(root.found)")
            }
            if !sawSourceLocale {
                log.add(
                    .badManifest, line: 1, column: 1, "the manifest has no source-locale; add a line such as 'source-locale: en'")
            }
        }
        for (tag, position) in targetNodes {
            if tag == sourceLocale {
                log.add(.badManifest, at: position, "'\(tag)' is the source locale; remove it from target-locales")
            } else if targets.contains(tag) {
                log.add(.badManifest, at: position, "target locale '\(tag)' is listed twice; remove one")
            } else {
                targets.append(tag)
            }
        }
        manifest = sourceLocale.map {
            var manifest = Manifest(sourceLocale: $0, targetLocales: targets)
            manifest.lintLevels = lintLevels
            return manifest
        }
        problems = CatalogAssembler.ordered(log.problems)
    }

    /// Whether `tag` looks like a BCP 47 tag (`en`, `pt-BR`, `zh-Hant-TW`); logs why not.
    static func checkTag(_ tag: String, what: String, at position: Position, _ log: inout ProblemLog) -> Bool {
        if isLanguageTag(tag) { return true }
        let hint =
            tag.contains("_")
            ? "; use '-' between subtags, as in '\(tag.replacingUnderscores)'" : "; write a tag such as 'en', 'de' or 'pt-BR'"
        log.add(.badManifest, at: position, "\(what) '\(tag)' is not a BCP 47 language tag\(hint)")
        return false
    }

    /// A 2–3 letter language subtag, then subtags of 1–8 letters or digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = subtags.first, (2...3).contains(language.utf8.count),
            language.utf8.allSatisfy(Naming.isLetter)
        else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.utf8.count)
                && subtag.utf8.allSatisfy { Naming.isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }
}

extension String {
    /// With `_` replaced by `-`.
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
