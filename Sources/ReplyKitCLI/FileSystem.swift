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

    /// The file's bytes, or nil when it cannot be read; `-` is standard input.
    ///
    /// Bytes, not text: the caller checks the encoding and reports where it is wrong, instead of
    /// reading repaired text.
    static func bytes(_ path: String) -> [UInt8]? {
        TextFile.bytes(path == "-" ? "/dev/stdin" : path)
    }
}
