import CatalogFiles

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

    /// Replaces the file at `path` with `bytes` atomically (``AtomicFile``): a reader sees the
    /// old file or the new one, never a part of either; the permissions stay. The error says what
    /// failed; the file is then unchanged.
    static func replace(_ path: String, with bytes: [UInt8]) throws(UsageError) {
        guard exists(path) else { throw UsageError("cannot write '\(path)': it does not exist") }
        do throws(AtomicFile.Failure) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw UsageError(error.description)
        }
    }

    /// Creates the file `path` with `bytes`, never replacing one, its directories made as
    /// needed (``AtomicFile``): a reader sees no file or the whole file.
    static func create(_ path: String, with bytes: [UInt8]) throws(UsageError) {
        do throws(AtomicFile.Failure) {
            if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
                try AtomicFile.makeDirectories(String(path[..<slash]))
            }
            try AtomicFile.create(bytes, at: path)
        } catch {
            throw UsageError(error.description)
        }
    }
}
