import ArgumentParser
import ReplyKit
import ReplyLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ReportFormat: ExpressibleByArgument {}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a catalog: syntax, translations, placeholders, plurals, tone and public-reply policies.",
        discussion: """
            Examples:
              replykit lint                              # here, or the built-in catalog
              replykit lint --catalog path/to/catalog
              replykit lint --format sarif > lint.sarif  # for GitHub code scanning
              replykit lint --format github              # annotations in a GitHub Actions log
              replykit lint --locale de --max-warnings 0
              replykit lint --pseudo                     # also en-XA and ar-XB against channel limits
              replykit lint --list-rules

            Levels can be changed per rule in replykit.yaml:
              lint:
                unchanged-translation: off
                tone/exclamation: error

            --pseudo renders every template's example case in the pseudo-locales en-XA (accented, \
            about 40% longer) and ar-XB (right to left) and reports each reply over a channel's \
            length limit as a pseudo-length warning: room a translation will need.

            A rule can be disabled for one block with an annotation line right after the block line:
              [apology]
              #: lint-disable tone/commands: quoting the customer's own words

            Exit status: 0 clean, 1 an error-level finding or more warnings than --max-warnings,
            2 usage or I/O error.
            """
    )

    @ArgumentParser.Option(help: "text (default), json, sarif or github.")
    var format: ReportFormat = .text

    @ArgumentParser.Option(
        name: .long, parsing: .singleValue,
        help: "Check only these locales of the catalog (repeatable; the source locale checks the templates alone).",
        completion: .custom(Completions.locales))
    var locale: [String] = []

    @ArgumentParser.Option(help: "Fail when there are more warnings than this.")
    var maxWarnings: Int?

    @Flag(help: "Also render every example in the pseudo-locales en-XA and ar-XB and check channel lengths (pseudo-length).")
    var pseudo = false

    @Flag(help: "List the rules with their ids, levels and descriptions, and exit.")
    var listRules = false

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let location = try catalogOptions.location()
        if listRules {
            list(Self.rules(of: location))
            if location == .starter {
                Terminal.out(
                    "\nThese are the built-in starter catalog's rules (tone/… from its locales/<tag>/tone.yaml); run in a catalog or pass --catalog to list another's."
                )
            }
            return
        }
        let result: LintResult
        var prefix = ""
        switch location {
        case .starter:
            let locales = try Self.catalogLocales(locale, manifest: ReplyCatalog.starterFiles["replykit.yaml"])
            result = Linter(locales: locales, pseudo: pseudo).lint(files: ReplyCatalog.starterFiles)
        case .directory(let catalog):
            let locales = try Self.catalogLocales(locale, catalog: catalog)
            result = Linter(locales: locales, pseudo: pseudo).lint(directory: catalog)
            // SARIF and GitHub want repository-relative paths: run from the repository root.
            prefix = catalog
            while prefix.hasPrefix("./") { prefix.removeFirst(2) }
            while prefix.hasSuffix("/") { prefix.removeLast() }
            if prefix == "." { prefix = "" }
        }
        let colors = format == .text && isatty(1) != 0 && getenv("NO_COLOR") == nil
        Terminal.out(Reporters.render(result, format: format, options: ReportOptions(colors: colors, pathPrefix: prefix)))
        if result.errorCount > 0 || maxWarnings.map({ result.warningCount > $0 }) == true {
            throw ExitCode(1)
        }
    }

    /// The rules a lint of the catalog runs, from the rule registry and the catalog's tone packs.
    private static func rules(of location: CatalogOptions.Location) -> [RuleDescription] {
        switch location {
        case .starter: Linter.rules(files: ReplyCatalog.starterFiles)
        case .directory(let catalog): Linter.rules(directory: catalog)
        }
    }

    /// One line per rule, by id: id, level, summary.
    private func list(_ rules: [RuleDescription]) {
        let width = rules.map(\.id.count).max() ?? 0
        for rule in rules.sorted(by: { $0.id < $1.id }) {
            Terminal.out(
                "\(rule.id)\(String(repeating: " ", count: width - rule.id.count))  \(rule.severity.rawValue.padding(7))  \(rule.summary)"
            )
        }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
