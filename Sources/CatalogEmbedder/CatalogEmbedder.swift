#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The build-time tool behind the EmbedStarterCatalog plugin: writes the Swift source that embeds
/// the starter catalog's files in the StarterCatalog target.
///
///     CatalogEmbedder OUTPUT.swift ROOT PATH...
///
/// reads each catalog-relative PATH under the directory ROOT (the plugin lists them: replykit.yaml,
/// the `.reply` files under templates/ and locales/, the tone packs) and writes OUTPUT.swift, unless
/// it already holds exactly that source (so an unchanged catalog does not recompile the target).
@main struct CatalogEmbedder {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 2 else {
            fail("usage: CatalogEmbedder OUTPUT.swift ROOT PATH...")
        }
        let (output, paths) = (arguments[0], arguments[2...])
        var root = arguments[1]
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        var files: [(path: String, text: String)] = []
        do {
            for path in paths {
                let bytes = try bytes(of: "\(root)/\(path)")
                files.append((path, try text(of: bytes, path: "\(root)/\(path)")))
            }
        } catch {
            fail(error.message)
        }
        let source = SwiftSource.embedding(files)
        if let existing = try? Self.bytes(of: output), existing.elementsEqual(source.utf8) { return }
        guard let file = fopen(output, "w") else {
            fail("\(output): error: cannot write the file: \(String(cString: strerror(errno)))")
        }
        let written = fputs(source, file)
        guard fclose(file) == 0, written >= 0 else {
            fail("\(output): error: cannot write the file: \(String(cString: strerror(errno)))")
        }
    }

    /// The file's text; an error (at `path`, line and column) at the first byte that is not UTF-8 (the catalog's files are text,
    /// and a Swift string literal can hold only valid Unicode).
    static func text(of bytes: [UInt8], path: String) throws(EmbedError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var (offset, line, column) = (0, 1, 1)
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
            offset += scalar.count
            (line, column) = scalar.elementsEqual([0x0A]) ? (line + 1, 1) : (line, column + 1)
        }
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        throw EmbedError(
            message: "\(path):\(line):\(column): error: the file is not valid UTF-8 (byte 0x\(byte) here); save it as UTF-8")
    }

    /// The bytes of the file at `path`.
    static func bytes(of path: String) throws(EmbedError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw EmbedError(message: "\(path): error: cannot read the file: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            bytes += chunk[0..<count]
            if count < chunk.count { break }
        }
        guard ferror(file) == 0 else {
            throw EmbedError(message: "\(path): error: cannot read the file: \(String(cString: strerror(errno)))")
        }
        return bytes
    }

    /// Prints `message` where the build log shows it, and stops the build step.
    static func fail(_ message: String) -> Never {
        let line = message + "\n"
        _ = write(2, line, line.utf8.count)
        exit(1)
    }
}

/// Why a catalog file cannot be embedded: a message for the build log, with the file's path.
struct EmbedError: Error, Equatable {
    let message: String
}
