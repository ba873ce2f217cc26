import Testing
import XLIFF

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The XLIFF a translator gets for one template, compared with a reviewed copy in `Golden/`.
/// Regenerate with `REPLYKIT_UPDATE_GOLDEN=1 swift test --filter GoldenXLIFFTests`, then read the diff.
@Suite struct GoldenXLIFFTests {
    @Test(arguments: [("apology/damaged-item", "pl"), ("review-response/mixed-review", "de")])
    func exportMatchesTheGoldenFile(template: String, locale: String) throws {
        let files = try #require(starterCatalog)
        let xliff = try XLIFFExport.document(files, locale: locale, templates: [template])
        let path = "\(repositoryRoot)/Tests/XLIFFTests/Golden/\(template.replacing("/", with: "-")).\(locale).xlf"
        if getenv("REPLYKIT_UPDATE_GOLDEN") != nil {
            let file = fopen(path, "wb")
            _ = xliff.withCString { fputs($0, file) }
            fclose(file)
        }
        let expected = try #require(Self.read(path), "no golden file \(path)")
        #expect(xliff == expected)
    }

    private static func read(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
