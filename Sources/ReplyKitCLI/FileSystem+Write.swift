#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileSystem {
    /// `path` with every symbolic link, `.` and `..` resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        var resolved = [CChar](repeating: 0, count: 4097)  // PATH_MAX + 1, what realpath may write
        guard realpath(path, &resolved) != nil else { return nil }
        return String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Replaces the file at `path` with `bytes` atomically: they are written to a new file in
    /// the same directory, with the same permissions, flushed to disk, and renamed over `path`,
    /// so a reader sees the old file or the new one, never a part of either. The error says what
    /// failed; the file is then unchanged.
    static func replace(_ path: String, with bytes: [UInt8]) throws(UsageError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw UsageError("cannot write '\(path)': \(errorText())") }
        let mode = mode_t(info.st_mode) & 0o7777
        try writeBeside(path, bytes, mode: mode, note: "; the file is unchanged") { temporary in
            rename(temporary, path) == 0 ? nil : errorText()
        }
    }

    /// Creates the file `path` with `bytes`, never replacing one: its directories are made as
    /// needed, the bytes are written to a new file beside it and flushed, then linked at `path`,
    /// which fails if anything is there by then. A reader sees no file or the whole file.
    static func create(_ path: String, with bytes: [UInt8]) throws(UsageError) {
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectories(String(path[..<slash]))
        }
        try writeBeside(path, bytes, mode: 0o644, note: "") { temporary in
            defer { unlink(temporary) }
            guard link(temporary, path) == 0 else {
                return errno == EEXIST ? "it already exists; nothing was overwritten" : errorText()
            }
            return nil
        }
    }

    /// `path` and its missing parents as directories (as `mkdir -p`).
    static func makeDirectories(_ path: String) throws(UsageError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw UsageError("cannot create '\(path)': a file is in the way") }
            return
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectories(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw UsageError("cannot create the directory '\(path)': \(errorText())")
        }
    }

    /// Writes `bytes` to a new hidden file beside `path` with `mode`, flushed to disk, then lets
    /// `finish` put it in place (it returns why it could not); a failure's message ends with
    /// `note`. The temporary file never stays.
    private static func writeBeside(
        _ path: String, _ bytes: [UInt8], mode: mode_t, note: String, finish: (String) -> String?
    ) throws(UsageError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        // Hidden, so that a catalog read at the same moment does not take it for a catalog file.
        let temporary = "\(directory.isEmpty ? "" : directory)/.\(name).replykit-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw UsageError("cannot write '\(path)': cannot create \(temporary) beside it: \(errorText())")
        }
        var failure: String?
        var written = 0
        while failure == nil, written < bytes.count {
            let rest = Array(bytes[written...])
            let count = write(descriptor, rest, rest.count)
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
            throw UsageError("cannot write '\(path)': \(failure)\(note)")
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
