/// A locale's tone pack: `locales/<tag>/tone.yaml`.
///
/// The linter turns each entry under `rules:` into the rule `tone/<id>`, applied to the literal
/// text of the templates in that locale (the source locale's pack to `templates/`, a target
/// locale's pack to `locales/<tag>/`). `review-incentive:` holds the phrases the fixed kind policy
/// `review-incentive` looks for in review responses. The format is described in
/// `docs/tone-packs.md`.
///
/// ```yaml
/// register: formal
/// rules:
///   - id: commands
///     type: existence
///     level: warning
///     message: "'%s' reads as a command"
///     fix: "ask instead: 'could you please …'"
///     tokens: [you must, you have to]
/// review-incentive:
///   incentives: [coupon*, voucher*, discount*]
///   review-changes: [change your review, remove your review]
/// ```
public struct TonePack: Sendable, Hashable {
    /// How a locale addresses customers.
    public enum Register: String, Sendable, Hashable, CaseIterable {
        /// Formal address (German *Sie*) or informal address (German *du*).
        case formal, informal
    }

    /// Catalog-relative path (`locales/de/tone.yaml`).
    public var file: String
    /// `register:`: the address the locale uses; `consistency` rules report the other one.
    public var register: Register?
    /// The entries under `rules:`, in file order (entries with problems are left out).
    public var rules: [ToneRuleEntry]
    /// `review-incentive:`: phrases a public review response must not contain.
    public var reviewIncentive: ReviewIncentivePhrases?

    /// Creates a pack.
    public init(
        file: String, register: Register? = nil, rules: [ToneRuleEntry] = [], reviewIncentive: ReviewIncentivePhrases? = nil
    ) {
        self.file = file
        self.register = register
        self.rules = rules
        self.reviewIncentive = reviewIncentive
    }

    /// Parses a pack; problems carry `file` and positions. Nil when the file is not valid YAML
    /// or not a map; entries with problems are reported and left out, the others kept.
    public static func parse(_ text: String, file: String) -> (TonePack?, [CatalogProblem]) {
        let parsed = TonePackParse(text, file: file)
        return (parsed.pack, parsed.problems)
    }
}

/// The level a tone rule reports at, unless the manifest's `lint:` map says otherwise.
public enum ToneLevel: String, Sendable, Hashable, CaseIterable {
    /// `level:` as written: the linter reports the entry's findings as an error, a warning or an info.
    case error, warning, info
}

/// One entry under a pack's `rules:`.
public struct ToneRuleEntry: Sendable, Hashable {
    /// What the entry checks.
    public enum Check: Sendable, Hashable {
        /// `tokens`: each occurrence of a phrase is a finding.
        case existence(tokens: [String])
        /// `swap`: each occurrence of a phrase is a finding whose fix names the suggestion.
        case substitution(swaps: [Swap])
        /// `token`/`tokens` and `max`: more than `max` occurrences in one block variant is a finding.
        case occurrence(tokens: [String], max: Int)
        /// `tokens`: a template (in this locale) must contain at least one of them.
        case required(tokens: [String])
        /// `formal`/`informal`: address forms that must not be mixed (or, with the pack's
        /// `register`, the other register's forms must not be used).
        case consistency(formal: [String], informal: [String])
        /// `max-length`: words in capitals longer than `maxLength` letters (except the entry's
        /// `exceptions`, which are words here, compared exactly).
        case capitalization(maxLength: Int)

        /// The entry's `type` as written.
        public var type: String {
            switch self {
            case .existence: "existence"
            case .substitution: "substitution"
            case .occurrence: "occurrence"
            case .required: "required"
            case .consistency: "consistency"
            case .capitalization: "capitalization"
            }
        }
    }

    /// One `phrase: suggestion` of a substitution.
    public struct Swap: Sendable, Hashable {
        /// The phrase to flag, as written.
        public var phrase: String
        /// What to write instead; the finding's fix names it.
        public var suggestion: String

        /// Creates a swap.
        public init(phrase: String, suggestion: String) {
            self.phrase = phrase
            self.suggestion = suggestion
        }
    }

    /// `id`: the rule is `tone/<id>`.
    public var id: String
    /// What the entry checks: its `type` and that type's keys.
    public var check: Check
    /// `level`: the level the entry's findings are reported at, unless the manifest's `lint:` map says
    /// otherwise.
    public var level: ToneLevel
    /// `message`, with `%s` standing for the matched text.
    public var message: String
    /// `fix`, with `%s` standing for the matched text (the suggestion, for a substitution).
    public var fix: String?
    /// `description`: one line for `replykit lint --list-rules`.
    public var description: String?
    /// `kinds`: the template kinds the entry applies to (nil: every kind).
    public var kinds: [TemplateKind]?
    /// `case-sensitive`: compare letters exactly (default: ignoring case).
    public var caseSensitive: Bool
    /// `exceptions`: for existence and substitution, phrases inside which a match is not reported
    /// (`not your fault` for `your fault`); for capitalization, words allowed in capitals (`IBAN`).
    public var exceptions: [String]
    /// Position of the entry (its first key) in the pack: 1-based line.
    public var line: Int
    /// 1-based column of the entry's first key, in Unicode scalars.
    public var column: Int
    /// Position of its `level` value: 1-based line.
    public var levelLine: Int
    /// 1-based column of its `level` value, in Unicode scalars.
    public var levelColumn: Int

    /// Creates an entry.
    public init(
        id: String, check: Check, level: ToneLevel, message: String, fix: String? = nil, description: String? = nil,
        kinds: [TemplateKind]? = nil, caseSensitive: Bool = false, exceptions: [String] = [], line: Int = 1, column: Int = 1,
        levelLine: Int = 1, levelColumn: Int = 1
    ) {
        self.id = id
        self.check = check
        self.level = level
        self.message = message
        self.fix = fix
        self.description = description
        self.kinds = kinds
        self.caseSensitive = caseSensitive
        self.exceptions = exceptions
        self.line = line
        self.column = column
        self.levelLine = levelLine
        self.levelColumn = levelColumn
    }
}

/// A pack's `review-incentive:` section.
public struct ReviewIncentivePhrases: Sendable, Hashable {
    /// `incentives`: offers of (or hints at) something of value.
    public var incentives: [String]
    /// `review-changes`: requests to change, update or remove a review.
    public var reviewChanges: [String]
    /// `review-words`: words that ask for or mention a review. A template that is not a review
    /// response is checked where its text contains one of them.
    public var reviewWords: [String]
    /// Position of the section in the pack: 1-based line.
    public var line: Int
    /// 1-based column of the section, in Unicode scalars.
    public var column: Int

    /// Creates a section.
    public init(incentives: [String], reviewChanges: [String], reviewWords: [String] = [], line: Int = 1, column: Int = 1) {
        self.incentives = incentives
        self.reviewChanges = reviewChanges
        self.reviewWords = reviewWords
        self.line = line
        self.column = column
    }
}
