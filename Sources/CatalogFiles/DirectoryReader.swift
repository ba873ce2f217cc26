#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Reads a catalog directory with the C library: no Foundation, symlinks followed, loops and
/// unreadable entries reported rather than fatal.
struct DirectoryReader {
    /// The catalog directory.
    let root: String
    var problems: [CatalogProblem] = []

    init(root: String) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root.isEmpty ? "." : root
    }

    /// What is at a path.
    enum Entry {
        case file
        case directory(device: UInt64, inode: UInt64)
        case missing, other
    }

    func entry(_ relative: String) -> Entry {
        var info = stat()
        guard stat(absolute(relative), &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        default: return .other
        }
    }

    func absolute(_ relative: String) -> String { relative.isEmpty ? root : "\(root)/\(relative)" }

    /// The text of a file, or nil after reporting why it cannot be read (missing, unreadable, not UTF-8).
    mutating func read(_ relative: String) -> String? {
        guard let bytes = TextFile.bytes(absolute(relative)) else {
            report(relative, "cannot read the file: \(Self.errorText())")
            return nil
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            let position = SourceText(String(decoding: bytes[..<bad], as: UTF8.self)).position(ofOffset: bad)
            problems.append(
                CatalogProblem(
                    .io, file: relative, line: position.line, column: position.column,
                    "the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) here); save it as UTF-8"
                ))
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every regular file under `relative` whose name ends with `suffix`, as catalog-relative paths,
    /// sorted; hidden entries (names starting with `.`) are skipped.
    mutating func files(under relative: String, suffix: String) -> [String] {
        var found: [String] = []
        var visited = Set<[UInt64]>()
        walk(relative, suffix: suffix, depth: 0, visited: &visited, into: &found)
        return found.sorted()
    }

    private mutating func walk(
        _ relative: String, suffix: String, depth: Int, visited: inout Set<[UInt64]>, into found: inout [String]
    ) {
        guard case .directory(let device, let inode) = entry(relative) else { return }
        guard visited.insert([device, inode]).inserted else {
            report(relative, "this directory was already read through another path (a symbolic link loop?); it is skipped")
            return
        }
        guard depth < 64 else {
            report(relative, "directories are nested too deeply; it is skipped")
            return
        }
        guard let names = names(in: relative) else {
            report(relative, "cannot read the directory: \(Self.errorText())")
            return
        }
        for name in names {
            let child = "\(relative)/\(name)"
            switch entry(child) {
            case .directory:
                walk(child, suffix: suffix, depth: depth + 1, visited: &visited, into: &found)
            case .file:
                if name.hasSuffix(suffix) { found.append(child) }
            case .missing:
                if name.hasSuffix(suffix) { report(child, "cannot read the file: \(Self.errorText()) (a broken symbolic link?)") }
            case .other:
                if name.hasSuffix(suffix) { report(child, "not a regular file; it is skipped") }
            }
        }
    }

    /// The names in a directory, sorted, hidden ones (starting with `.`) left out; nil when it
    /// cannot be opened.
    func names(in relative: String) -> [String]? {
        guard let directory = opendir(absolute(relative)) else { return nil }
        var names: [String] = []
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        return names.sorted()
    }

    private mutating func report(_ relative: String, _ message: String) {
        problems.append(CatalogProblem(.io, file: relative, line: 1, column: 1, message))
    }

    private static func errorText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}
