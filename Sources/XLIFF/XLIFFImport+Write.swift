internal import CatalogFiles

extension XLIFFImport {
    /// Writes every update into the catalog at `directory`, each file atomically. Call it only
    /// when ``problems`` is empty.
    public func write(to directory: String) throws(XLIFFError) {
        for update in updates {
            do throws(AtomicFile.Failure) {
                try AtomicFile.createDirectories(update.path, under: directory)
                try AtomicFile.write(Array(update.text.utf8), to: directory + "/" + update.path)
            } catch {
                throw XLIFFError(error.description)
            }
        }
    }
}
