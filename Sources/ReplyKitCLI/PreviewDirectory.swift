import CatalogFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The directory `replykit preview` writes a gallery into.
///
/// It is created (with its parents) when missing. An existing directory is written into only when
/// it is empty, when it holds a gallery written before (its `.replykit-preview` file lists the
/// files that gallery wrote), or when forced. A file is removed only when an earlier gallery wrote
/// it and this one does not (the page of a template that is gone); nothing else is ever removed.
struct PreviewDirectory {
    /// The file that lists the files a gallery wrote, one name a line.
    static let record = ".replykit-preview"

    let path: String

    /// Makes `path` ready to write into, or says why it cannot be and what to do.
    init(_ path: String, force: Bool) throws {
        self.path = path
        let reader = DirectoryReader(root: path)
        switch reader.entry("") {
        case .missing:
            try Self.create(path)
        case .directory:
            let names = reader.names(in: "") ?? []
            guard names.isEmpty || force || FileSystem.exists(path + "/" + Self.record) else {
                throw UsageError(
                    "'\(path)' is not empty and was not written by replykit preview; choose a new or empty directory, "
                        + "or pass --force to write the gallery into it (its other files are left alone)")
            }
        default:
            throw UsageError("'\(path)' is not a directory; give --out a directory to write the gallery into")
        }
    }

    /// Writes `files` (name → HTML), then removes the files an earlier gallery wrote here that are
    /// no longer part of it. Returns the names removed.
    func save(_ files: [(name: String, text: String)]) throws -> [String] {
        let written = files.map(\.name)
        let earlier = recorded()
        // Recorded first, so that a run that fails half-way leaves every file it wrote on record.
        try writeFile(Self.record, Self.recordText(earlier + written.filter { !earlier.contains($0) }))
        for file in files { try writeFile(file.name, file.text) }
        var removed: [String] = []
        for name in earlier where !written.contains(name) && Self.isGalleryFile(name) {
            if case .file = DirectoryReader(root: path).entry(name), unlink(path + "/" + name) == 0 { removed.append(name) }
        }
        try writeFile(Self.record, Self.recordText(written))
        return removed
    }

    /// Whether `name` can be a file of a gallery: a page in the directory itself, never a path
    /// elsewhere (the record is a text file anyone can edit).
    static func isGalleryFile(_ name: String) -> Bool {
        name.hasSuffix(".html") && !name.hasPrefix(".") && !name.contains("/")
    }

    private static func recordText(_ names: [String]) -> String {
        "# Files written by replykit preview; it updates and removes only these.\n"
            + names.map { $0 + "\n" }.joined()
    }

    /// The names the last gallery written here recorded.
    private func recorded() -> [String] {
        guard let text = TextFile.read(path + "/" + Self.record) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && Self.isGalleryFile($0) }
    }

    /// Writes a file in the directory; a symbolic link in its place is refused, not followed.
    private func writeFile(_ name: String, _ text: String) throws {
        let target = path + "/" + name
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw UsageError("cannot write '\(target)': \(Self.reason())") }
        defer { close(descriptor) }
        var rest = Array(text.utf8)
        while !rest.isEmpty {
            let count = write(descriptor, rest, rest.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw UsageError("cannot write '\(target)': \(Self.reason())") }
            rest.removeFirst(count)
        }
    }

    /// Creates `path` and its missing parents.
    private static func create(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw UsageError("cannot create the directory '\(prefix)' for --out: \(reason())")
            }
            prefix += "/"
        }
    }

    /// The text of the current `errno`.
    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
