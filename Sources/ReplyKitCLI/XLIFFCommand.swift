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
