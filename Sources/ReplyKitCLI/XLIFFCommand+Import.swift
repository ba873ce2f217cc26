import ArgumentParser
import CatalogFiles
import XLIFF

/// `replykit xliff import`.
struct XLIFFImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check a translated XLIFF 2.0 file and write its translations into the catalog.",
        discussion: """
            Every unit is checked before anything is written: MessageFormat syntax, the same placeholders \
            and markup as the source, a variant for every plural category of the target locale. Any \
            problem is reported by unit id (with the line and column in the XLIFF file) and nothing is \
            written. A unit without a target leaves its block as it is; an unchanged translation keeps its \
            bytes and stamp; a changed one is stamped with the source version it was exported from, so a \
            translation of an old export shows as stale. Each file is written atomically.

            Examples:
              replykit xliff import pl.xlf
              replykit xliff import --dry-run --catalog path/to/catalog pl.xlf

            Exit status: 0 imported (or nothing to change), 1 problems in the file (nothing written), \
            2 usage or I/O error.
            """
    )

    @Argument(
        help: "The XLIFF file from the translation tool ('-' for standard input).",
        completion: .file(extensions: ["xlf", "xliff"]))
    var file: String

    @Flag(help: "Check the file and say what would change, without writing anything.")
    var dryRun = false

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        // Import writes into a catalog directory: the built-in catalog is not one.
        guard case .directory(let catalog) = try catalogOptions.location() else {
            throw UsageError(
                "no catalog here: there is no replykit.yaml in the current directory; import writes into a catalog, so run it in one or pass --catalog DIR"
            )
        }
        let (loaded, _) = CatalogFiles.load(directory: catalog)
        guard let files = loaded else {
            throw UsageError("the catalog at '\(catalog)' cannot be read; run 'replykit lint --catalog \(catalog)'")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.bytes(file, limit: XLIFFImport.maximumBytes)
        } catch {
            throw UsageError(error.description)
        }
        let result: XLIFFImport
        do {
            result = try XLIFFImport(bytes, catalog: files)
        } catch {
            Terminal.err("\(file):\(error.description)")
            throw ExitCode(1)
        }
        for problem in result.problems {
            Terminal.err("\(file):\(problem.description)")
        }
        if !result.problems.isEmpty {
            let count = result.problems.count
            Terminal.err("\(count) problem\(count == 1 ? "" : "s") in \(file); nothing was written. Fix them and import again.")
            throw ExitCode(1)
        }
        if result.updates.isEmpty {
            Terminal.err("nothing to change: the translations in \(file) are already in the catalog")
            return
        }
        for update in result.updates {
            let verb = dryRun ? "would write" : update.isNew ? "created" : "updated"
            let count = update.blocks.count
            Terminal.err(
                "\(verb) \(update.path): \(count) block\(count == 1 ? "" : "s") (\(update.blocks.joined(separator: ", ")))")
        }
        guard !dryRun else { return }
        do {
            try result.write(to: catalog)
        } catch {
            throw UsageError(error.description)
        }
    }
}
