import ArgumentParser
import Intl
import ReplyKit

/// `--catalog DIR`, shared by every command that reads a catalog, and the one rule for which
/// catalog that is.
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

    /// The same with only the translations that can serve `locale`, for rendering that locale
    /// alone: a problem in another locale's translation does not stop it (lint reports those).
    func load(templates: [String], locale: LocaleID) throws -> ReplyCatalog {
        try load(
            starter: { () throws(CatalogError) in try ReplyCatalog.starter(templates: templates, locale: locale) },
            directory: { directory throws(CatalogError) in
                try ReplyCatalog(directory: directory, templates: templates, locale: locale)
            })
    }

    /// Where a command's catalog is.
    enum Location: Equatable {
        /// A catalog directory (with a `replykit.yaml`).
        case directory(String)
        /// The starter catalog built into the binary.
        case starter
    }

    /// The catalog every command uses: `--catalog DIR`, which must hold a `replykit.yaml` (else a
    /// usage error); without it, the current directory when it has one; else the built-in starter
    /// catalog, so that `replykit` works from anywhere.
    func location() throws -> Location {
        guard let directory = catalog else {
            return FileSystem.exists("replykit.yaml") ? .directory(".") : .starter
        }
        guard FileSystem.exists(directory + "/replykit.yaml") else {
            throw UsageError("no catalog at '\(directory)': there is no replykit.yaml there")
        }
        return .directory(directory)
    }

    private func load(
        starter: () throws(CatalogError) -> ReplyCatalog, directory load: (String) throws(CatalogError) -> ReplyCatalog
    ) throws -> ReplyCatalog {
        switch try location() {
        case .starter: try report(starter)
        case .directory(let directory): try report { () throws(CatalogError) in try load(directory) }
        }
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
