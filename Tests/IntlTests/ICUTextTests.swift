import Testing

@testable import Intl

/// The hand-written transcoders that stand between Swift strings and ICU's UTF-16.
@Suite struct ICUTextTests {
    @Test(arguments: [
        "", "a blue mug", "crème brûlée", "Łódź", "中文标点", "تم الشحن", "mixed 🎉 emoji 👍🏽", "\u{0}nul",
        String(repeating: "ü", count: 300),
    ])
    func utf16CopyMatchesTheStandardLibrary(_ text: String) {
        let capacity = max(text.utf8.count, 1)
        let buffer = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        let count = copyUTF16(of: text, into: buffer)
        #expect(Array(UnsafeBufferPointer(start: buffer, count: count)) == Array(text.utf16))
        #expect(makeString(utf16: UnsafeBufferPointer(start: buffer, count: count)) == text)
    }

    @Test func listItemsOutsideASCIIReachICUIntact() throws {
        let list = try ListFormatter(locale: LocaleID("fr"), kind: .conjunction, width: .long)
        #expect(list.format(["crème", "thé 🍵", "中文"]) == "crème, thé 🍵 et 中文")
    }
}
