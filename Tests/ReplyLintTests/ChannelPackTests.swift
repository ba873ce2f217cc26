import CatalogFiles
import ReplyLint
import Testing

/// One seeded defect of a shipped channel pack: a template on the channel whose text (written
/// by hand) breaks the rule at a known place, and one that follows it.
struct ChannelCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var bad: String
    /// `line:column` of the finding in `templates/t/x.reply` (its text starts on line 7).
    var at: String
    var good: String
    var testDescription: String { rule }

    init(_ rule: String, bad: String, at: String, good: String) {
        self.rule = rule
        self.bad = bad
        self.at = at
        self.good = good
    }

    var channel: String { String(rule.split(separator: "/")[1]) }
}

/// The repository's catalog directory (for the shipped packs).
private let repository: String = {
    var root = #filePath
    for _ in 0..<3 { root = String(root[..<root.lastIndex(of: "/")!]) }
    return root
}()

/// A catalog with one template `t/x` on `channels`, whose one block holds `text`, and the shipped packs.
func channelCatalog(
    _ channels: String, _ text: String, header: String = "", targets: String = "[]", extra: [String: String] = [:]
) -> [String: String] {
    var files = [
        "replykit.yaml": "source-locale: en\ntarget-locales: \(targets)\n",
        "templates/t/x.reply":
            "---\nkind: acknowledgement\nchannels: [\(channels)]\nsummary: s\n\(header)---\n[body]\n\(text)\n",
        "examples/cases/t-x.json": "{}",
        "locales/en/tone.yaml": "review-incentive:\n  review-changes: [change your review, update your review]\n",
    ]
    for channel in ["amazon", "ebay", "sms", "google-play", "google-business"] {
        files["channels/\(channel).yaml"] = TextFile.read("\(repository)/channels/\(channel).yaml")
    }
    files.merge(extra) { $1 }
    return files
}

let channelCases: [ChannelCase] = [
    ChannelCase(
        "channel/amazon/links", bad: "See https://shop.example/help for help.", at: "7:5",
        good: "See https://www.amazon.de/gp/help for help."),
    ChannelCase(
        "channel/amazon/links", bad: "Print {#link href=|https://labels.example/x|}your label{/link}.", at: "7:7",
        good: "Print {#link href=|https://sellercentral.amazon.com/x|}your label{/link}."),
    ChannelCase(
        "channel/amazon/email-addresses", bad: "Write to help@shop.example today.", at: "7:10",
        good: "Write to us through Amazon's messages."),
    ChannelCase("channel/amazon/phone-numbers", bad: "Call +49 30 1234567 today.", at: "7:6", good: "It arrives in 3 days."),
    ChannelCase("channel/amazon/emoji", bad: "Thank you 😊", at: "7:11", good: "Thank you :)"),
    ChannelCase("channel/amazon/images", bad: "{#img src=|logo.png|/} Thanks", at: "7:1", good: "{#b}Thanks{/b}"),
    ChannelCase(
        "channel/amazon/marketing", bad: "Use promo code SAVE on your next order.", at: "7:5",
        good: "Your replacement ships today."),
    ChannelCase(
        "channel/amazon/review-change", bad: "Please change your review.", at: "7:8", good: "Please tell us more."),
    ChannelCase(
        "channel/amazon/review-requests", bad: "Please write a review. If you can, write a review soon.", at: "7:36",
        good: "If you like, please write a review."),
    ChannelCase("channel/ebay/email-addresses", bad: "Mail me: a.b@shop.example", at: "7:10", good: "Message us on eBay."),
    ChannelCase("channel/ebay/phone-numbers", bad: "Call (030) 123 45 67.", at: "7:6", good: "Call us through eBay."),
    ChannelCase("channel/ebay/links", bad: "Visit www.myshop.example now.", at: "7:7", good: "Visit www.ebay.de/str/shop now."),
    ChannelCase(
        "channel/ebay/outside-offers", bad: "Next time, order directly from us.", at: "7:12", good: "Next time, we will be ready."
    ),
]

