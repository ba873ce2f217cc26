import CatalogFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text files of a catalog directory that rules and reporters read besides templates: the
/// manifest and the example cases, with LF line ends (as the catalog reads every file).
enum CatalogReader {
    static func read(directory: String) -> [String: String] {
        var files: [String: String] = [:]
        if let manifest = read(directory + "/replykit.yaml") { files["replykit.yaml"] = manifest }
        let cases = directory + "/examples/cases"
        guard let handle = opendir(cases) else { return files }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".json"), let text = read(cases + "/" + name) else { continue }
            files["examples/cases/" + name] = text
        }
        return files
    }

    static func read(_ path: String) -> String? {
        TextFile.read(path).map(TextFile.withLineFeeds)
    }
}
