import ArgumentParser
import CatalogFiles
import ReplyKit

extension CatalogOptions {
    /// The catalog's files as parsed, for the commands that work on files rather than render
    /// (`stale`, `stamp`, `xliff`, `preview`): the catalog ``location()`` names.
    struct LoadedFiles {
        var files: CatalogFiles
        /// What was found wrong while reading and parsing (`replykit lint` reports it in full).
        var problems: [CatalogProblem]
        /// The catalog directory; nil for the built-in starter catalog.
        var directory: String?
    }

    /// The files of `--catalog`, of the current directory's catalog, or of the built-in one. A
    /// catalog whose manifest is missing or unusable is a usage error (exit 2) listing why.
    func loadFiles() throws -> LoadedFiles {
        guard case .directory(let directory) = try location() else {
            let (files, problems) = CatalogFiles.load(files: ReplyCatalog.starterFiles)
            guard let files else { throw UsageError("the built-in catalog cannot be read") }
            return LoadedFiles(files: files, problems: problems, directory: nil)
        }
        let (files, problems) = CatalogFiles.load(directory: directory)
        guard let files else {
            for problem in problems {
                Terminal.err(
                    "\(problem.file):\(problem.line):\(problem.column): error: \(problem.message) [\(problem.code.rawValue)]")
            }
            throw UsageError("the catalog's replykit.yaml cannot be used; fix it and try again")
        }
        return LoadedFiles(files: files, problems: problems, directory: directory)
    }

    /// A note on standard error when the catalog has problems: the command works on the files
    /// that could be read, and lint says what is wrong with the rest.
    static func notice(_ problems: [CatalogProblem]) {
        guard !problems.isEmpty else { return }
        let count = problems.count
        Terminal.err(
            "note: the catalog has \(count) problem\(count == 1 ? "" : "s") ('replykit lint' lists \(count == 1 ? "it" : "them")); blocks that could not be read are left out"
        )
    }
}
