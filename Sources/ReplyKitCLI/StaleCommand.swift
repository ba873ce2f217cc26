import ArgumentParser
import CatalogFiles
import ExactJSON

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

struct StaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stale",
        abstract: "List the translated blocks whose source changed since they were stamped, with what changed.",
        discussion: """
            A translation block is stale when its '@' stamp is not the version of its source block's \
            current text (or it has no stamp). For each one, when the catalog is in a git repository, \
            the source text the stamp was made from is looked up in the template's history and shown as \
            a word diff against the current text: [-removed-]{+added+} (in colour on a terminal). \
            Otherwise the current source text is shown, with the reason there is no diff.

            When a translation says what its source says again, record it with 'replykit stamp'.

            Examples:
              replykit stale                       # every target locale of the catalog
              replykit stale --locale pl --locale de
              replykit stale --catalog path/to/catalog --format json

            Exit status: 0 nothing is stale, 1 something is (for CI), 2 usage or I/O error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var catalogOptions: CatalogOptions

    @ArgumentParser.Option(
        name: .long, parsing: .singleValue, help: "List only this target locale (repeatable). Default: every target locale.",
        completion: .custom(Completions.locales))
    var locale: [String] = []

    @ArgumentParser.Option(help: "text (default) or json.")
    var format: Format = .text

    func run() throws {
        let loaded = try catalogOptions.loadFiles()
        let locales = try LintCommand.catalogLocales(locale, catalog: loaded.directory ?? ".")
        let source = loaded.files.manifest.sourceLocale
        if let locales, locales.contains(source) {
            throw UsageError(
                "--locale '\(source)' is the source locale: its text lives in templates/ and has no stamps; name a target locale (\(loaded.files.manifest.targetLocales.joined(separator: ", ")))"
            )
        }
        CatalogOptions.notice(loaded.problems)
        var history = SourceHistory(directory: loaded.directory)
        let entries = StaleBlock.all(in: loaded.files, locales: locales).map { block in
            StaleEntry(block: block, lookup: block.stamp.map { history.find(stamp: $0, in: block.sourceFile) })
        }
        let prefix = Self.displayPrefix(loaded.directory)
        switch format {
        case .json:
            Terminal.out(Self.json(entries, prefix: prefix))
        case .text:
            let colors = isatty(1) != 0 && getenv("NO_COLOR") == nil
            Terminal.out(Self.text(entries, prefix: prefix, catalog: catalogOptions.catalog, colors: colors))
        }
        if !entries.isEmpty { throw ExitCode(1) }
    }

    /// A stale block and what the history says about its stamp (nil: it has no stamp to look up).
    struct StaleEntry {
        var block: StaleBlock
        var lookup: SourceHistory.Lookup?

        /// The diff from the stamped source text to the current one, when the history has it.
        var diff: WordDiff? {
            guard case .found(let text, _) = lookup else { return nil }
            return WordDiff(from: text, to: block.sourceText)
        }
    }

    /// What to put before a catalog-relative path so that it names the file from the current
    /// directory: `path/to/catalog/`, or nothing.
    static func displayPrefix(_ directory: String?) -> String {
        guard var prefix = directory else { return "" }
        while prefix.hasPrefix("./") { prefix.removeFirst(2) }
        while prefix.count > 1, prefix.hasSuffix("/") { prefix.removeLast() }
        return prefix == "." || prefix.isEmpty ? "" : prefix + "/"
    }

    /// The report for tools: `{"stale": [...]}`, one object per stale block.
    static func json(_ entries: [StaleEntry], prefix: String) -> String {
        var writer = JSONWriter()
        writer.object { writer in
            writer.key("stale")
            writer.array { writer in
                for entry in entries {
                    let block = entry.block
                    writer.object { writer in
                        writer.member("file", prefix + block.file)
                        writer.key("line")
                        writer.number(String(block.line))
                        writer.key("column")
                        writer.number(String(block.column))
                        writer.member("locale", block.locale)
                        writer.member("template", block.template)
                        writer.member("block", block.block)
                        writer.member("stamp", block.stamp)
                        writer.member("current", block.current)
                        writer.member("sourceFile", prefix + block.sourceFile)
                        writer.key("sourceLine")
                        writer.number(String(block.sourceLine))
                        writer.member("source", block.sourceText)
                        writer.key("previous")
                        if case .found(let text, let commit) = entry.lookup {
                            writer.object { writer in
                                writer.member("commit", commit)
                                writer.member("text", text)
                            }
                        } else {
                            writer.null()
                        }
                        writer.key("diff")
                        if let diff = entry.diff {
                            writer.array { writer in
                                for piece in diff.pieces {
                                    writer.object { writer in
                                        writer.member("kind", "\(piece.kind)")
                                        writer.member("text", piece.text)
                                    }
                                }
                            }
                        } else {
                            writer.null()
                        }
                        writer.member("noDiffReason", entry.noDiffReason)
                    }
                }
            }
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

extension StaleCommand.StaleEntry {
    /// Why no diff is shown, or nil when one is.
    var noDiffReason: String? {
        switch lookup {
        case .found: nil
        case .unavailable(let reason): reason
        case nil: "the block has no valid stamp, so there is no earlier source text to compare with"
        }
    }
}
