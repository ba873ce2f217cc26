#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The C library calls the catalog reader makes, in one place: `lstat`/`stat`/`fstat`,
/// `realpath`, `open`/`read` and `readdir`.
///
/// Invariant: every buffer handed to C is a Swift array that outlives the call and whose size is
/// passed with it; no pointer escapes a call, and every descriptor and directory handle is closed
/// before the function that opened it returns.
struct FileStatus {
    let mode: UInt32
    let size: Int
    let device: UInt64
    let inode: UInt64

    private init(_ info: stat) {
        mode = UInt32(info.st_mode)
        size = Int(info.st_size)
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The status of `path` itself (a symbolic link is not followed), or nil (see `errno`).
    init?(linkAt path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The status of what `path` leads to, or nil (see `errno`).
    init?(at path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    private var type: UInt32 { mode & UInt32(S_IFMT) }
    var isRegularFile: Bool { type == UInt32(S_IFREG) }
    var isDirectory: Bool { type == UInt32(S_IFDIR) }
    var isSymbolicLink: Bool { type == UInt32(S_IFLNK) }

    /// What this is, for messages: `a regular file`, `a FIFO (named pipe)`…
    var kind: String {
        switch type {
        case UInt32(S_IFREG): "a regular file"
        case UInt32(S_IFDIR): "a directory"
        case UInt32(S_IFIFO): "a FIFO (named pipe)"
        case UInt32(S_IFCHR): "a character device"
        case UInt32(S_IFBLK): "a block device"
        case UInt32(S_IFSOCK): "a socket"
        case UInt32(S_IFLNK): "a symbolic link"
        default: "not a regular file"
        }
    }

    /// `path` with every symbolic link, `.` and `..` resolved, or nil (see `errno`).
    static func realPath(_ path: String) -> String? {
        var resolved = [CChar](repeating: 0, count: 4097)  // PATH_MAX + 1, what realpath may write
        guard realpath(path, &resolved) != nil else { return nil }
        return String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The outcome of reading a file.
    enum Contents {
        case bytes([UInt8])
        case failed(reason: String)
        /// Not a regular file when opened (it changed after it was checked).
        case special(kind: String)
        /// Larger than the limit: its size in bytes (at least the limit + 1).
        case tooLarge(size: Int)
    }

    /// The bytes of the regular file at `path`, at most `limit` of them. Opened without blocking
    /// (a FIFO put in its place after the check does not hang the read) and checked again once
    /// open, so what is read is the regular file that was checked, and never more than the limit.
    static func contents(of path: String, limit: Int) -> Contents {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(reason: errorText()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(reason: errorText()) }
        let status = FileStatus(info)
        guard status.isRegularFile else { return .special(kind: status.kind) }
        guard status.size <= limit else { return .tooLarge(size: status.size) }
        // If the file grows after fstat, the read still stops at the limit.
        return readAll(descriptor, limit: limit, expected: status.size)
    }

    /// The bytes of whatever `path` names (a file, a pipe, `/dev/stdin`), read to its end but never
    /// more than `limit` of them: for files a user names, which may be pipes, so it blocks while
    /// the writer writes.
    static func stream(_ path: String, limit: Int) -> Contents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(reason: errorText()) }
        defer { close(descriptor) }
        return readAll(descriptor, limit: limit, expected: 0)
    }

    /// Reads `descriptor` to its end, but never more than `limit` bytes (one past it says "too large").
    private static func readAll(_ descriptor: Int32, limit: Int, expected: Int) -> Contents {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(reason: errorText())
            }
            if count == 0 { return .bytes(bytes) }
            bytes += chunk[0..<count]
            if bytes.count > limit { return .tooLarge(size: bytes.count) }
        }
    }

    /// The names in a directory, `.` and `..` included, unsorted; nil when it cannot be opened.
    static func names(in path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            names.append(name)
        }
        return names
    }

    /// The text of the current `errno`.
    static func errorText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}
