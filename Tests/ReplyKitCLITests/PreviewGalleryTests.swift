import CatalogFiles
import ReplyKit
import Testing

@testable import ReplyKitCLI

/// The pages of `replykit preview`, built in memory: structure, escaping, right-to-left columns,
/// stale and fallback marks.
@Suite struct PreviewGalleryTests {
    /// Markup, an attribute breaker and a title closer, in the template and in the case.
    static let hostile = #"<script>alert(1)</script> "onmouseover=alert(2) </title>"#

    static let template = """
        ---
        kind: apology
        channels: [email, chat]
        summary: 'Sorry <script>alert(0)</script> "onmouseover=x </title>'
        inputs:
          customer.name: string
          order.id: string
          voucher: string?
          tracking: string?
        ---
        [subject]
        Order {$order.id}: we are sorry

        [greeting]
        Dear {$customer.name},

        [body]
        We are sorry <script>alert(1)</script> "onmouseover=alert(2) </title>.

        [voucher] when voucher
        Your voucher: {$voucher}.

        [tracking]
        Track it: {$tracking}.

        [closing]
        Kind regards
        """

    /// A German translation whose subject is stale and which lacks the body and voucher blocks,
    /// and a complete Arabic one.
    static var files: [String: String] {
        func stamp(_ text: String) -> String { blockHash(text) }
        return [
            "replykit.yaml": "source-locale: en\ntarget-locales: [de, ar]\n",
            "templates/apology/test.reply": template,
            "locales/de/apology/test.reply": """
            [subject] @00000000
            Bestellung {$order.id}: Entschuldigung

            [greeting] @\(stamp("Dear {$customer.name},"))
            Guten Tag {$customer.name},

            [closing] @\(stamp("Kind regards"))
            Mit freundlichen Grüßen
            """,
            "locales/ar/apology/test.reply": """
            [subject] @\(stamp("Order {$order.id}: we are sorry"))
            طلبكم {$order.id}: نعتذر

            [greeting] @\(stamp("Dear {$customer.name},"))
            مرحبًا {$customer.name}،

            [body] @\(stamp(#"We are sorry <script>alert(1)</script> "onmouseover=alert(2) </title>."#))
            نعتذر.

            [voucher] @\(stamp("Your voucher: {$voucher}."))
            قسيمتكم: {$voucher}.

            [tracking] @\(stamp("Track it: {$tracking}."))
            تتبعوه: {$tracking}.

            [closing] @\(stamp("Kind regards"))
            مع أطيب التحيات
            """,
        ]
    }

    static let caseJSON = #"{"customer": {"name": "</title><script>alert(3)</script>\"onmouseover=y"}, "order": {"id": "A-1"}}"#

    static func gallery(_ example: PreviewGallery.ExampleCase = .json(PreviewGalleryTests.caseJSON)) throws -> PreviewGallery {
        let catalog = try ReplyCatalog(files: files)
        let parsed = try #require(CatalogFiles.load(files: files).0)
        return PreviewGallery(catalog: catalog, files: parsed) { _ in example }
    }

    static func page(_ example: PreviewGallery.ExampleCase = .json(PreviewGalleryTests.caseJSON)) throws -> String {
        let gallery = try Self.gallery(example)
        return gallery.page(try #require(gallery.templates.first))
    }

    @Test func nothingFromTheCatalogOrTheCaseBecomesMarkup() throws {
        for html in [try Self.page(), try Self.gallery().index(), try Self.page(.unavailable("none"))] {
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("\"onmouseover"))
            #expect(html.components(separatedBy: "</title>").count == 2, "one </title>: the page's own")
            #expect(!html.contains("src="), "nothing is loaded")
        }
        let page = try Self.page()
        #expect(page.contains("Sorry &lt;script&gt;alert(0)&lt;/script&gt; &quot;onmouseover=x &lt;/title&gt;"))
        // The case's value in the rendered greeting; the template's text in the rendered body and
        // in the title attribute that shows the source on hover.
        #expect(page.contains("Dear &lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;&quot;onmouseover=y,"))
        #expect(page.contains("We are sorry &lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=alert(2) &lt;/title&gt;."))
        #expect(
            page.contains(
                #"title="We are sorry &lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=alert(2) &lt;/title&gt;.""#))
    }

    @Test func pagesForbidScriptsAndEveryResource() throws {
        for html in [try Self.page(), try Self.gallery().index()] {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">"))
            #expect(
                html.contains(
                    #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#))
        }
    }

