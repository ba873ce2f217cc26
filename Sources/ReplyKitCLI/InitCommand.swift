import ArgumentParser
import CatalogFiles
import Intl

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a catalog: a manifest, an example template and case, translation files, tone and channel packs.",
        discussion: """
            Writes into DIR (created if needed): replykit.yaml with the source and target locales; \
            one example template, templates/\(InitCommand.exampleID).reply, with its example case \
            under examples/cases/; for each target locale an empty translation file, which \
            'replykit lint' lists block by block, with the '@' stamp each translated block takes; \
            and the tone pack ReplyKit ships for each locale named (locales/<tag>/tone.yaml; a \
            region's tag such as de-AT gets its language's pack). A locale without a shipped pack \
            gets none, and init says so. It also writes the channel packs ReplyKit ships \
            (channels/<id>.yaml: amazon, ebay, sms, google-play, google-business), which let \
            templates name those channels and lint their replies against the platforms' rules. Nothing is ever overwritten: init refuses a DIR that \
            already holds a replykit.yaml or any file it would write.

            Examples:
              replykit init shop --locales de,fr,ja
              replykit init --source en --locales de-AT,pl     # in the current directory
              replykit init support --source de --locales en

            Exit status: 0 written, 2 usage or I/O error (nothing is overwritten).
            """
    )

    @Argument(help: "The catalog directory to create or fill (default: the current directory).", completion: .directory)
    var directory: String = "."

    @ArgumentParser.Option(help: "The source locale, the language the templates are written in (a BCP 47 tag).")
    var source: String = "en"

    @ArgumentParser.Option(
        help: "The target locales to translate into, comma-separated BCP 47 tags (de,fr,zh-Hans).",
        completion: .custom(Completions.locales))
    var locales: String = ""

    func run() throws {
        let targets = try Self.targets(locales, source: source)
        let plan = InitPlan(source: source, targets: targets)
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        if FileSystem.exists(root + "/replykit.yaml") {
            throw UsageError(
                "'\(root)' already holds a catalog (\(root)/replykit.yaml); add templates to it with 'replykit new', or choose another directory"
            )
        }
        let existing = plan.files.map(\.path).filter { FileSystem.exists(root + "/" + $0) }
        if !existing.isEmpty {
            throw UsageError(
                "'\(root)' already has \(existing.map { "'\($0)'" }.joined(separator: ", ")), which init would write; nothing was written. Move \(existing.count == 1 ? "it" : "them") away or choose another directory"
            )
        }
        for file in plan.files {
            try FileSystem.create(root + "/" + file.path, with: Array(file.text.utf8))
        }
        report(plan, root: root)
    }

    /// The target locales from `--locales`: each a BCP 47 tag, none twice, not the source.
    static func targets(_ list: String, source: String) throws -> [String] {
        guard (try? LocaleID(source)) != nil, Manifest.parse("source-locale: \(source)\n", file: "").1.isEmpty else {
            throw UsageError("--source '\(source)' is not a BCP 47 locale tag; write one such as 'en', 'de' or 'pt-BR'")
        }
        var targets: [String] = []
        guard !list.isEmpty else { return targets }
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let tag = String(item).trimmingSpaces
            guard !tag.isEmpty else {
                throw UsageError("--locales '\(list)' has an empty entry; separate tags with single commas, as in 'de,fr,ja'")
            }
            if tag.lowercased() == source.lowercased() {
                throw UsageError(
                    "--locales names the source locale '\(tag)'; the templates are written in it, so remove it from --locales")
            }
            let manifest = "source-locale: \(source)\ntarget-locales: [\(tag)]\n"
            guard (try? LocaleID(tag)) != nil, Manifest.parse(manifest, file: "").1.isEmpty else {
                throw UsageError("--locales: '\(tag)' is not a BCP 47 locale tag; write one such as 'de', 'de-AT' or 'zh-Hans'")
            }
            if targets.contains(where: { $0.lowercased() == tag.lowercased() }) {
                throw UsageError("--locales names '\(tag)' twice; name each locale once")
            }
            targets.append(tag)
        }
        return targets
    }

    private func report(_ plan: InitPlan, root: String) {
        let width = plan.files.map(\.path.count).max() ?? 0
        Terminal.out("Created a catalog in \(root):")
        for file in plan.files {
            Terminal.out("  \(file.path)\(String(repeating: " ", count: width - file.path.count))  \(file.role)")
        }
        for locale in plan.localesWithoutPack {
            Terminal.err(
                "note: no tone pack ships for '\(locale)', so 'replykit lint' checks no tone rules on its text; docs/tone-packs.md shows how to write locales/\(locale)/tone.yaml"
            )
        }
        if (try? LocaleID(plan.source))?.language != "en" {
            Terminal.err(
                "note: the example template is written in English; rewrite its text in '\(plan.source)', the source locale")
        }
        let catalog = root == "." ? "" : " --catalog \(root)"
        let example = "examples/cases/" + Self.exampleID.split(separator: "/").joined(separator: "-") + ".json"
        let caseFile = root == "." ? example : root + "/" + example
        Terminal.out(
            """

            Next:
              replykit render \(Self.exampleID) --locale \(plan.source) --case \(caseFile)\(catalog)
              replykit lint\(catalog)                # lists the blocks still to translate
              replykit new apology/late-delivery --kind apology\(catalog)
            """)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
