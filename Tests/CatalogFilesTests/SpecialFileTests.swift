import CatalogFiles
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files that are not regular files, too large, or outside the catalog: each is a problem at its
/// path, and none is read (no hang on a FIFO, no endless read of a device, no walk of `/`).
@Suite struct SpecialFileTests {
    @Test func manifestLinkedToDevZeroIsNotRead() throws {
        let catalog = try TemporaryCatalog()
        catalog.link("replykit.yaml", to: "/dev/zero")
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root)
        #expect(loaded == nil)
        #expect(
            problems.map(\.summary) == [
                "io-error replykit.yaml:1:1: a symbolic link to /dev/zero (a character device), outside the catalog directory; it is not followed: copy the file into the catalog, or link to a file inside it"
            ])
    }

    @Test func manifestThatIsAFIFODoesNotHang() throws {
        let catalog = try TemporaryCatalog()
        catalog.fifo("replykit.yaml")
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root)
        #expect(loaded == nil)
        #expect(
            problems.map(\.summary) == [
                "io-error replykit.yaml:1:1: this is a FIFO (named pipe), not a regular file, so it is not read; replace it with a regular file"
            ])
    }

    @Test(.enabled(if: geteuid() == 0, "making a device node needs root"))
    func deviceInsideTheCatalogIsNotRead() throws {
        let catalog = try TemporaryCatalog()
        catalog.file("replykit.yaml", Sample.manifest)
        catalog.directory("templates")
        var zero = stat()
        try #require(stat("/dev/zero", &zero) == 0)
        try #require(mknod("\(catalog.root)/templates/zero.reply", S_IFCHR | 0o644, zero.st_rdev) == 0)
        defer { unlink("\(catalog.root)/templates/zero.reply") }
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root, templates: ["zero"])
        #expect(loaded?.templates.isEmpty == true)
        #expect(
            problems.map(\.summary) == [
                "io-error templates/zero.reply:1:1: this is a character device, not a regular file, so it is not read; replace it with a regular file"
            ])
    }

    @Test func translationThatIsAFIFODoesNotHangAPartialLoad() throws {
        let catalog = try TemporaryCatalog()
        catalog.file("replykit.yaml", Sample.manifest)
        catalog.directory("templates")
        catalog.directory("templates/apology")
        catalog.file("templates/apology/damaged-item.reply", Sample.template)
        catalog.directory("locales")
        catalog.directory("locales/de")
        catalog.directory("locales/de/apology")
        catalog.fifo("locales/de/apology/damaged-item.reply")
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root, templates: ["apology/damaged-item"])
        #expect(loaded?.templates.map(\.id) == ["apology/damaged-item"])
        #expect(loaded?.translations.isEmpty == true)
        #expect(
            problems.map(\.summary) == [
                "io-error locales/de/apology/damaged-item.reply:1:1: this is a FIFO (named pipe), not a regular file, so it is not read; replace it with a regular file"
            ])
    }

    @Test func fileOverTheSizeLimitIsNotRead() throws {
        #expect(CatalogLimits.fileBytes == 4 * 1024 * 1024)
        let catalog = try TemporaryCatalog()
        catalog.file("replykit.yaml", Sample.manifest)
        catalog.directory("templates")
        // 141 bytes of header, then 4 MiB of text: 4,194,445 bytes.
        catalog.file("templates/huge.reply", Sample.header + String(repeating: "x", count: 4 * 1024 * 1024))
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root)
        #expect(loaded?.templates.isEmpty == true)
        #expect(
            problems.map(\.summary) == [
                "io-error templates/huge.reply:1:1: the file is larger than 4 MiB (4194445 bytes), the limit for a catalog file, so it is not read; split it into smaller files"
            ])
    }

    @Test func symlinkToTheFilesystemRootIsNotWalked() throws {
        let catalog = try TemporaryCatalog()
        catalog.file("replykit.yaml", Sample.manifest)
        catalog.directory("templates")
        catalog.file("templates/ok.reply", Sample.template)
        catalog.link("templates/everything", to: "/")
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root)
        #expect(loaded?.templates.map(\.id) == ["ok"])
        #expect(
            problems.map(\.summary) == [
                "io-error templates/everything:1:1: a symbolic link to / (a directory), outside the catalog directory; it is not followed: copy the files into the catalog, or link to a directory inside it"
            ])
    }

    @Test func symlinkToAFileOutsideTheCatalogIsNotFollowed() throws {
        let outside = try TemporaryCatalog()
        outside.file("elsewhere.reply", Sample.template)
        let catalog = try TemporaryCatalog()
        catalog.file("replykit.yaml", Sample.manifest)
        catalog.directory("templates")
        catalog.link("templates/elsewhere.reply", to: "\(outside.root)/elsewhere.reply")
        catalog.link("templates/inside.reply", to: "../kept/inside.reply")
        catalog.directory("kept")
        catalog.file("kept/inside.reply", Sample.template)
        let (loaded, problems) = CatalogFiles.load(directory: catalog.root)
        // A link to a regular file inside the catalog is followed; one that leads out is not.
        #expect(loaded?.templates.map(\.id) == ["inside"])
        #expect(
            problems.map(\.summary) == [
                "io-error templates/elsewhere.reply:1:1: a symbolic link to \(outside.root)/elsewhere.reply (a regular file), outside the catalog directory; it is not followed: copy the file into the catalog, or link to a file inside it"
            ])
    }

    @Test func catalogReachedThroughASymlinkReadsNormally() throws {
        let real = try TemporaryCatalog()
        real.file("replykit.yaml", Sample.manifest)
        real.directory("templates")
        real.file("templates/ok.reply", Sample.template)
        let holder = try TemporaryCatalog()
        holder.link("catalog", to: real.root)
        let (loaded, problems) = CatalogFiles.load(directory: "\(holder.root)/catalog/")
        #expect(problems.map(\.summary) == [])
        #expect(loaded?.templates.map(\.id) == ["ok"])
    }
}
