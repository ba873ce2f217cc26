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

    /// The file's text, or nil when it cannot be read.
    static func read(_ path: String) -> String? {
        TextFile.read(path)
    }

    /// All of standard input.
    static func readStandardInput() -> String {
        var lines: [String] = []
        while let line = readLine(strippingNewline: false) { lines.append(line) }
        return lines.joined()
    }
}
