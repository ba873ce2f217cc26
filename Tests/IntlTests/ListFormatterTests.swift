import Testing

@testable import Intl

/// Expected strings are ICU 72's ulistfmt_format output.
@Suite struct ListFormatterTests {
    @Test(arguments: [
        ("en", ListFormatter.Kind.conjunction, "a, b, and c", "a and b"),
        ("en", .disjunction, "a, b, or c", "a or b"),
        ("de", .conjunction, "a, b und c", "a und b"),
        ("de", .disjunction, "a, b oder c", "a oder b"),
        ("fr", .conjunction, "a, b et c", "a et b"),
        ("fr", .disjunction, "a, b ou c", "a ou b"),
        ("ja", .conjunction, "a、b、c", "a、b"),
        ("ja", .disjunction, "a、b、またはc", "aまたはb"),
        ("pl", .conjunction, "a, b i c", "a i b"),
        ("pl", .disjunction, "a, b lub c", "a lub b"),
        ("ar", .conjunction, "a وb وc", "a وb"),
        ("ar", .disjunction, "a أو b أو c", "a أو b"),
    ])
    func longLists(locale: String, kind: ListFormatter.Kind, three: String, two: String) throws {
        let formatter = try ListFormatter(locale: LocaleID(locale), kind: kind, width: .long)
        #expect(formatter.format(["a", "b", "c"]) == three)
        #expect(formatter.format(["a", "b"]) == two)
    }

    @Test func widthsAndUnits() throws {
        let en = try LocaleID("en")
        #expect(try ListFormatter(locale: en, kind: .conjunction, width: .short).format(["a", "b", "c"]) == "a, b, & c")
        #expect(try ListFormatter(locale: en, kind: .conjunction, width: .narrow).format(["a", "b", "c"]) == "a, b, c")
        #expect(try ListFormatter(locale: en, kind: .unit, width: .narrow).format(["a", "b", "c"]) == "a b c")
        #expect(try ListFormatter(locale: LocaleID("de"), kind: .unit, width: .narrow).format(["a", "b", "c"]) == "a, b und c")
    }

    @Test func degenerateAndNonASCIIItems() throws {
        let formatter = try ListFormatter(locale: LocaleID("en"), kind: .conjunction, width: .long)
        #expect(formatter.format([]) == "")
        #expect(formatter.format(["solo"]) == "solo")
        #expect(formatter.format(["🍎", "", "Zoë"]) == "🍎, , and Zoë")
        let long = String(repeating: "x", count: 300)
        #expect(formatter.format([long, long]) == long + " and " + long)
    }

    @Test(arguments: [0, 1, 2, 3, 7])
    func itemsByIndexJoinAsTheArrayDoes(count: Int) throws {
        let formatter = try ListFormatter(locale: LocaleID("de"), kind: .conjunction, width: .long)
        let items = ["ein Becher", "zwei Teller", "Zoë", "🍎", "eine Leinentischdecke", "", "x"].prefix(count)
        var asked = Set<Int>()
        let joined = formatter.format(count: count) { index in
            asked.insert(index)
            return items[index]
        }
        #expect(joined == formatter.format(Array(items)))
        #expect(asked == Set(0..<count))
    }

    @Test func cachedIsShared() throws {
        let first = try ListFormatter.cached(locale: LocaleID("fr"), kind: .disjunction, width: .short)
        #expect(try ListFormatter.cached(locale: LocaleID("fr"), kind: .disjunction, width: .short) === first)
    }
}

/// A list in pieces: each item apart from the list's own words, the same text as a whole.
@Suite struct ListPiecesTests {
    @Test(arguments: [
        ("ar", ["Porcelain teapot", "Set of 4 cups"], ["Porcelain teapot", " و", "Set of 4 cups"]),
        ("en", ["a", "b", "c"], ["a", ", ", "b", ", and ", "c"]),
        // ICU's contextual conjunctions: Spanish "y" becomes "e" before an i sound.
        ("es", ["Juan", "Iván"], ["Juan", " e ", "Iván"]),
        ("he", ["תפוח", "בננה"], ["תפוח", " ו", "בננה"]),
        ("ja", ["A", "B", "C"], ["A", "、", "B", "、", "C"]),
        ("de", ["eins"], ["eins"]),
    ])
    func pieces(locale: String, items: [String], expected: [String]) throws {
        let formatter = try ListFormatter(locale: LocaleID(locale), kind: .conjunction, width: .long)
        let pieces = formatter.formatPieces(items)
        #expect(pieces.map(\.text) == expected)
        #expect(pieces.map(\.text).joined() == formatter.format(items))
        #expect(pieces.compactMap(\.item) == Array(items.indices))
    }
}
