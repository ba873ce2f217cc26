import CatalogFiles
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `replykit preview` as a reviewer runs it: where it writes, what it refuses, what it finds.
@Suite struct PreviewCommandTests {
    /// A catalog of one template with its example case, translated into Arabic.
    static func catalog() -> String {
        LintCommandTests.catalog([
            "replykit.yaml": "source-locale: en\ntarget-locales: [ar]\n",
            "templates/apology/late.reply": """
            ---
            kind: apology
            channels: [email]
            summary: Late.
            inputs:
              order.id: string
            ---
            [subject]
            Order {$order.id} is late

            [body]
            We are sorry.
            """,
            "locales/ar/apology/late.reply": "[subject] @\(blockHash("Order {$order.id} is late"))\nطلبكم {$order.id} متأخر\n",
            "examples/cases/apology-late.json": #"{"order": {"id": "LATE-7"}}"#,
        ])
    }

    /// A path under a fresh temporary directory that does not exist yet.
    static func newPath(_ name: String) -> String {
        LintCommandTests.catalog([:]) + "/" + name
    }

    static func write(_ path: String, _ text: String) {
        let file = fopen(path, "wb")
        fputs(text, file)
        fclose(file)
    }

    @Test func writesTheIndexAndAPagePerTemplateIntoANewDirectory() throws {
        let out = Self.newPath("gallery/nested")
        let result = ReplyKitBinary.run(["preview", "--catalog", Self.catalog(), "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote 2 pages to \(out); open \(out)/index.html\n")
        #expect(result.stderr.isEmpty)
        let page = try #require(TextFile.read(out + "/apology.late.html"))
        #expect(page.contains(#"<p class="subject">Order LATE-7 is late</p>"#))
        // The Latin order id in the Arabic subject (plain text) is isolated left to right.
        #expect(page.contains("<p class=\"subject\">طلبكم \u{2066}LATE-7\u{2069} متأخر</p>"))
        #expect(page.contains(#"<span class="mark fallback">fallback: en</span><p lang="en" dir="ltr">We are sorry.</p>"#))
        #expect(TextFile.read(out + "/index.html")?.contains(#"<a href="apology.late.html">apology/late</a>"#) == true)
        #expect(
            TextFile.read(out + "/.replykit-preview")
                == "# Files written by replykit preview; it updates and removes only these.\nindex.html\napology.late.html\n")
    }

    @Test func refusesADirectoryItDidNotWriteUnlessForced() {
        let out = Self.newPath("mine")
        mkdir(out, 0o755)
        Self.write(out + "/index.html", "my own page")
        let catalog = Self.catalog()
        let refused = ReplyKitBinary.run(["preview", "--catalog", catalog, "--out", out])
        #expect(refused.status == 2)
        #expect(
            refused.stderr
                == "error: '\(out)' is not empty and was not written by replykit preview; choose a new or empty directory, "
                + "or pass --force to write the gallery into it (its other files are left alone)\n")
        #expect(TextFile.read(out + "/index.html") == "my own page")
        #expect(!TextFile.exists(out + "/apology.late.html"))

        Self.write(out + "/notes.txt", "keep")
        let forced = ReplyKitBinary.run(["preview", "--catalog", catalog, "--out", out, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(TextFile.exists(out + "/apology.late.html"))
        #expect(TextFile.read(out + "/notes.txt") == "keep")
    }

    /// Run again over its own gallery, it removes the pages it wrote for templates that are gone,
    /// and nothing else: not a file it did not write, not a path the record names elsewhere.
    @Test func updatesItsOwnGalleryAndRemovesOnlyItsOwnPages() {
        let out = Self.newPath("gallery")
        let catalog = Self.catalog()
        #expect(ReplyKitBinary.run(["preview", "--catalog", catalog, "--out", out]).status == 0)
        let elsewhere = Self.newPath("elsewhere.html")
        Self.write(elsewhere, "not the gallery's")
        for name in ["gone.page.html", "notes.html"] { Self.write(out + "/" + name, "x") }
        Self.write(
            out + "/.replykit-preview", "index.html\napology.late.html\ngone.page.html\n../elsewhere.html\n\(elsewhere)\n")
        let again = ReplyKitBinary.run(["preview", "--catalog", catalog, "--out", out])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr == "removed 1 page of templates no longer in the catalog\n")
        #expect(!TextFile.exists(out + "/gone.page.html"))
        #expect(TextFile.exists(out + "/notes.html"))
        #expect(TextFile.read(elsewhere) == "not the gallery's")
    }

    @Test func refusesAFileAsTheOutputDirectory() {
        let out = Self.newPath("file.html")
        Self.write(out, "x")
        let result = ReplyKitBinary.run(["preview", "--catalog", Self.catalog(), "--out", out])
        #expect(result.status == 2)
        #expect(result.stderr == "error: '\(out)' is not a directory; give --out a directory to write the gallery into\n")
    }

    @Test func aTemplateWithoutAnExampleCaseIsNamed() {
        let catalog = Self.catalog()
        unlink(catalog + "/examples/cases/apology-late.json")
        let result = ReplyKitBinary.run(["preview", "--catalog", catalog, "--out", Self.newPath("g")])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "note: apology/late: not rendered: there is no example case examples/cases/apology-late.json; add one ('replykit inputs apology/late' prints a skeleton)\n"
        )
    }

    @Test func theRepositoryCatalogRendersEveryExampleCase() throws {
        let out = Self.newPath("repository")
        let result = ReplyKitBinary.run(["preview", "--catalog", RenderCommandTests.repository, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("wrote 35 pages"))
        let page = try #require(TextFile.read(out + "/apology.damaged-item.html"))
        #expect(
            page.contains(
                #"<p class="subject">Ihre Bestellung EU-2026-418837 ist beschädigt angekommen – das tut uns leid</p>"#))
        #expect(page.contains(#"<td lang="ar" dir="rtl" title="نعتذر عن وصول طلبكم {$order.id} تالفًا">"#))
    }

    @Test func helpHasAnExample() {
        let result = ReplyKitBinary.run(["preview", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("replykit preview --out preview   # then open preview/index.html in a browser"))
    }
}
