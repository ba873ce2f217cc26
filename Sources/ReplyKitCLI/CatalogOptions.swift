import ArgumentParser
import ReplyKit

/// `--catalog DIR`, shared by the commands that read a catalog.
struct CatalogOptions: ParsableArguments {
    @ArgumentParser.Option(
        help:
            "The catalog directory (with replykit.yaml). Default: the current directory, or the built-in starter catalog when it has none.",
        completion: .directory
    )
    var catalog: String?

    /// The whole catalog, or a usage error that lists every problem in it.
    func load() throws -> ReplyCatalog {
        try load(
            starter: { () throws(CatalogError) in try ReplyCatalog.starter() },
            directory: { directory throws(CatalogError) in try ReplyCatalog(directory: directory) })
    }

    /// Only the manifest, `templates` and their translations, checked as fully as `load()` checks
    /// the whole catalog; a template not in the catalog is left out (its id then has no `info`,
    /// and `suggestions` come from every template's file name).
    func load(templates: [String]) throws -> ReplyCatalog {
        try load(
            starter: { () throws(CatalogError) in try ReplyCatalog.starter(templates: templates) },
            directory: { directory throws(CatalogError) in try ReplyCatalog(directory: directory, templates: templates) })
    }

    private func load(
        starter: () throws(CatalogError) -> ReplyCatalog, directory load: (String) throws(CatalogError) -> ReplyCatalog
    ) throws -> ReplyCatalog {
        let directory = catalog ?? "."
        guard catalog != nil || FileSystem.exists(directory + "/replykit.yaml") else {
            return try report(starter)
        }
        guard FileSystem.exists(directory + "/replykit.yaml") else {
            throw UsageError("no catalog at '\(directory)': there is no replykit.yaml there")
        }
        return try report { () throws(CatalogError) in try load(directory) }
    }

    private func report(_ load: () throws(CatalogError) -> ReplyCatalog) throws -> ReplyCatalog {
        do {
            return try load()
        } catch {
            for problem in error.problems {
                Terminal.err(
                    "\(problem.file):\(problem.line):\(problem.column): error: \(problem.message) [\(problem.code.rawValue)]")
            }
            Terminal.err(
                "The catalog has \(error.problems.count) problem\(error.problems.count == 1 ? "" : "s"); fix them and try again.")
            throw ExitCode(1)
        }
    }
}
