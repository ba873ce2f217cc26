import CatalogFiles

/// Finds, in the git history of a source template, the text of a block that a translation's
/// stamp was made from: for showing a translator what changed in the source since.
///
/// A template's history is read newest commit first, a commit at a time, and only as far as the
/// stamps asked for need (at most ``maxCommits`` commits); every block of every version read is
/// remembered by its hash, so the stale blocks of every locale share one walk. Renames are
/// followed. The paths given to git are catalog-relative paths of the catalog's own template
/// files, never text from the command line.
struct SourceHistory {
    /// The catalog directory, or nil for the built-in starter catalog (which has no history).
    let directory: String?

    /// How many commits of one template are read at most.
    static let maxCommits = 500

    /// What the history says about one stamp.
    enum Lookup: Equatable {
        /// The source text the stamp was made from, and the commit it was last in.
        case found(text: String, commit: String)
        /// Why no earlier text can be shown.
        case unavailable(String)
    }

    /// Whether the catalog was checked for a git work tree, and if so why there is no history
    /// (nil: there is one).
    private var availabilityChecked = false
    private var unavailable: String?
    /// Per template file: the commits still to read (newest first), and every block text read so
    /// far, by hash, with the newest commit that has it.
    private var templates: [String: TemplateHistory] = [:]

    private struct TemplateHistory {
        var commits: [(hash: String, path: String)]
        var read = 0
        var texts: [String: (text: String, commit: String)] = [:]
    }

    init(directory: String?) {
        self.directory = directory
    }

    /// The text of `file`'s block whose hash is `stamp` in the newest commit that has it.
    mutating func find(stamp: String, in file: String) -> Lookup {
        if let reason = unavailableReason() { return .unavailable(reason) }
        guard let directory else { return .unavailable("the built-in catalog has no history") }
        // Taken out while it grows, so that it is not copied on every change.
        var history: TemplateHistory
        if let known = templates.removeValue(forKey: file) {
            history = known
        } else {
            guard let commits = Self.commits(of: file, directory: directory) else {
                return .unavailable("git could not read the history of \(file)")
            }
            history = TemplateHistory(commits: commits)
        }
        defer { templates[file] = history }
        while history.texts[stamp] == nil, history.read < history.commits.count {
            let commit = history.commits[history.read]
            history.read += 1
            for (hash, text) in Self.blocks(of: commit.path, at: commit.hash, directory: directory)
            where history.texts[hash] == nil {
                history.texts[hash] = (text, commit.hash)
            }
        }
        if let found = history.texts[stamp] { return .found(text: found.text, commit: found.commit) }
        let count = history.commits.count
        if count == 0 { return .unavailable("\(file) has no commits in git yet") }
        return .unavailable(
            "no commit of \(file) has the source text stamped @\(stamp) (\(count) commit\(count == 1 ? "" : "s") searched)")
    }

    /// Nil when the catalog is in a git work tree, or why no history can be read (asked once).
    private mutating func unavailableReason() -> String? {
        if availabilityChecked { return unavailable }
        availabilityChecked = true
        guard let directory else {
            unavailable = "the built-in catalog has no history"
            return unavailable
        }
        switch Git.run(["rev-parse", "--is-inside-work-tree"], in: directory, limit: 64) {
        case .failure(.notInstalled):
            unavailable = "git is not installed (no 'git' on PATH), so the catalog's history cannot be read"
        case .failure(.notStarted(let why)):
            unavailable = "git could not be started (\(why))"
        case .success(let output):
            let inside = output.status == 0 && String(decoding: output.stdout, as: UTF8.self).hasPrefix("true")
            unavailable = inside ? nil : "the catalog is not in a git repository"
        }
        return unavailable
    }

    /// The commits that changed `file`, newest first, each with the file's repository-relative
    /// path in it (a rename is followed); nil when git fails.
    private static func commits(of file: String, directory: String) -> [(hash: String, path: String)]? {
        let arguments = ["log", "--follow", "--max-count=\(maxCommits)", "--format=commit %H", "--name-only", "--", file]
        guard case .success(let output) = Git.run(arguments, in: directory, limit: 1 << 20), output.status == 0 else {
            return nil
        }
        var commits: [(hash: String, path: String)] = []
        var pending: String?
        var lastPath: String?
        for line in String(decoding: output.stdout, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("commit ") {
                if let hash = pending, let path = lastPath { commits.append((hash, path)) }
                pending = String(line.dropFirst("commit ".count))
            } else {
                lastPath = String(line)
            }
        }
        if let hash = pending, let path = lastPath { commits.append((hash, path)) }
        return commits
    }

    /// The hash and text of every block of the template at `path` in `commit` (none when it
    /// cannot be read or its header is not usable).
    private static func blocks(of path: String, at commit: String, directory: String) -> [(String, String)] {
        // cat-file, not show: the blob's bytes as committed, without any textconv filter.
        guard
            case .success(let output) = Git.run(
                ["cat-file", "blob", "\(commit):\(path)"], in: directory, limit: CatalogLimits.fileBytes),
            output.status == 0, !output.truncated
        else { return [] }
        let text = String(decoding: output.stdout, as: UTF8.self)
        guard let template = TemplateFile.parse(text, file: path, id: "").0 else { return [] }
        return template.blocks.map { (blockHash($0.text), $0.text) }
    }
}