@Suite struct ChannelPackTests {
    @Test(arguments: channelCases)
    func theBadTemplateIsReportedAtItsDefect(_ testCase: ChannelCase) {
        let findings = Linter().lint(files: channelCatalog(testCase.channel, testCase.bad)).findings
        #expect(
            findings.filter { $0.rule == testCase.rule }.map { "\($0.file):\($0.line):\($0.column)" } == [
                "templates/t/x.reply:\(testCase.at)"
            ], "\(findings)")
    }

    @Test(arguments: channelCases)
    func theGoodTemplateIsClean(_ testCase: ChannelCase) {
        let findings = Linter().lint(files: channelCatalog(testCase.channel, testCase.good)).findings
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func everyShippedRuleHasASeededCase() {
        let seeded = Set(channelCases.map(\.rule) + Self.otherSeeded)
        let shipped = Linter.rules(directory: repository).map(\.id).filter { $0.hasPrefix("channel/") }
        #expect(Set(shipped) == seeded)
    }

    /// Rules seeded by the tests below.
    static let otherSeeded = [
        "channel/amazon/buyer-language", "channel/sms/length", "channel/google-play/length", "channel/google-business/length",
    ]

    @Test func anUntranslatedTemplateOnAmazonIsAnError() throws {
        let files = channelCatalog("email, amazon", "Hello.", targets: "[de]")
        let finding = try #require(Linter().lint(files: files).findings.first { $0.rule == "channel/amazon/buyer-language" })
        #expect("\(finding.file):\(finding.line):\(finding.column) \(finding.locale ?? "-")" == "templates/t/x.reply:3:19 de")
        #expect(finding.severity == .error)
        var translated = files
        translated["locales/de/t/x.reply"] = "[body] @\(blockHash("Hello."))\nHallo.\n"
        #expect(Linter().lint(files: translated).findings.isEmpty)
    }

    @Test func googleLimitsAreChannelRules() {
        let play = channelCatalog("google-play", Array(repeating: "Thanks.", count: 44).joined(separator: " "))  // 351 characters
        #expect(
            Linter().lint(files: play).findings.map { "\($0.line):\($0.column) \($0.rule) \($0.message)" } == [
                "3:12 channel/google-play/length the en reply rendered from examples/cases/t-x.json is 351 characters, over the Google Play (google-play) limit of 350"
            ])
        #expect(Linter().lint(files: channelCatalog("google-play", String(repeating: "a", count: 350))).findings.isEmpty)
        let business = channelCatalog("google-business", String(repeating: "ü", count: 2049))  // 4098 bytes
        #expect(
            Linter().lint(files: business).findings.map(\.rule) == ["channel/google-business/length"])
        #expect(Linter().lint(files: channelCatalog("google-business", String(repeating: "ü", count: 2048))).findings.isEmpty)
    }

    /// The SMS body (160 GSM-7 characters in one message, 153 per segment; 70 and 67 UTF-16 units
    /// once a character needs UCS-2), and the segments a human counted for it.
    @Test(arguments: [
        (String(repeating: "a", count: 160), 1, "GSM-7, 160 characters"),
        (String(repeating: "a", count: 161), 2, "GSM-7, 161 characters"),
        (String(repeating: "a", count: 306), 2, "GSM-7, 306 characters"),
        (String(repeating: "a", count: 307), 3, "GSM-7, 307 characters"),
        (String(repeating: "a", count: 159) + "€", 2, "GSM-7, 160 characters"),  // € takes two septets
        // 306 septets, but the € does not fit at the end of the first segment: 152 + 153 + 1.
        (String(repeating: "a", count: 152) + "€" + String(repeating: "a", count: 152), 3, "GSM-7, 305 characters"),
        (String(repeating: "ł", count: 70), 1, "UCS-2, 70 UTF-16 units"),
        (String(repeating: "ł", count: 71), 2, "UCS-2, 71 UTF-16 units"),
        (String(repeating: "ł", count: 135), 3, "UCS-2, 135 UTF-16 units"),
        (String(repeating: "a", count: 69) + "\u{2068}", 1, "UCS-2, 70 UTF-16 units"),
        (String(repeating: "a", count: 100) + "\u{2068}", 2, "UCS-2, 101 UTF-16 units"),  // an invisible bidi mark
        (String(repeating: "ç", count: 71), 2, "UCS-2, 71 UTF-16 units"),  // ç is not GSM-7 (Ç is)
    ])
    func smsSegments(_ text: String, segments: Int, counted: String) {
        let one = Linter().lint(files: channelCatalog("sms", text)).findings
        if segments == 1 {
            #expect(one.isEmpty, "\(one)")
        } else {
            #expect(
                one.map { "\($0.line):\($0.column) \($0.rule) \($0.message)" } == [
                    "3:12 channel/sms/length the en reply rendered from examples/cases/t-x.json is \(segments) SMS segments (\(counted)), over the sms default of 1"
                ])
        }
        let allowed = Linter().lint(files: channelCatalog("sms", text, header: "sms-segments: \(segments)\n")).findings
        #expect(allowed.isEmpty, "\(allowed)")
        if segments > 1 {
            let fewer = Linter().lint(files: channelCatalog("sms", text, header: "sms-segments: \(segments - 1)\n")).findings
            #expect(fewer.map { "\($0.line):\($0.column) \($0.rule)" } == ["5:15 channel/sms/length"])
        }
    }

    @Test func smsSegmentsNeedsTheSMSChannel() {
        let findings = Linter().lint(files: channelCatalog("email", "Hi.", header: "sms-segments: 2\n")).findings
        #expect(
            findings.map { "\($0.line):\($0.column) \($0.message)" } == [
                "5:15 sms-segments limits the length of an SMS, but the channels do not include sms; add sms to channels or remove the line"
            ])
    }

    @Test func aLengthLimitedChannelWithoutAnExampleIsReported() {
        var files = channelCatalog("email, sms", "Hi.")
        files["examples/cases/t-x.json"] = nil
        #expect(
            Linter().lint(files: files).findings.map { "\($0.line):\($0.column) \($0.rule) \($0.fix ?? "")" } == [
                "3:19 channel-example add examples/cases/t-x.json with the case data of a typical reply"
            ])
    }

    /// A catalog from before channel packs: its review response names google-play but it has no
    /// channels/: it still loads (so render and serve keep working), and lint says the pack is
    /// missing, at the channel in the header, instead of silently checking nothing.
    @Test func aShippedChannelWithoutItsPackLoadsAndLintSaysSo() {
        var files = channelCatalog("email, google-play", "Hi.")
        for channel in ["amazon", "ebay", "sms", "google-play", "google-business"] { files["channels/\(channel).yaml"] = nil }
        let (catalog, problems) = CatalogFiles.load(files: files)
        #expect(catalog != nil)
        #expect(problems.isEmpty, "\(problems)")
        let findings = Linter().lint(files: files).findings
        #expect(findings.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" } == ["templates/t/x.reply:3:19 channel-pack"])
        #expect(findings.first?.message.contains("no channels/google-play.yaml") == true)
    }

    @Test func packProblemsAreReported() {
        let files = channelCatalog(
            "fax", "Hi.",
            extra: ["channels/fax.yaml": "rules:\n  - id: length\n    check: lenght\n    level: error\n    description: d\n"])
        #expect(
            Linter().lint(files: files).findings.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" } == [
                "channels/fax.yaml:3:12 channel-pack"
            ])
    }
}
