internal import CatalogFiles

extension XLIFFImport {
    /// Writes every update into the catalog at `directory`, each file atomically. Call it only
    /// when ``problems`` is empty.
    public func write(to directory: String) throws(XLIFFError) {
        for update in updates {
            do throws(AtomicFile.Failure) {
                let path = directory + "/" + update.path
                try AtomicFile.makeDirectories(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]))
                try AtomicFile.write(Array(update.text.utf8), to: path)
            } catch {
                throw XLIFFError(error.description)
            }
        }
    }
}
