import CatalogFiles
import Testing

@Suite struct TranslationFileTests {
    @Test func validTranslation() throws {
        let (parsed, problems) = TranslationFile.parse(
            Sample.translation, file: "locales/de/apology/damaged-item.reply",
            id: "apology/damaged-item", locale: "de")
        #expect(problems.map(\.summary) == [])
        let translation = try #require(parsed)
        #expect(translation.id == "apology/damaged-item")
        #expect(translation.locale == "de")
        #expect(translation.file == "locales/de/apology/damaged-item.reply")
        #expect(translation.fileText == Sample.translation)
        #expect(translation.blocks.map(\.id) == ["subject", "greeting", "apology"])
        #expect(translation.blocks.map(\.sourceHash) == ["4392b46b", "56c3d154", nil])
        #expect(translation.blocks.map(\.condition) == [.always, .always, .always])
        #expect(translation.blocks.map(\.line) == [1, 4, 8])
        #expect(translation.blocks.map(\.textLine) == [2, 6, 9])
        #expect(translation.blocks[0].text == "Ihre Bestellung {$order.id}: Es tut uns leid")
        #expect(translation.blocks[0].textOffset == 20)
        #expect(translation.blocks[1].annotations.map(\.text) == ["reviewed"])
        #expect(translation.blocks[1].annotations.map(\.line) == [5])
        #expect(translation.blocks[2].textOffset == utf8Offset(of: ".input", in: Sample.translation))
    }

    @Test func stampsMatchTheSourceHashes() throws {
        let template = try #require(TemplateFile.parse(Sample.template, file: "t", id: "t").0)
        let translation = try #require(TranslationFile.parse(Sample.translation, file: "l", id: "t", locale: "de").0)
        for block in translation.blocks {
            guard let stamp = block.sourceHash else { continue }
            let source = try #require(template.blocks.first { $0.id == block.id })
            #expect(blockHash(source.text) == stamp)
        }
    }

    @Test func emptyTranslationIsFine() {
        let (translation, problems) = TranslationFile.parse("", file: "l", id: "t", locale: "de")
        #expect(problems.isEmpty)
        #expect(translation?.blocks.isEmpty == true)
    }
}

@Suite struct BlockHashTests {
    // Expected values computed independently with Python:
    //   h = 0xcbf29ce484222325; for b in s.encode(): h = ((h ^ b) * 0x100000001b3) % 2**64; '%016x' % h
    @Test(arguments: [
        ("Your order {$order.id}: we are sorry", "4392b46b"),  // full hash 4392b46b7f54639c
        ("", "cbf29ce4"),  // the FNV-1a offset basis
        ("a", "af63dc4c"),  // af63dc4c8601ec8c
        ("Dear {$customer.name},", "56c3d154"),  // 56c3d15433faa014
        ("Zażółć gęślą jaźń 😀", "68ee674e"),  // 68ee674e8b35d2ee
    ])
    func knownHashes(text: String, hash: String) {
        #expect(blockHash(text) == hash)
    }

    @Test func alwaysEightLowercaseHexDigits() {
        for text in ["x", "hello", "\r\n", "{$a}", String(repeating: "z", count: 1000)] {
            let hash = blockHash(text)
            #expect(hash.count == 8)
            #expect(hash.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) })
        }
    }
}
