#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Reading whole files without Foundation (whose bundled ICU headers clash with the system ICU
/// that the modules above this one load).
///
/// For files a user names on the command line (a case file, standard input, a token file), which
/// may well be pipes. Catalog files go through ``DirectoryReader`` instead, which reads only
/// regular files inside the catalog, up to a size limit.
public enum TextFile {
    /// Why a file could not be read; the description names the file.
    public struct ReadError: Error, CustomStringConvertible {
        /// `cannot read 'path': reason`.
        public let description: String
    }

    /// The file's bytes, at most `limit` of them (more is an error: a case file or a token is
    /// small, and `/dev/zero` never ends).
    public static func bytes(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
        switch FileStatus.stream(path, limit: limit) {
        case .bytes(let bytes): return bytes
        case .failed(let reason): throw ReadError(description: "cannot read '\(path)': \(reason)")
        case .special(let kind): throw ReadError(description: "cannot read '\(path)': it is \(kind)")
        case .tooLarge:
            throw ReadError(
                description: "'\(path)' is larger than \(CatalogLimits.describe(bytes: limit)); nothing was read from it")
        }
    }

    /// The file's bytes, or nil when it cannot be opened or read, or is larger than
    /// ``CatalogLimits/namedFileBytes``.
    public static func bytes(_ path: String) -> [UInt8]? {
        try? bytes(path, limit: CatalogLimits.namedFileBytes)
    }

    /// The file's text (invalid UTF-8 repaired with U+FFFD), or nil when it cannot be read.
    public static func read(_ path: String) -> String? {
        bytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `text` with every CR LF and every lone CR replaced by LF, as the catalog reads every file.
    public static func withLineFeeds(_ text: String) -> String {
        var bytes = Array(text.utf8)
        guard bytes.contains(0x0D) else { return text }
        bytes = SourceText.withLineFeeds(bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
