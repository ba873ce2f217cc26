#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writing a file so that readers see the old text or the new one, never half of it: the text
/// goes to a temporary file in the same directory, which is then renamed over the file.
enum AtomicFile {
    /// Writes `text` to `path`, creating missing parent directories under `root`. The error says
    /// what failed, naming the file.
    static func write(_ text: String, to relative: String, under root: String) throws(XLIFFError) {
        let parts = relative.split(separator: "/").map(String.init)
        var directory = root
        for part in parts.dropLast() {
            directory += "/" + part
            if mkdir(directory, 0o755) != 0 && errno != EEXIST {
                throw XLIFFError("cannot create the directory '\(directory)': \(errorText())")
            }
        }
        let path = root + "/" + relative
        var template = Array("\(directory)/.\(parts.last ?? "file").XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw XLIFFError("cannot create a temporary file in '\(directory)': \(errorText())") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var rest = Array(text.utf8)
        var failure: String?
        while !rest.isEmpty {
            let count = writeBytes(descriptor, rest)
            if count < 0 {
                if errno == EINTR { continue }
                failure = errorText()
                break
            }
            rest.removeFirst(count)
        }
        if failure == nil, fchmod(descriptor, 0o644) != 0 || fsync(descriptor) != 0 { failure = errorText() }
        if close(descriptor) != 0, failure == nil { failure = errorText() }
        if failure == nil, rename(temporary, path) != 0 { failure = errorText() }
        if let failure {
            unlink(temporary)
            throw XLIFFError("cannot write '\(path)': \(failure); the file was left as it was")
        }
    }

    private static func errorText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}

extension XLIFFImport {
    /// Writes every update into the catalog at `directory`, each file atomically. Call it only
    /// when ``problems`` is empty.
    public func write(to directory: String) throws(XLIFFError) {
        for update in updates {
            try AtomicFile.write(update.text, to: update.path, under: directory)
        }
    }
}

/// `write(2)` of an array's bytes; the number written, or -1 (see `errno`).
private func writeBytes(_ descriptor: Int32, _ bytes: [UInt8]) -> Int {
    write(descriptor, bytes, bytes.count)
}
