import CatalogFiles
import Testing

/// `replykit new`: a skeleton of each kind that loads, lints clean in the source locale and
/// renders strictly from its example case; and the ids, kinds and channels it refuses.
@Suite struct NewCommandTests {
    /// A fresh catalog made by `replykit init` (English source, German target).
    static func catalog() -> String {
        let directory = InitCommandTests.temporaryDirectory()
        _ = ReplyKitBinary.run(["init", "--locales", "de"], directory: directory)
        return directory
    }

    @Test(arguments: [
        (
            "apology", "apology/late-parcel", "[email, chat]",
            """
            Subject: Your order EU-2026-100482: we are sorry

            Dear Alex Morgan,

            We are truly sorry for the trouble with your order EU-2026-100482, and we are grateful to you for letting us know.

            Kind regards,
            The Customer Service Team

            """
        ),
        (
            "remedy", "remedy/gift-card", "[email, chat]",
            """
            Subject: Your order EU-2026-100482: how we are putting things right

            Dear Alex Morgan,

            Thank you for your patience with your order EU-2026-100482. We have taken care of the problem, and we will confirm each next step by e-mail.

            Kind regards,
            The Customer Service Team

            """
        ),
        (
            "follow-up", "follow-up/check", "[email, chat]",
            """
            Subject: Following up on your order EU-2026-100482

            Dear Alex Morgan,

            We are getting in touch to make sure that everything with your order EU-2026-100482 is now as it should be. If anything is still not right, simply reply to this message.

            Kind regards,
            The Customer Service Team

            """
        ),
        (
            "review-response", "review-response/any-review", "[google-play, google-business, marketplace]",
            """
            Thank you for your 4-star review and for taking the time to tell us about your experience.

            The Customer Service Team

            """
        ),
    ])
    func aSkeletonLoadsLintsCleanAndRendersStrictly(kind: String, id: String, channels: String, reply: String) {
        let directory = Self.catalog()
        defer { InitCommandTests.remove(directory) }
        let made = ReplyKitBinary.run(["new", id, "--kind", kind], directory: directory)
        #expect(made.status == 0, "\(made.stderr)")
        let example = "examples/cases/" + id.split(separator: "/").joined(separator: "-") + ".json"
        #expect(made.stdout.hasPrefix("created templates/\(id).reply  (the template)\ncreated \(example)  (its example case)\n"))
        let template = TextFile.read(directory + "/templates/\(id).reply") ?? ""
        #expect(template.hasPrefix("---\nkind: \(kind)\nchannels: \(channels)\n"))

        let render = ReplyKitBinary.run(
            ["render", id, "--locale", "en", "--strict", "--case", example], directory: directory)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout == reply)
        let lint = ReplyKitBinary.run(["lint", "--locale", "en", "--max-warnings", "0", "--pseudo"], directory: directory)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout == "no problems found in the catalog\n")
    }

    @Test func channelsAreAsGiven() {
        let directory = Self.catalog()
        defer { InitCommandTests.remove(directory) }
        let made = ReplyKitBinary.run(
            ["new", "acknowledgement/callback", "--kind", "acknowledgement", "--channels", "email,sms", "--catalog", directory])
        #expect(made.status == 0, "\(made.stderr)")
        let template = TextFile.read(directory + "/templates/acknowledgement/callback.reply") ?? ""
        #expect(template.hasPrefix("---\nkind: acknowledgement\nchannels: [email, sms]\n"))
    }

    @Test(arguments: [
        (
            ["new", "acknowledgement/message-received", "--kind", "acknowledgement"],
            "error: template 'acknowledgement/message-received' already exists: templates/acknowledgement/message-received.reply; choose another id, or edit that file\n"
        ),
        (
            ["new", "Apology/late", "--kind", "apology"],
            "error: 'Apology/late' is not a valid template id: each part uses lowercase letters, digits and '-', starting with a letter or digit, and parts are joined by '/' (as in 'apology/late-delivery')\n"
        ),
        (
            ["new", "apology//late", "--kind", "apology"],
            "error: 'apology//late' is not a valid template id: each part uses lowercase letters, digits and '-', starting with a letter or digit, and parts are joined by '/' (as in 'apology/late-delivery')\n"
        ),
        (
            ["new", "../outside", "--kind", "apology"],
            "error: '../outside' is not a valid template id: each part uses lowercase letters, digits and '-', starting with a letter or digit, and parts are joined by '/' (as in 'apology/late-delivery')\n"
        ),
        (
            ["new", "apology/late", "--kind", "apologie"],
            "error: unknown kind 'apologie' (did you mean 'apology'?); use one of apology, remedy, acknowledgement, review-response, follow-up\n"
        ),
        (
            ["new", "apology/late", "--kind", "apology", "--channels", "email,whatsapp"],
            "error: unknown channel 'whatsapp'; use one or more of email, chat, marketplace, amazon, ebay, google-business, google-play, sms, separated by commas, or add a channel pack, channels/whatsapp.yaml (docs/channel-packs.md)\n"
        ),
    ])
    func refusalsWriteNothing(arguments: [String], message: String) {
        let directory = Self.catalog()
        defer { InitCommandTests.remove(directory) }
        let before = InitCommandTests.files(directory)
        let result = ReplyKitBinary.run(arguments, directory: directory)
        #expect(result.status == 2)
        #expect(result.stderr == message)
        #expect(InitCommandTests.files(directory) == before)
    }

    @Test func outsideACatalogItSaysHowToStartOne() {
        let directory = InitCommandTests.temporaryDirectory()
        defer { InitCommandTests.remove(directory) }
        let result = ReplyKitBinary.run(["new", "apology/late", "--kind", "apology"], directory: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: there is no replykit.yaml in the current directory; start a catalog with 'replykit init', or pass --catalog DIR\n"
        )
        #expect(InitCommandTests.files(directory).isEmpty)
    }
}
