import Testing

@testable import ReplyKitCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The catalog built into the binary is the repository's catalog, byte for byte.
/// After changing templates/ or locales/: python3 scripts/embed-starter-catalog.py
@Suite struct StarterCatalogTests {
    @Test func embeddedCopyMatchesTheFiles() {
        let repository = RenderCommandTests.repository
        #expect(StarterCatalog.files.keys.contains("replykit.yaml"))
        #expect(StarterCatalog.files.count >= 13)
        for (path, text) in StarterCatalog.files {
            guard let file = fopen(repository + "/" + path, "rb") else {
                Issue.record("\(path) is embedded but not in the repository; run scripts/embed-starter-catalog.py")
                continue
            }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count > 0 { bytes += buffer[..<count] }
                if count < buffer.count { break }
            }
            fclose(file)
            #expect(String(decoding: bytes, as: UTF8.self) == text, "\(path) differs; run scripts/embed-starter-catalog.py")
        }
    }
}
