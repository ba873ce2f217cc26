import ArgumentParser
import CatalogFiles
import Intl

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add a template skeleton and its example case to the catalog.",
        discussion: """
            Writes templates/<TEMPLATE>.reply: a header (kind, channels, summary, inputs), a \
            subject, a greeting by name and one without, one body block and a closing, in the \
            source language, and examples/cases/<TEMPLATE with - for />.json, a case it renders \
            from. A review response gets no subject and no greeting by name (it is public) and \
            ends with a sign-off. The skeleton loads, lints clean and renders in strict mode as \
            it is: replace its text, inputs and example with the template's own. Nothing is ever \
            overwritten.

            TEMPLATE is an id such as 'apology/late-delivery': parts of lowercase letters, digits \
            and '-', starting with a letter or digit, joined by '/'. Kinds: \
            \(TemplateKind.allCases.map(\.rawValue).joined(separator: ", ")). Channels: \
            \(TemplateFile.knownChannels.joined(separator: ", ")) and those with a pack in the \
            catalog's channels/ (docs/channel-packs.md) (default: email,chat; for a review \
            response google-play,google-business,marketplace, those that have a pack).

            Examples:
              replykit new apology/late-delivery --kind apology
              replykit new remedy/gift-card --kind remedy --channels email,chat,sms --catalog shop
              replykit render apology/late-delivery --locale en --case examples/cases/apology-late-delivery.json --strict

            Exit status: 0 written, 2 usage or I/O error (nothing is overwritten).
            """
    )

    @Argument(help: "The new template's id, such as apology/late-delivery.")
    var template: String

    @ArgumentParser.Option(help: "What the template is for: \(TemplateKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @ArgumentParser.Option(help: "The channels it may be sent on, comma-separated (email,chat).")
    var channels: String?

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        guard case .directory(let directory) = try catalogOptions.location() else {
            throw UsageError(
                "there is no replykit.yaml in the current directory; start a catalog with 'replykit init', or pass --catalog DIR")
        }
        guard Naming.isTemplateID(template) else {
            throw UsageError(
                "'\(template)' is not a valid template id: each part uses lowercase letters, digits and '-', starting with a letter or digit, and parts are joined by '/' (as in 'apology/late-delivery')"
            )
        }
        let templateKind = try Self.kind(kind)
        let loaded = try catalogOptions.loadFiles()
        let known = TemplateFile.knownChannels + loaded.files.channelPacks.filter { !TemplateFile.knownChannels.contains($0) }
        let channelList = try Self.channels(channels, kind: templateKind, known: known)
        let skeleton = TemplateSkeleton(id: template, kind: templateKind, channels: channelList)
        let files = [
            (path: "templates/\(template).reply", text: skeleton.template, role: "the template"),
            (path: skeleton.examplePath, text: skeleton.exampleCase, role: "its example case"),
        ]
        let root = directory == "." ? "" : directory + "/"
        if FileSystem.exists(root + files[0].path) {
            throw UsageError(
                "template '\(template)' already exists: \(root)\(files[0].path); choose another id, or edit that file")
        }
        if FileSystem.exists(root + files[1].path) {
            throw UsageError(
                "\(root)\(files[1].path) already exists (an example case with no template?); move it away or choose another id")
        }
        for file in files {
            try FileSystem.create(root + file.path, with: Array(file.text.utf8))
        }
        for file in files { Terminal.out("created \(root)\(file.path)  (\(file.role))") }
        let source = loaded.files.manifest.sourceLocale
        if (try? LocaleID(source))?.language != "en" {
            Terminal.err("note: the skeleton's text is English; write it in '\(source)', the source locale")
        }
        let catalog = catalogOptions.catalog.map { " --catalog \($0)" } ?? ""
        Terminal.out(
            """

            Next: replace the skeleton's text, inputs and example case with the template's own, then
              replykit render \(template) --locale \(source) --case \(root)\(files[1].path) --strict\(catalog)
              replykit lint\(catalog)
            """)
    }

    /// The kind named by `--kind`, or a usage error listing the kinds.
    static func kind(_ name: String) throws -> TemplateKind {
        if let kind = TemplateKind(rawValue: name) { return kind }
        let names = TemplateKind.allCases.map(\.rawValue)
        let hint = Naming.closest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        throw UsageError("unknown kind '\(name)'\(hint); use one of \(names.joined(separator: ", "))")
    }

    /// The channels named by `--channels`, or the kind's default (of those `known`); a usage error
    /// for one not `known` (a plain channel, or one with a pack in the catalog).
    static func channels(_ list: String?, kind: TemplateKind, known: [String]) throws -> [String] {
        guard let list else {
            let defaults = kind == .reviewResponse ? ["google-play", "google-business", "marketplace"] : ["email", "chat"]
            return defaults.filter(known.contains)
        }
        var channels: [String] = []
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = String(item)
            guard known.contains(name) else {
                let hint = Naming.closest(to: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw UsageError(
                    "unknown channel '\(name)'\(hint); use one or more of \(known.joined(separator: ", ")), separated by commas, or add a channel pack, channels/\(name).yaml (docs/channel-packs.md)"
                )
            }
            if !channels.contains(name) { channels.append(name) }
        }
        return channels
    }
}