    @Test func arabicColumnsAreRightToLeft() throws {
        let page = try Self.page()
        #expect(page.contains(#"<th scope="col" lang="ar" dir="rtl">ar<span class="coverage" lang="en" dir="ltr">"#))
        #expect(
            page.contains(
                #"<td lang="ar" dir="rtl" title="مع أطيب التحيات"><p>مع أطيب التحيات</p><details><summary>source (ar)</summary><pre>مع أطيب التحيات</pre></details></td>"#
            ))
        #expect(page.contains(#"<th scope="col" lang="en" dir="ltr">en <span class="role">source</span></th>"#))
    }

    @Test func staleAndFallbackBlocksAreMarked() throws {
        let page = try Self.page()
        #expect(
            page.contains(
                #"<td class="stale" lang="de" dir="ltr" title="Bestellung {$order.id}: Entschuldigung"><span class="mark stale">stale</span><p class="subject">Bestellung A-1: Entschuldigung</p>"#
            ))
        #expect(
            page.contains(
                #"<td class="fallback" lang="de" dir="ltr" title="We are sorry &lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=alert(2) &lt;/title&gt;."><span class="mark fallback">fallback: en</span><p lang="en" dir="ltr">We are sorry"#
            ))
        // The column header counts the blocks as `replykit list` does.
        #expect(
            page.contains(
                #"de<span class="coverage" lang="en" dir="ltr">3/6 translated <span class="mark stale">1 stale</span> <span class="mark missing">3 missing</span></span>"#
            ))
        #expect(page.contains(#"ar<span class="coverage" lang="en" dir="ltr">6/6 translated</span></th>"#))
    }

    @Test func blocksTheCaseDoesNotUseShowTheirText() throws {
        let page = try Self.page()
        #expect(
            page.contains(
                #"<td class="unused" lang="de" dir="ltr" title="Your voucher: {$voucher}."><span class="mark unused">not in this reply</span><span class="mark missing">missing</span><details><summary>source (en)</summary><pre>Your voucher: {$voucher}.</pre></details></td>"#
            ))
    }

    @Test func aBlockTheCaseLacksAValueForIsLeftOut() throws {
        let page = try Self.page()
        #expect(
            page.contains(
                #"<td class="left-out" lang="en" dir="ltr" title="Track it: {$tracking}."><span class="mark left-out">left out</span><p lang="en" dir="ltr">apology/test: block &#39;tracking&#39; left out: it needs tracking, which the case does not give</p><details><summary>source (en)</summary><pre>Track it: {$tracking}.</pre></details></td>"#
            ))
    }

    @Test func withoutAnExampleCaseEachCellShowsItsText() throws {
        let page = try Self.page(.unavailable("there is no example case examples/cases/apology-test.json"))
        #expect(
            page.contains(
                "<p class=\"note\">Not rendered: there is no example case examples/cases/apology-test.json. Each cell shows the block’s text.</p>"
            ))
        #expect(
            page.contains(
                #"<td class="stale" lang="de" dir="ltr" title="Bestellung {$order.id}: Entschuldigung"><span class="mark stale">stale</span><pre>Bestellung {$order.id}: Entschuldigung</pre></td>"#
            ))
        #expect(page.contains(#"<td class="fallback" lang="de" dir="ltr"><span class="mark missing">missing</span></td>"#))
    }

    @Test func aCaseThatDoesNotFitIsShownWithItsProblems() throws {
        let page = try Self.page(.json(#"{"order": {"id": 7}}"#))
        #expect(page.contains("<div class=\"note error\">The example case did not render:<pre>the case data does not fit"))
        #expect(page.contains("order.id: expected string, found the number 7"))
    }

    @Test func theIndexGivesCoveragePerTemplateAndLocale() throws {
        let index = try Self.gallery().index()
        #expect(index.contains(#"<a href="apology.test.html">apology/test</a>"#))
        #expect(
            index.contains(
                #"<td class="missing" title="3 of 6 blocks translated into de, 1 stale, 3 missing">3/6 <span class="mark stale">1 stale</span> <span class="mark missing">3 missing</span></td>"#
            ))
        #expect(index.contains(#"<td class="complete" title="6 of 6 blocks translated into ar, 0 stale, 0 missing">6/6</td>"#))
        #expect(index.contains(#"<th scope="col" lang="ar" dir="rtl">ar</th>"#))
    }

    @Test(arguments: [
        ("apology/damaged-item", "apology.damaged-item.html", "examples/cases/apology-damaged-item.json"),
        ("review-response/mixed-review", "review-response.mixed-review.html", "examples/cases/review-response-mixed-review.json"),
        ("a/b/c-d", "a.b.c-d.html", "examples/cases/a-b-c-d.json"),
    ])
    func fileNamesComeFromTemplateIDs(id: String, page: String, example: String) {
        #expect(PreviewTemplate.exampleCasePath(id) == example)
        #expect(PreviewTemplate.pageName(id) == page)
    }
}
