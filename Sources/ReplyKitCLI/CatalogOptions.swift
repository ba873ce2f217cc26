import ArgumentParser
import ReplyKit

/// `--catalog DIR`, shared by the commands that read a catalog.
struct CatalogOptions: ParsableArguments {
    @ArgumentParser.Option(
        help:
            "The catalog directory (with replykit.yaml). Default: the current directory, or the built-in starter catalog when it has none."
    )
    var catalog: String?

    /// The catalog, or a usage error that lists every problem in it.
    func load() throws -> ReplyCatalog {
        let directory = catalog ?? "."
        guard catalog != nil || FileSystem.exists(directory + "/replykit.yaml") else {
            return try report { () throws(CatalogError) in try ReplyCatalog(files: StarterCatalog.files) }
        }
        guard FileSystem.exists(directory + "/replykit.yaml") else {
            throw UsageError("no catalog at '\(directory)': there is no replykit.yaml there")
        }
        return try report { () throws(CatalogError) in try ReplyCatalog(directory: directory) }
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
