import CatalogFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading files and standard input without Foundation.
enum FileSystem {
    static func exists(_ path: String) -> Bool {
        TextFile.exists(path)
    }

    /// The file's bytes, at most `limit` of them; `-` is standard input. The error says why not,
    /// naming the file.
    ///
    /// Bytes, not text: the caller checks the encoding and reports where it is wrong, instead of
    /// reading repaired text.
    static func bytes(_ path: String, limit: Int) throws(TextFile.ReadError) -> [UInt8] {
        try TextFile.bytes(path == "-" ? "/dev/stdin" : path, limit: limit)
    }
}
