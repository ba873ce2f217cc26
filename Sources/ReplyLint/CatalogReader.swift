import CatalogFiles

/// The text files of a catalog directory that rules and reporters read besides templates: the
/// manifest and the example cases, with LF line ends (as the catalog reads every file), through
/// the catalog's checked reader (regular files inside the catalog, up to the size limit).
enum CatalogReader {
    /// The files by catalog-relative path, and the problems reading the example cases (the
    /// manifest's are the loader's to report).
    static func read(directory: String) -> (files: [String: String], problems: [CatalogProblem]) {
        var files: [String: String] = [:]
        var manifestReader = DirectoryReader(root: directory)
        if let manifest = manifestReader.read("replykit.yaml") {
            files["replykit.yaml"] = TextFile.withLineFeeds(manifest)
        }
        var reader = DirectoryReader(root: directory)
        for path in reader.files(under: "examples/cases", suffix: ".json", recursive: false) {
            if let text = reader.read(path) { files[path] = TextFile.withLineFeeds(text) }
        }
        return (files, reader.problems)
    }
}
