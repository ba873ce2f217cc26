/// The files `replykit init` writes, in the order it writes and lists them.
struct InitPlan {
    /// One file: its catalog-relative path, its text, and what it is (for the listing).
    struct File {
        var path: String
        var text: String
        var role: String
    }

    let source: String
    let files: [File]
    /// The locales named that no shipped tone pack serves.
    let localesWithoutPack: [String]

    init(source: String, targets: [String]) {
        self.source = source
        let id = InitCommand.exampleID
        var files = [
            File(
                path: "replykit.yaml",
                text: "source-locale: \(source)\ntarget-locales: [\(targets.joined(separator: ", "))]\n",
                role: "the manifest: source \(source)" + (targets.isEmpty ? "" : ", targets \(targets.joined(separator: ", "))")),
            File(path: "templates/\(id).reply", text: InitCommand.exampleTemplate, role: "an example template"),
            File(
                path: "examples/cases/" + id.split(separator: "/").joined(separator: "-") + ".json",
                text: InitCommand.exampleCase, role: "its example case"),
        ]
        // Empty: every block is untranslated, so it falls back to the source and lint lists it
        // with its stamp (a block with no text would render as nothing instead).
        for target in targets {
            files.append(File(path: "locales/\(target)/\(id).reply", text: "", role: "its \(target) translation, empty"))
        }
        var packs: [String] = []
        var without: [String] = []
        for locale in [source] + targets {
            guard let pack = ShippedTonePacks.pack(serving: locale) else {
                without.append(locale)
                continue
            }
            guard !packs.contains(pack.tag) else { continue }
            packs.append(pack.tag)
            let role = pack.tag == locale ? "tone pack for \(locale)" : "tone pack for \(pack.tag), which serves \(locale)"
            files.append(File(path: "locales/\(pack.tag)/tone.yaml", text: pack.text, role: role))
        }
        for (channel, text) in ShippedTonePacks.channelPacks {
            files.append(File(path: "channels/\(channel).yaml", text: text, role: "channel pack for \(channel)"))
        }
        self.files = files
        localesWithoutPack = without
    }
}

extension InitCommand {
    /// The id of the example template a new catalog starts with.
    static let exampleID = "acknowledgement/message-received"

    /// The example template, in English.
    static let exampleTemplate = """
        ---
        kind: acknowledgement
        channels: [email, chat]
        summary: Confirm that a customer's message has arrived, with its ticket number and when they will hear back.
        inputs:
          customer.name: string?
          ticket.id: string
          reply.hours: integer 1...
        ---
        [subject]
        We have received your message (ticket {$ticket.id})

        [greeting] when customer.name
        Dear {$customer.name},

        [greeting-anonymous] otherwise
        Hello,

        [received]
        Thank you for getting in touch. Your message has reached us, and we have logged it under ticket number {$ticket.id}.

        [next-step]
        .input {$reply.hours :integer}
        .match $reply.hours
        one {{A member of our team will get back to you within {$reply.hours} hour. If there is anything you would like to add in the meantime, simply reply to this message.}}
        *   {{A member of our team will get back to you within {$reply.hours} hours. If there is anything you would like to add in the meantime, simply reply to this message.}}

        [closing]
        Kind regards,
        The Customer Service Team

        """

    /// The example template's case.
    static let exampleCase = """
        {
          "customer": {"name": "Maria Lopez"},
          "ticket": {"id": "CS-2026-104512"},
          "reply": {"hours": 24}
        }

        """
}
