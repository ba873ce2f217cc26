import ArgumentParser
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
              replykit lint                              # the catalog in the current directory
              replykit lint --format sarif > lint.sarif  # for GitHub code scanning
              replykit lint --format github              # annotations in a GitHub Actions log
              replykit lint --locale de --max-warnings 0
              replykit lint --list-rules

            Levels can be changed per rule in replykit.yaml:
              lint:
                unchanged-translation: off
                tone/exclamation: error

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

    @Flag(help: "List the rules with their ids, levels and descriptions, and exit.")
    var listRules = false

    @ArgumentParser.Option(
        help: "The catalog directory (with replykit.yaml). Default: the current directory.", completion: .directory)
    var catalog: String = "."

    func run() throws {
        if listRules {
            // The catalog's own tone rules are listed when there is a catalog.
            let hasCatalog = access(catalog + "/replykit.yaml", F_OK) == 0
            let rules =
                hasCatalog
                ? Linter().lint(directory: catalog).rules : Linter().lint(files: ["replykit.yaml": "source-locale: en\n"]).rules
            let width = rules.map(\.id.count).max() ?? 0
            for rule in rules.sorted(by: { $0.id < $1.id }) {
                Terminal.out(
                    "\(rule.id)\(String(repeating: " ", count: width - rule.id.count))  \(rule.severity.rawValue.padding(7))  \(rule.summary)"
                )
            }
            if !hasCatalog {
                Terminal.out(
                    "\nTone rules (tone/…) come from a catalog's locales/<tag>/tone.yaml; run in a catalog or pass --catalog to list them."
                )
            }
            return
        }
        guard access(catalog + "/replykit.yaml", F_OK) == 0 else {
            throw UsageError("no catalog at '\(catalog)': there is no replykit.yaml there")
        }
        let locales = try Self.catalogLocales(locale, catalog: catalog)
        let result = Linter(locales: locales).lint(directory: catalog)
        let colors = format == .text && isatty(1) != 0 && getenv("NO_COLOR") == nil
        // SARIF and GitHub want repository-relative paths: run from the repository root.
        var prefix = catalog
        while prefix.hasPrefix("./") { prefix.removeFirst(2) }
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if prefix == "." { prefix = "" }
        Terminal.out(Reporters.render(result, format: format, options: ReportOptions(colors: colors, pathPrefix: prefix)))
        if result.errorCount > 0 || maxWarnings.map({ result.warningCount > $0 }) == true {
            throw ExitCode(1)
        }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
