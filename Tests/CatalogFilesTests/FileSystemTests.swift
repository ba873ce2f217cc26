import CatalogFiles
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file (test helper; plain C, no Foundation).
func readFile(_ path: String) throws -> String {
    struct CannotRead: Error {}
    guard let file = fopen(path, "rb") else { throw CannotRead() }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        bytes += buffer[0..<count]
        if count < buffer.count { break }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// A throwaway directory tree, removed when the test ends.
final class TemporaryCatalog {
    let root: String
    private var created: [(path: String, isDirectory: Bool)] = []

    init() throws {
        struct CannotCreate: Error {}
        var template = Array("/tmp/catalogfiles-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw CannotCreate() }
        root = String(cString: made)
    }

    func directory(_ relative: String) {
        mkdir("\(root)/\(relative)", 0o755)
        created.append(("\(root)/\(relative)", true))
    }

    func file(_ relative: String, _ bytes: [UInt8]) {
        let file = fopen("\(root)/\(relative)", "wb")
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        created.append(("\(root)/\(relative)", false))
    }

    func file(_ relative: String, _ text: String) { file(relative, Array(text.utf8)) }

    /// A FIFO (named pipe): opening it for reading blocks until a writer comes.
    func fifo(_ relative: String) {
        mkfifo("\(root)/\(relative)", 0o644)
        created.append(("\(root)/\(relative)", false))
    }

    func link(_ relative: String, to target: String) {
        symlink(target, "\(root)/\(relative)")
        created.append(("\(root)/\(relative)", false))
    }

    deinit {
        for entry in created.reversed() {
            if entry.isDirectory { rmdir(entry.path) } else { unlink(entry.path) }
        }
        rmdir(root)
    }
}

@Suite struct FileSystemTests {
    @Test func symlinksLoopsBrokenLinksAndBadBytes() throws {
        let catalog = try TemporaryCatalog()
        catalog.file("replykit.yaml", Sample.manifest)
        catalog.directory("templates")
        catalog.directory("templates/apology")
        catalog.file("templates/apology/damaged-item.reply", Sample.template)
        catalog.link("templates/apology/again", to: "..")  // a loop back to templates/
        catalog.link("templates/gone.reply", to: "/nonexistent/gone.reply")  // a broken link
        catalog.link("templates/alias.reply", to: "apology/damaged-item.reply")
        catalog.file("templates/junk.reply", [0x2D, 0x2D, 0x2D, 0x0A, 0x6B, 0xFF, 0xFE, 0x00, 0xC3])
        catalog.file("templates/.hidden.reply", "not read")
        catalog.directory("templates/dir.reply")  // a directory named like a file
        catalog.directory("shared")
        catalog.directory("shared/de-apology")
        catalog.file("shared/de-apology/damaged-item.reply", Sample.translation)
        catalog.directory("locales")
        catalog.directory("locales/de")
        catalog.link("locales/de/apology", to: "../../shared/de-apology")  // a linked directory
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root)
        #expect(
            problems.map(\.summary) == [
                "io-error templates/apology/again:1:1: this directory was already read through another path (a symbolic link loop?); it is skipped",
                "io-error templates/gone.reply:1:1: cannot read the file: No such file or directory (a broken symbolic link?)",
                "io-error templates/junk.reply:2:2: the file is not valid UTF-8 (byte 0xFF here); save it as UTF-8",
            ])
        let files = try #require(loaded)
        #expect(files.templates.map(\.id) == ["alias", "apology/damaged-item"])
        #expect(files.translations["de"]?.map(\.id) == ["apology/damaged-item"])
    }

    @Test func unreadableManifest() throws {
        let catalog = try TemporaryCatalog()
        catalog.file("replykit.yaml", [0x73, 0xFF])
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root)
        #expect(loaded == nil)
        #expect(
            problems.map(\.summary) == [
                "io-error replykit.yaml:1:2: the file is not valid UTF-8 (byte 0xFF here); save it as UTF-8"
            ])
    }
}
