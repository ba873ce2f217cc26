import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `replykit xliff export` and `import` run as a user runs them, on a copy of the starter catalog.
@Suite struct XLIFFCommandTests {
    /// The repository's root, where the starter catalog lives.
    private static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    /// A fresh copy of the starter catalog in a temporary directory.
    private func copyOfCatalog() throws -> String {
        var template = Array("/tmp/replykit-xliff-XXXXXX".utf8CString)
        let made = try #require(mkdtemp(&template))
        let directory = String(cString: made)
        let copy = ReplyKitBinary.run(
            ["-R", Self.root + "/replykit.yaml", Self.root + "/templates", Self.root + "/locales", directory],
            executable: "/bin/cp")
        try #require(copy.status == 0, "\(copy.stderr)")
        return directory
    }

    private func remove(_ directory: String) {
        _ = ReplyKitBinary.run(["-rf", directory], executable: "/bin/rm")
    }

    @Test func exportThenImportLeavesEveryFileOfEveryLocaleByteIdentical() throws {
        let directory = try copyOfCatalog()
        defer { remove(directory) }
        for locale in ["de", "fr", "es", "pl", "ja", "zh-Hans", "ar"] {
            let export = ReplyKitBinary.run(["xliff", "export", "--locale", locale, "--catalog", directory])
            #expect(export.status == 0, "\(locale): \(export.stderr)")
            #expect(export.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff "))
            let imported = ReplyKitBinary.run(["xliff", "import", "-", "--catalog", directory], stdin: export.stdout)
            #expect(imported.status == 0, "\(locale): \(imported.stderr)")
            #expect(imported.stderr == "nothing to change: the translations in - are already in the catalog\n")
        }
        for tree in ["templates", "locales", "replykit.yaml"] {
            let compare = ReplyKitBinary.run(["-r", Self.root + "/" + tree, directory + "/" + tree], executable: "/usr/bin/diff")
            #expect(compare.status == 0, "\(tree) differs: \(compare.stdout)")
        }
    }

    @Test func aTranslatedUnitIsWrittenAndAProblemWritesNothing() throws {
        let directory = try copyOfCatalog()
        defer { remove(directory) }
        let export = ReplyKitBinary.run([
            "xliff", "export", "--locale", "de", "--catalog", directory, "acknowledgement/request-received",
        ])
        try #require(export.status == 0, "\(export.stderr)")
        let unit = try #require(export.stdout.firstRange(of: "<unit id=\"closing\""))
        let target = try #require(export.stdout[unit.upperBound...].firstRange(of: "<target>"))
        let end = try #require(export.stdout[target.upperBound...].firstRange(of: "</target>"))
        let before = String(export.stdout[..<target.upperBound])
        let after = String(export.stdout[end.lowerBound...])

        // A placeholder typed as text (as a tool that flattens codes writes it): reported by unit, nothing written.
        let bad = before + "Mit freundlichen Grüßen {$order.id}" + after
        let refused = ReplyKitBinary.run(["xliff", "import", "-", "--catalog", directory], stdin: bad)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "unit 'acknowledgement.request-received#closing': the text contains '{$order.id}' typed as text, which the reply would print as it is; use the placeholder's inline code from the source instead"
            ))
        #expect(refused.stderr.hasSuffix("1 problem in -; nothing was written. Fix them and import again.\n"))

        let good = before + "Herzliche Grüße\nIhr Kundenservice-Team" + after
        let imported = ReplyKitBinary.run(["xliff", "import", "-", "--catalog", directory], stdin: good)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr == "updated locales/de/acknowledgement/request-received.reply: 1 block (closing)\n")
        let file = ReplyKitBinary.run(
            [directory + "/locales/de/acknowledgement/request-received.reply"], executable: "/bin/cat")
        #expect(file.stdout.hasSuffix("\n[closing] @f8db16e4\nHerzliche Grüße\nIhr Kundenservice-Team\n"))
    }

    @Test func hostileOrMalformedFilesAreClearErrors() throws {
        let directory = try copyOfCatalog()
        defer { remove(directory) }
        let doctype = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">&x;</xliff>
            """
        let refused = ReplyKitBinary.run(["xliff", "import", "-", "--catalog", directory], stdin: doctype)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("-:2:1: document type declarations (<!DOCTYPE …>) are not accepted"))

        let path = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
              <file id="../../etc/passwd"><unit id="x"><segment><source>a</source><target>b</target></segment></unit></file>
            </xliff>
            """
        let notATemplate = ReplyKitBinary.run(["xliff", "import", "-", "--catalog", directory], stdin: path)
        #expect(notATemplate.status == 1)
        #expect(notATemplate.stderr.hasPrefix("-:2:3: <file id=\"../../etc/passwd\"> names no template of the catalog"))
    }

    /// Import writes into a catalog: outside one, without --catalog, it is a usage error (the
    /// built-in catalog the other commands fall back to cannot be written).
    @Test func importOutsideACatalogIsAUsageError() {
        let refused = ReplyKitBinary.run(["xliff", "import", "-"], stdin: "<xliff/>", directory: "/")
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: no catalog here: there is no replykit.yaml in the current directory"))
        let missing = ReplyKitBinary.run(["xliff", "import", "-", "--catalog", "/nonexistent"], stdin: "<xliff/>")
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: no catalog at '/nonexistent'"))
    }

    @Test func helpShowsExamples() {
        let help = ReplyKitBinary.run(["xliff", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("replykit xliff export --locale pl > pl.xlf"))
        #expect(help.stdout.contains("replykit xliff import pl.xlf"))
    }
}
