import CatalogFiles
import Testing
import XLIFF

/// Where units come from and where imported blocks go in a file.
@Suite struct LayoutTests {
    private let body = blockHash(
        ".input {$items :integer}\n.match $items\none {{You ordered {#b}one item{/b}.}}\n*   {{You ordered {#b}{$items} items{/b}.}}"
    )

    @Test func variantsOnlyTheTranslationHasAreExportedAndKept() throws {
        let polish = """
            [body] @\(body)
            .input {$items :integer}
            .match $items
            0    {{Nic nie zamówiono.}}
            one  {{Zamówiono {#b}jeden produkt{/b}.}}
            few  {{Zamówiono {#b}{$items} produkty{/b}.}}
            many {{Zamówiono {#b}{$items} produktów{/b}.}}
            *    {{Zamówiono {#b}{$items} produktu{/b}.}}
            """
        let files = try catalog(template: orderTemplate, translations: ["pl": polish])
        let xliff = try XLIFFExport.document(files, locale: "pl")
        #expect(xliff.contains("<unit id=\"body.0\""))
        #expect(xliff.contains("<target>Nic nie zamówiono.</target>"))
        let (updates, problems) = try importing(xliff, into: files)
        #expect(problems == [])
        #expect(updates == [:])
    }

    @Test func aBlockTheFileLacksGoesAfterTheBlockBeforeItInTheSource() throws {
        let japanese = """
            [subject] @\(blockHash("Order {$order.id}"))
            ご注文 {$order.id}

            [body] @\(body)
            .input {$items :integer}
            .match $items
            * {{{$items}点}}
            """
        let files = try catalog(template: orderTemplate, translations: ["ja": japanese])
        var xliff = try XLIFFExport.document(files, locale: "ja")
        xliff = try translate(xliff, "greeting", "<ph id=\"1\" dataRef=\"d1\"/> 様")
        let (updates, problems) = try importing(xliff, into: files)
        #expect(problems == [])
        #expect(
            updates["locales/ja/test/order.reply"] == """
                [subject] @\(blockHash("Order {$order.id}"))
                ご注文 {$order.id}

                [greeting] @\(blockHash("Dear {$customer.name},"))
                {$customer.name} 様

                [body] @\(body)
                .input {$items :integer}
                .match $items
                * {{{$items}点}}

                """)
    }
}
