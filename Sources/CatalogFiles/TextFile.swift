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
    /// The file's bytes, or nil when it cannot be opened or read.
    public static func bytes(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { return ferror(file) == 0 ? bytes : nil }
        }
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
