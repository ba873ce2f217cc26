#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Reads a catalog directory with the C library (no Foundation): the one reader every catalog
/// file goes through, in the loader, the linter and the command line.
///
/// It reads only regular files of at most ``CatalogLimits/fileBytes``, and only inside the catalog
/// directory: a symbolic link is followed when it leads to a file or directory inside the catalog
/// (so a locale can share a directory with another), never when it leads out of it. FIFOs,
/// devices, sockets, links out of the catalog, loops, broken links and files that are too large
/// or not UTF-8 are reported as problems at their path, and are not read.
public struct DirectoryReader {
    /// The catalog directory.
    public let root: String
    /// The catalog directory with every symbolic link resolved (nil when it does not exist).
    let realRoot: String?
    /// What could not be read, and why.
    public var problems: [CatalogProblem] = []

    /// A reader of the catalog at `root`.
    public init(root: String) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root.isEmpty ? "." : root
        realRoot = FileStatus.realPath(self.root)
    }

    /// What is at a path, after following symbolic links that stay inside the catalog.
    public enum Entry: Sendable, Equatable {
        /// A regular file.
        case file
        /// A directory, with its identity (to detect loops).
        case directory(device: UInt64, inode: UInt64)
        /// Nothing, or nothing that can be reached; with the system's reason.
        case missing(reason: String)
        /// Something that is neither a file nor a directory: `a FIFO (named pipe)`, `a socket`…
        case special(kind: String)
        /// A symbolic link (here or in a parent directory) that leads out of the catalog: where it
        /// leads, and what is there.
        case outside(target: String, kind: String)
    }

    /// What is at the catalog-relative path `relative` ("" is the catalog itself).
    public func entry(_ relative: String) -> Entry {
        let path = absolute(relative)
        guard var status = FileStatus(linkAt: path) else { return .missing(reason: FileStatus.errorText()) }
        if leavesTheTree(relative) {
            // A link somewhere on the way: where does the path really lead?
            guard let real = FileStatus.realPath(path) else { return .missing(reason: FileStatus.errorText()) }
            guard isInside(real) else {
                return .outside(target: real, kind: FileStatus(at: real)?.kind ?? "nothing that can be read")
            }
            guard let followed = FileStatus(at: path) else { return .missing(reason: FileStatus.errorText()) }
            status = followed
        }
        if status.isRegularFile { return .file }
        if status.isDirectory { return .directory(device: status.device, inode: status.inode) }
        return .special(kind: status.kind)
    }

    /// The absolute (or root-relative) path of a catalog-relative one.
    func absolute(_ relative: String) -> String { relative.isEmpty ? root : "\(root)/\(relative)" }

    /// Whether `relative` may lead out of the catalog: one of its components is a symbolic link,
    /// `.` or `..`. (Without those, a path under the catalog stays in it.)
    private func leavesTheTree(_ relative: String) -> Bool {
        var prefix = root
        for component in relative.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty || component == "." || component == ".." { return true }
            prefix += "/" + component
            guard let status = FileStatus(linkAt: prefix) else { return false }  // reported by the caller
            if status.isSymbolicLink { return true }
        }
        return false
    }

    private func isInside(_ real: String) -> Bool {
        guard let realRoot else { return false }
        return realRoot == "/" || real == realRoot || real.hasPrefix(realRoot + "/")
    }

    /// Every regular file under `relative` whose name ends with `suffix`, as catalog-relative paths,
    /// sorted; hidden entries (names starting with `.`) are skipped, and so are subdirectories
    /// unless `recursive`.
    public mutating func files(under relative: String, suffix: String, recursive: Bool = true) -> [String] {
        var found: [String] = []
        var visited = Set<[UInt64]>()
        let maxDepth = recursive ? CatalogLimits.directoryDepth : 0
        walk(relative, suffix: suffix, depth: 0, maxDepth: maxDepth, visited: &visited, into: &found)
        return found.sorted()
    }

    private mutating func walk(
        _ relative: String, suffix: String, depth: Int, maxDepth: Int, visited: inout Set<[UInt64]>,
        into found: inout [String]
    ) {
        let device: UInt64
        let inode: UInt64
        switch entry(relative) {
        case .directory(let d, let i): (device, inode) = (d, i)
        case .missing: return  // no such directory: nothing to read
        case let other:
            report(relative, other)
            return
        }
        guard visited.insert([device, inode]).inserted else {
            report(relative, "this directory was already read through another path (a symbolic link loop?); it is skipped")
            return
        }
        guard let names = names(in: relative) else {
            report(relative, "cannot read the directory: \(FileStatus.errorText())")
            return
        }
        for name in names {
            let child = "\(relative)/\(name)"
            switch entry(child) {
            case .directory:
                guard depth < maxDepth else {
                    if maxDepth > 0 { report(child, "directories are nested too deeply; it is skipped") }
                    continue
                }
                walk(child, suffix: suffix, depth: depth + 1, maxDepth: maxDepth, visited: &visited, into: &found)
            case .file:
                if name.hasSuffix(suffix) { found.append(child) }
            case .missing(let reason):
                if name.hasSuffix(suffix) { report(child, "cannot read the file: \(reason) (a broken symbolic link?)") }
            case .outside(let target, let kind):
                if name.hasSuffix(suffix) || kind == "a directory" { report(child, .outside(target: target, kind: kind)) }
            case let other:
                if name.hasSuffix(suffix) { report(child, other) }
            }
        }
    }

    /// The names in a directory, sorted, hidden ones (starting with `.`) left out; nil when it
    /// cannot be opened.
    public func names(in relative: String) -> [String]? {
        guard case .directory = entry(relative) else { return nil }
        return FileStatus.names(in: absolute(relative))?.filter { !$0.hasPrefix(".") }.sorted()
    }

    mutating func report(_ relative: String, _ message: String) {
        problems.append(CatalogProblem(.io, file: relative, line: 1, column: 1, message))
    }

    /// Reports why an entry that is not a regular file is not read.
    mutating func report(_ relative: String, _ entry: Entry) {
        switch entry {
        case .file:
            return
        case .directory:
            report(relative, "this is a directory, not a file; rename or move it")
        case .missing(let reason):
            report(relative, "cannot read the file: \(reason)")
        case .special(let kind):
            report(relative, "this is \(kind), not a regular file, so it is not read; replace it with a regular file")
        case .outside(let target, let kind):
            let what =
                kind == "a directory"
                ? "files into the catalog, or link to a directory" : "file into the catalog, or link to a file"
            report(
                relative,
                "a symbolic link to \(target) (\(kind)), outside the catalog directory; it is not followed: copy the \(what) inside it"
            )
        }
    }
}
