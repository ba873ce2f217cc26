#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writing catalog files so that a reader sees the old text or the new one, never part of either:
/// the bytes go to a hidden temporary file in the same directory, are flushed to disk, and the
/// file is renamed over the old one. `stamp` and `xliff import` write through it.
public enum AtomicFile {
    /// Why a write failed, naming the file; the file is then as it was.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What failed, naming the file or directory and the system's reason.
        public let description: String
    }

    /// Writes `bytes` to `path`. A file that exists keeps its permissions; a new one gets 0644.
    /// The parent directory must exist (see ``createDirectories(_:under:)``).
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        var info = stat()
        let mode = stat(path, &info) == 0 ? mode_t(info.st_mode) & 0o7777 : 0o644
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
        if failure == nil, rename(temporary, path) != 0 { failure = errorText() }
        if let failure {
            unlink(temporary)
            throw Failure(description: "cannot write '\(path)': \(failure); the file is unchanged")
        }
    }

    /// Creates the directories of `relative` (a path under `root`, its last component a file)
    /// that do not exist yet.
    public static func createDirectories(_ relative: String, under root: String) throws(Failure) {
        var directory = root
        for part in relative.split(separator: "/").dropLast() {
            directory += "/" + part
            if mkdir(directory, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create the directory '\(directory)': \(errorText())")
            }
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
