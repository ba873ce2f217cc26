import CatalogFiles
import Testing
import XLIFF

/// A small template with a plural, markup, a condition and plain blocks.
let orderTemplate = """
    ---
    kind: acknowledgement
    channels: [email]
    summary: Confirms the order.
    inputs:
      order.id: string
      items: integer
      customer.name: string?
    ---
    [subject]
    Order {$order.id}

    [greeting] when customer.name
    Dear {$customer.name},

    [body]
    .input {$items :integer}
    .match $items
    one {{You ordered {#b}one item{/b}.}}
    *   {{You ordered {#b}{$items} items{/b}.}}

    """

/// `xliff` with `target` added to the unit `unit` (after its source), as a translation tool writes it.
func translate(_ xliff: String, _ unit: String, _ target: String) throws -> String {
    let parts = xliff.components(of: "<unit id=\"\(unit)\"")
    try #require(parts.count == 2, "no unit \(unit)")
    let rest = parts[1].components(of: "</source>")
    return parts[0] + "<unit id=\"\(unit)\"" + rest[0] + "</source><target>\(target)</target>"
        + rest.dropFirst().joined(separator: "</source>")
}

@Suite struct ImportTests {
    @Test func polishGetsEveryPluralCategoryWithTheEnglishOtherTextAsSource() throws {
        let files = try catalog(template: orderTemplate)
        let xliff = try XLIFFExport.document(files, locale: "pl")
        for unit in ["subject", "greeting", "body.one", "body.few", "body.many", "body.other"] {
            #expect(xliff.contains("<unit id=\"\(unit)\" xml:space=\"preserve\">"), "\(unit)")
        }
        let few = try #require(xliff.components(of: "<unit id=\"body.few\"").last?.components(of: "</unit>").first)
        #expect(
            few.contains(
                "<source>You ordered <pc id=\"1\" type=\"fmt\" dataRefStart=\"d1\" dataRefEnd=\"d2\" dispStart=\"{#b}\" dispEnd=\"{/b}\" equivStart=\"\" equivEnd=\"\"><ph id=\"2\" dataRef=\"d3\" disp=\"{$items}\" equiv=\"{$items}\"/> items</pc>.</source>"
            ))
        #expect(few.contains("$items is in the pl plural category 'few' (numbers such as 2, 3, 4, 22, 23, 24…)"))
        #expect(few.contains("the en source has no 'few' variant, so its 'other' text is shown"))
        #expect(few.contains("<segment state=\"initial\">"))
        #expect(!few.contains("<target>"))
        // Japanese has one plural category: one unit, for 'other'.
        let japanese = try XLIFFExport.document(files, locale: "ja")
        #expect(japanese.contains("<unit id=\"body.other\""))
        #expect(!japanese.contains("<unit id=\"body.one\""))
    }

    @Test func importWritesTheMatchBackWithEveryCategoryStampedWithTheExportedVersion() throws {
        let files = try catalog(template: orderTemplate)
        var xliff = try XLIFFExport.document(files, locale: "pl")
        xliff = try translate(xliff, "subject", "Zamówienie <ph id=\"1\" dataRef=\"d1\"/>")
        xliff = try translate(
            xliff, "body.one", "Zamówiono <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">jeden produkt</pc>.")
        for (category, noun) in [("few", "produkty"), ("many", "produktów"), ("other", "produktu")] {
            xliff = try translate(
                xliff, "body.\(category)",
                "Zamówiono <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\"><ph id=\"2\" dataRef=\"d3\"/> \(noun)</pc>.")
        }
        let (updates, problems) = try importing(xliff, into: files)
        #expect(problems == [])
        let subject = blockHash("Order {$order.id}")
        let body = blockHash(
            ".input {$items :integer}\n.match $items\none {{You ordered {#b}one item{/b}.}}\n*   {{You ordered {#b}{$items} items{/b}.}}"
        )
        #expect(
            updates == [
                "locales/pl/test/order.reply": """
                [subject] @\(subject)
                Zamówienie {$order.id}

                [body] @\(body)
                .input {$items :integer}
                .match $items
                one  {{Zamówiono {#b}jeden produkt{/b}.}}
                few  {{Zamówiono {#b}{$items} produkty{/b}.}}
                many {{Zamówiono {#b}{$items} produktów{/b}.}}
                *    {{Zamówiono {#b}{$items} produktu{/b}.}}

                """
            ])
    }

    @Test func aMissingPluralCategoryIsReportedByUnitAndNothingIsWritten() throws {
        let files = try catalog(template: orderTemplate)
        var xliff = try XLIFFExport.document(files, locale: "pl")
        xliff = try translate(
            xliff, "body.one", "Zamówiono <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">jeden produkt</pc>.")
        xliff = try translate(
            xliff, "body.other",
            "Zamówiono <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\"><ph id=\"2\" dataRef=\"d3\"/> produktu</pc>.")
        let result = try XLIFFImport(Array(xliff.utf8), catalog: files)
        #expect(result.updates.isEmpty)
        #expect(result.problems.map(\.unit) == ["test.order#body.one"])
        #expect(
            result.problems.first?.message
                == "block 'body' has no variant for the pl plural categories 'few', 'many' of $items; translate 'body.few', 'body.many'"
        )
    }

    @Test func aDroppedPlaceholderOrMarkupIsReported() throws {
        let files = try catalog(template: orderTemplate)
        var xliff = try XLIFFExport.document(files, locale: "ja")
        xliff = try translate(xliff, "subject", "ご注文")
        xliff = try translate(xliff, "body.other", "<ph id=\"2\" dataRef=\"d3\"/>点をご注文いただきました。")
        let (updates, problems) = try importing(xliff, into: files)
        #expect(updates.isEmpty)
        #expect(problems.count == 2)
        #expect(
            problems.first?.hasSuffix(
                "unit 'test.order#subject': block 'subject' uses different placeholders than the source: missing {$order.id}; keep the source's placeholders"
            ) == true)
        #expect(problems.last?.contains("block 'body' has different markup than the source; keep its codes ({#b}, {/b})") == true)
    }

    @Test func aUnitWithoutTargetLeavesItsBlockUntranslated() throws {
        let files = try catalog(template: orderTemplate)
        var xliff = try XLIFFExport.document(files, locale: "ja")
        xliff = try translate(xliff, "subject", "ご注文 <ph id=\"1\" dataRef=\"d1\"/>")
        // An empty target, as some tools write for untranslated units, is no translation either.
        xliff = try translate(xliff, "greeting", "")
        let (updates, problems) = try importing(xliff, into: files)
        #expect(problems == [])
        #expect(updates == ["locales/ja/test/order.reply": "[subject] @\(blockHash("Order {$order.id}"))\nご注文 {$order.id}\n"])
    }

    @Test func aChangedTranslationIsStampedWithTheVersionItWasExportedFrom() throws {
        let old = try catalog(template: orderTemplate)
        var xliff = try XLIFFExport.document(old, locale: "ja")
        xliff = try translate(xliff, "subject", "ご注文 <ph id=\"1\" dataRef=\"d1\"/>")
        // The source changes after the export: the translation is of the old text, so it is stale.
        let changed = try catalog(template: try replacingOnce(orderTemplate, "Order {$order.id}", "Your order {$order.id}"))
        let (updates, problems) = try importing(xliff, into: changed)
        #expect(problems == [])
        #expect(updates["locales/ja/test/order.reply"] == "[subject] @\(blockHash("Order {$order.id}"))\nご注文 {$order.id}\n")
    }

    @Test func onlyTheChangedBlockIsRewrittenTheRestKeepsItsBytes() throws {
        let existing = """
            [subject]   @00000000
            旧い件名 {$order.id}

            [greeting] @\(blockHash("Dear {$customer.name},"))
            #: keep the honorific
            {$customer.name} 様
            """
        let files = try catalog(template: orderTemplate, translations: ["ja": existing])
        var xliff = try XLIFFExport.document(files, locale: "ja")
        #expect(xliff.contains("subState=\"replykit:stale\""))
        xliff = try replacingOnce(
            xliff, "<target>旧い件名 <ph id=\"1\" dataRef=\"d1\" disp=\"{$order.id}\" equiv=\"{$order.id}\"/></target>",
            "<target>ご注文 <ph id=\"1\" dataRef=\"d1\"/></target>")
        xliff = try translate(
            xliff, "body.other", "ご注文 <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\"><ph id=\"2\" dataRef=\"d3\"/>点</pc>")
        let (updates, problems) = try importing(xliff, into: files)
        #expect(problems == [])
        let body = blockHash(
            ".input {$items :integer}\n.match $items\none {{You ordered {#b}one item{/b}.}}\n*   {{You ordered {#b}{$items} items{/b}.}}"
        )
        #expect(
            updates["locales/ja/test/order.reply"] == """
                [subject] @\(blockHash("Order {$order.id}"))
                ご注文 {$order.id}

                [greeting] @\(blockHash("Dear {$customer.name},"))
                #: keep the honorific
                {$customer.name} 様

                [body] @\(body)
                .input {$items :integer}
                .match $items
                * {{ご注文 {#b}{$items}点{/b}}}

                """)
    }

    @Test func unknownUnitsAndCodesAreReportedByUnitWithTheirPosition() throws {
        let files = try catalog(template: orderTemplate)
        var xliff = try XLIFFExport.document(files, locale: "ja")
        xliff = try translate(xliff, "subject", "ご注文 <ph id=\"7\" dataRef=\"d7\"/>")
        xliff = try replacingOnce(xliff, "<unit id=\"greeting\"", "<unit id=\"farewell\"")
        let result = try XLIFFImport(Array(xliff.utf8), catalog: files)
        #expect(result.updates.isEmpty)
        #expect(result.problems.map(\.unit) == ["test.order#subject", "test.order#farewell"])
        #expect(
            result.problems.first?.message.hasPrefix("the inline code <ph id=\"7\"> refers to no placeholder of this unit")
                == true)
        #expect(
            result.problems.last?.message
                == "template 'test/order' has no block 'farewell'; the source may have changed since the export: export again")
        // Positions are those of the XLIFF file: the <ph> inside the subject's target, the <unit> of 'farewell'.
        let lines = xliff.components(of: "\n")
        let ph = try #require(result.problems.first)
        #expect(lines[ph.line - 1].contains("<target>ご注文 <ph id=\"7\""))
        let farewell = try #require(result.problems.last)
        #expect(lines[farewell.line - 1].hasPrefix("    <unit id=\"farewell\""))
        #expect(farewell.column == 5)
    }

    @Test(arguments: [
        (
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ko\"/>",
            "trgLang is 'ko', which is not a target locale of the catalog (pl, ja)"
        ),
        (
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>",
            "this is an XLIFF 1.2 file; export XLIFF 2.0"
        ),
        (
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"pl\">\n  <file id=\"x\">\n</xliff>",
            "3:1: found '</xliff>' where '</file>' was expected"
        ),
    ])
    func documentsThatCannotBeReadAreOneClearError(text: String, message: String) throws {
        let files = try catalog(template: orderTemplate)
        #expect {
            _ = try XLIFFImport(Array(text.utf8), catalog: files)
        } throws: { error in
            (error as? XLIFFError)?.description.contains(message) == true
        }
    }
}
