import ArgumentParser
import CatalogFiles

/// `replykit xliff`: XLIFF 2.0 for translation tools.
struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff",
        abstract: "Export translations to XLIFF 2.0 for translation tools, and import them back.",
        discussion: """
            XLIFF 2.0 is what Crowdin, Phrase, memoQ and Trados read. One <file> per template, one <unit> \
            per block; a .match on a number gets one unit per plural category of the target language. \
            Placeholders and markup are protected inline codes; notes say when a block is shown and which \
            inputs it reads.

            Examples:
              replykit xliff export --locale pl > pl.xlf
              replykit xliff export --locale de apology/damaged-item remedy/full-refund > de.xlf
              replykit xliff import pl.xlf              # after translation: checks, then writes locales/pl/
              replykit xliff import --dry-run pl.xlf    # check only

            See docs/translators.md for a walk through a round trip.
            """,
        subcommands: [XLIFFExportCommand.self, XLIFFImportCommand.self]
    )
}

extension CatalogOptions {
    /// The catalog's files as parsed, for XLIFF export (the built-in starter catalog when there is
    /// no catalog, as for the other commands); a usage error when the manifest cannot be read.
    func loadFiles() throws -> CatalogFiles {
        let directory = catalog ?? "."
        let useStarter = catalog == nil && !FileSystem.exists(directory + "/replykit.yaml")
        guard useStarter || FileSystem.exists(directory + "/replykit.yaml") else {
            throw UsageError("no catalog at '\(directory)': there is no replykit.yaml there")
        }
        let (files, problems) =
            useStarter ? CatalogFiles.load(files: StarterCatalog.files) : CatalogFiles.load(directory: directory)
        guard let files else {
            for problem in problems {
                Terminal.err("\(problem.file):\(problem.line):\(problem.column): error: \(problem.message)")
            }
            throw UsageError("the catalog's replykit.yaml cannot be read; fix it and try again")
        }
        return files
    }
}
