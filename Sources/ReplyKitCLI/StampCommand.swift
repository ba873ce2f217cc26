import ArgumentParser
import CatalogFiles

struct StampCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Record that translated blocks were reviewed against the current source (sets their '@' stamps).",
        discussion: """
            Sets the '@' stamp of each named block of a translation file (every block without \
            --block) to the version of its source block's current text, so the block is no longer \
            stale. Only the stamps change: every other byte of the file stays as it was. Stamp a \
            block after checking that its translation says what the source says now ('replykit stale' \
            shows what changed); nothing else ever stamps, and 'replykit lint' never changes files.

            Examples:
              replykit stale --locale pl                            # what changed
              replykit stamp locales/pl/apology/damaged-item.reply --block apology
              replykit stamp locales/de/remedy/full-refund.reply    # every block
              replykit stamp shop/locales/ja/remedy/full-refund.reply --catalog shop

            Exit status: 0 stamped (or nothing needed it), 2 usage or I/O error (nothing is written).
            """
    )

    @Argument(
        help: "A translation file of the catalog: locales/<locale>/<template id>.reply.",
        completion: .file(extensions: ["reply"]))
    var file: String

    @ArgumentParser.Option(
        name: .long, parsing: .singleValue, help: "Stamp only this block (repeatable). Default: every block of FILE.")
    var block: [String] = []

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let loaded = try catalogOptions.loadFiles()
        guard let directory = loaded.directory else {
            throw UsageError(
                "there is no replykit.yaml in the current directory, so '\(file)' is not in a catalog; run in the catalog's directory or pass --catalog DIR"
            )
        }
        let translation = try StampTarget.translation(named: file, in: loaded.files, directory: directory)
        guard let template = loaded.files.templates.first(where: { $0.id == translation.id }) else {
            throw UsageError(
                "the source template templates/\(translation.id).reply has problems that keep it from loading, so its blocks' versions are unknown; fix them first ('replykit lint' lists them)"
            )
        }
        // The file as it is now: its bytes are what is rewritten, its blocks say where.
        var reader = DirectoryReader(root: directory)
        guard let text = reader.read(translation.file) else {
            throw UsageError(reader.problems.map { "\(file): \($0.message)" }.joined(separator: "\nerror: "))
        }
        let current = TranslationFile.parse(text, file: translation.file, id: translation.id, locale: translation.locale).0
        let plan = try StampTarget.plan(
            blocks: current?.blocks ?? [], named: block, template: template, file: file)

        if !plan.changes.isEmpty {
            var stamps: [Int: String] = [:]
            for change in plan.changes { stamps[change.line] = change.new }
            let bytes: [UInt8]
            do {
                bytes = try StampRewrite.rewrite(Array(text.utf8), stamps: stamps)
            } catch {
                throw UsageError("\(file):\(error.line): \(error.message); nothing was stamped")
            }
            try FileSystem.replace(FileSystem.realPath(directory + "/" + translation.file) ?? file, with: bytes)
        }
        Terminal.out(plan.report(file: file))
    }
}
