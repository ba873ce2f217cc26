import CatalogFiles
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
            guard let file = TextFile.read(repository + "/" + path) else {
                Issue.record("\(path) is embedded but not in the repository; run scripts/embed-starter-catalog.py")
                continue
            }
            #expect(file == text, "\(path) differs; run scripts/embed-starter-catalog.py")
        }
    }
}
