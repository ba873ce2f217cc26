/// A channel's pack: `channels/<id>.yaml`, the rules a reply sent on that channel must follow.
///
/// A template may name a channel in its header only if it is one of ``plainChannels`` or the
/// catalog has a pack for it. The linter turns each entry under `rules:` into the rule
/// `channel/<channel>/<id>`, applied to every template that names the channel. Each entry's
/// `check` is one of a closed set implemented by the linter; its `description` names the platform
/// policy it comes from. The format is described in `docs/channel-packs.md`.
///
/// ```yaml
/// name: Amazon
/// rules:
///   - id: email-addresses
///     check: email-addresses
///     level: error
///     description: No e-mail addresses (Amazon Seller Central, "Buyer-Seller Messaging Guidelines", https://…).
/// ```
public struct ChannelPack: Sendable, Hashable {
    /// Channels a template may name without a pack: they impose no rules of their own.
    public static let plainChannels = ["email", "chat", "marketplace"]

    /// The channels ReplyKit ships a pack for (`replykit init` writes them). A template may name
    /// them even in a catalog without their pack file, so a catalog from before packs existed
    /// still loads and renders; `replykit lint` then reports the missing pack (`channel-pack`).
    public static let shippedChannels = ["amazon", "ebay", "google-business", "google-play", "sms"]

    /// Catalog-relative path (`channels/amazon.yaml`).
    public var file: String
    /// The channel id: the file's name without `.yaml`.
    public var channel: String
    /// `name:`: the platform as people call it (`Amazon Buyer-Seller Messaging`).
    public var name: String?
    /// The entries under `rules:`, in file order (entries with problems are left out).
    public var rules: [ChannelRuleEntry]

    /// Creates a pack.
    public init(file: String, channel: String, name: String? = nil, rules: [ChannelRuleEntry] = []) {
        self.file = file
        self.channel = channel
        self.name = name
        self.rules = rules
    }

    /// Parses a pack; problems carry `file` and positions. Nil when the file is not valid YAML
    /// or not a map; entries with problems are reported and left out, the others kept.
    public static func parse(_ text: String, file: String, channel: String) -> (ChannelPack?, [CatalogProblem]) {
        let parsed = ChannelPackParse(text, file: file, channel: channel)
        return (parsed.pack, parsed.problems)
    }

    /// The channel id of a catalog-relative path `channels/<id>.yaml` (a leading `./` ignored),
    /// or nil for any other path.
    public static func channel(ofPath path: String) -> String? {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        guard path.hasPrefix("channels/"), path.hasSuffix(".yaml") else { return nil }
        let name = path.dropFirst("channels/".count).dropLast(".yaml".count)
        return Naming.isIdentifier(name) ? String(name) : nil
    }
}

/// One entry under a channel pack's `rules:`.
public struct ChannelRuleEntry: Sendable, Hashable {
    /// What the entry checks: its `check` and that check's keys.
    public enum Check: Sendable, Hashable {
        /// `links`: links in the text or `{#link}` markup, except to the hosts and `$placeholders`
        /// of `allow`.
        case links(allow: [String])
        /// `email-addresses`: an e-mail address written in the text.
        case emailAddresses
        /// `phone-numbers`: a phone number written in the text (seven digits or more).
        case phoneNumbers
        /// `emoji`: an emoji in the text.
        case emoji
        /// `images`: image markup (`{#img}`, `{#image}`).
        case images
        /// `phrases`: any of the phrases, in the locale the text is written in.
        case phrases(PhraseList)
        /// `review-requests`: more than `max` requests for a review (found by the phrases) in one reply.
        case reviewRequests(max: Int, phrases: PhraseList)
        /// `length`: the reply rendered from the template's example case, measured in `unit`,
        /// must be at most `limit` (for `sms-segments`, the template's `sms-segments:` if given).
        /// With `bodyOnly`, the subject is not measured (the channel sends none).
        case length(unit: LengthUnit, limit: Int, bodyOnly: Bool)
        /// `translated`: every block translated into every target locale (a reply must be in the
        /// customer's language, not fall back to the source).
        case translated

        /// The entry's `check` as written.
        public var name: String {
            switch self {
            case .links: "links"
            case .emailAddresses: "email-addresses"
            case .phoneNumbers: "phone-numbers"
            case .emoji: "emoji"
            case .images: "images"
            case .phrases: "phrases"
            case .reviewRequests: "review-requests"
            case .length: "length"
            case .translated: "translated"
            }
        }
    }

    /// Where a check's phrases come from.
    public enum PhraseList: Sendable, Hashable {
        /// `phrases:`, a map of locale tags to lists of phrases (as in tone packs: `*` at an end
        /// stands for the rest of a word).
        case byLocale([String: [String]])
        /// `tone-pack: review-changes` or `tone-pack: incentives`: the list of that name in each
        /// locale's tone pack's `review-incentive:` section.
        case tonePack(String)
    }

    /// How a `length` check measures.
    public enum LengthUnit: String, Sendable, Hashable, CaseIterable {
        /// UTF-16 code units (as Google's services count characters).
        case utf16
        /// Bytes of UTF-8.
        case utf8Bytes = "utf8-bytes"
        /// SMS segments: GSM 03.38 (3GPP TS 23.038) 7-bit text, else UCS-2.
        case smsSegments = "sms-segments"
    }

    /// `id`: the rule is `channel/<channel>/<id>`.
    public var id: String
    /// What the entry checks.
    public var check: Check
    /// `level`: the level of its findings, unless the manifest's `lint:` map says otherwise.
    public var level: ToneLevel
    /// `description`: one line for `replykit lint --list-rules`, naming the policy it comes from.
    public var description: String
    /// 1-based line of the entry (its first key) in the pack.
    public var line: Int
    /// 1-based column of the entry's first key, in Unicode scalars.
    public var column: Int

    /// Creates an entry.
    public init(id: String, check: Check, level: ToneLevel, description: String, line: Int = 1, column: Int = 1) {
        self.id = id
        self.check = check
        self.level = level
        self.description = description
        self.line = line
        self.column = column
    }
}
