import CatalogFiles
import Testing
import XLIFF

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The repository's root, where the starter catalog lives.
let repositoryRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
    return path
}()

/// The starter catalog, loaded once.
let starterCatalog: CatalogFiles? = CatalogFiles.load(directory: repositoryRoot).0

/// A catalog in memory: a manifest for `locales`, one template, and translations by locale.
func catalog(
    template: String, translations: [String: String] = [:], locales: [String] = ["pl", "ja"], id: String = "test/order"
) throws -> CatalogFiles {
    var files = [
        "replykit.yaml": "source-locale: en\ntarget-locales: [\(locales.joined(separator: ", "))]\n",
        "templates/\(id).reply": template,
    ]
    for (locale, text) in translations { files["locales/\(locale)/\(id).reply"] = text }
    let (loaded, problems) = CatalogFiles.load(files: files)
    #expect(problems.isEmpty, "\(problems)")
    return try #require(loaded)
}

/// Imports `xliff` into `files`: the updated file texts by path, and the problems.
func importing(_ xliff: String, into files: CatalogFiles) throws -> (updates: [String: String], problems: [String]) {
    let result = try XLIFFImport(Array(xliff.utf8), catalog: files)
    return (
        Dictionary(uniqueKeysWithValues: result.updates.map { ($0.path, $0.text) }),
        result.problems.map(\.description)
    )
}

/// `text` with every occurrence of `target` replaced (exactly one expected).
func replacingOnce(_ text: String, _ target: String, _ replacement: String) throws -> String {
    let parts = text.components(of: target)
    try #require(parts.count == 2, "expected exactly one '\(target)'")
    return parts.joined(separator: replacement)
}

extension String {
    func components(of separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
