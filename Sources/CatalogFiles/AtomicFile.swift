#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writing catalog files so that a reader sees the old text or the new one (or no file, or the
/// whole file), never part of either: the bytes go to a hidden temporary file in the same
/// directory, are flushed to disk, and only then take the file's name. `stamp`, `xliff import`,
/// `init` and `new` write through it.
public enum AtomicFile {
    /// Why a write failed, naming the file; the file is then as it was.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What failed, naming the file and the system's reason.
        public let description: String
    }

    /// Writes `bytes` to `path`, replacing the file there: it keeps its permissions (a new one
    /// gets 0644). The parent directory must exist (see ``makeDirectories(_:)``).
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        var info = stat()
        let mode = stat(path, &info) == 0 ? mode_t(info.st_mode) & 0o7777 : 0o644
        try writeBeside(path, bytes, mode: mode, note: "; the file is unchanged") { temporary in
            rename(temporary, path) == 0 ? nil : errorText()
        }
    }

    /// Creates the file `path` with `bytes`, never replacing one: the new file is linked at
    /// `path`, which fails if anything is there by then. The parent directory must exist.
    public static func create(_ bytes: [UInt8], at path: String) throws(Failure) {
        try writeBeside(path, bytes, mode: 0o644, note: "") { temporary in
            defer { unlink(temporary) }
            guard link(temporary, path) == 0 else {
                return errno == EEXIST ? "it already exists; nothing was overwritten" : errorText()
            }
            return nil
        }
    }

    /// `path` and its missing parents as directories (as `mkdir -p`); a file in the way is a failure.
    public static func makeDirectories(_ path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(description: "cannot create '\(path)': a file is in the way")
            }
            return
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectories(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw Failure(description: "cannot create the directory '\(path)': \(errorText())")
        }
    }

    /// Writes `bytes` to a new hidden file beside `path` with `mode`, flushed to disk, then lets
    /// `finish` put it in place (it returns why it could not); a failure's message ends with
    /// `note`. The temporary file never stays.
    private static func writeBeside(
        _ path: String, _ bytes: [UInt8], mode: mode_t, note: String, finish: (String) -> String?
    ) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        // Hidden, so that a catalog read at the same moment does not take it for a catalog file.
        let temporary = "\(directory)/.\(name).replykit-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot write '\(path)': cannot create \(temporary) beside it: \(errorText())")
        }
        var failure: String?
        var written = 0
        while failure == nil, written < bytes.count {
            let rest = Array(bytes[written...])
            let count = writeBytes(descriptor, rest)
            if count < 0 {
                if errno != EINTR { failure = errorText() }
            } else {
                written += count
            }
        }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = errorText() }
        if failure == nil, fsync(descriptor) != 0 { failure = errorText() }
        if close(descriptor) != 0, failure == nil { failure = errorText() }
        if failure == nil { failure = finish(temporary) }
        if let failure {
            unlink(temporary)
            throw Failure(description: "cannot write '\(path)': \(failure)\(note)")
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}

/// `write(2)` of an array's bytes (outside ``AtomicFile``, whose own `write` would shadow it): the
/// number written, or -1 (see `errno`).
private func writeBytes(_ descriptor: Int32, _ bytes: [UInt8]) -> Int {
    write(descriptor, bytes, bytes.count)
}
