import ArgumentParser
import CatalogFiles
import XLIFF

/// `replykit xliff export`.
struct XLIFFExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the templates and their translations into one locale as XLIFF 2.0 on standard output.",
        discussion: """
            Untranslated blocks have no <target> (state="initial"); blocks whose source changed since they \
            were translated keep their old translation as the target, with state="initial" and a note. Each \
            unit records the version of its source block, which import stamps on the translation.

            Examples:
              replykit xliff export --locale pl > pl.xlf
              replykit xliff export --locale ja apology/damaged-item > ja-damaged-item.xlf
            """
    )

    @ArgumentParser.Option(help: "The target locale to export (one of the catalog's target-locales).")
    var locale: String

    @Argument(help: "Template ids to export (default: every template).", completion: .custom(Completions.templates))
    var templates: [String] = []

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let files = try catalogOptions.loadFiles().files
        do {
            let document = try XLIFFExport.document(files, locale: locale, templates: templates)
            Terminal.out(String(document.dropLast()))
        } catch {
            throw UsageError(error.description)
        }
    }
}
