import Testing

@testable import Intl

@Suite struct NumberFormatterPluralTests {
    @Test(arguments: [
        ("en", NumericValue.integer(1), 0, "1", "one"), ("en", .integer(1), 1, "1.0", "other"),
        ("en", .double(2.5), 0, "3", "other"), ("pl", .integer(22), 0, "22", "few"),
        ("pl", .integer(1), 1, "1,0", "other"), ("ar", .integer(3), 0, "٣", "few"),
        ("fr", .decimal("1000000"), 0, "1\u{202F}000\u{202F}000", "many"),
    ])
    func textAndCategoryFromOnePass(
        locale: String, value: NumericValue, minimumFractionDigits: Int,
        text: String, category: String
    ) throws {
        var options = NumberFormatOptions()
        options.minimumFractionDigits = minimumFractionDigits
        if minimumFractionDigits == 0 { options.maximumFractionDigits = 0 }
        let id = try LocaleID(locale)
        let formatter = try NumberFormatter(locale: id, options: options)
        let rules = try PluralRules(locale: id, kind: .cardinal)
        let result = formatter.formatWithPluralCategory(value, rules: rules)
        #expect(result.text.string == text)
        #expect(result.category.rawValue == category)
        #expect(result.text.string == formatter.format(value))
        #expect(result.category.rawValue == formatter.pluralCategory(of: value, rules: rules))
    }

    @Test func ordinalRules() throws {
        let id = try LocaleID("en")
        let formatter = try NumberFormatter(locale: id, options: NumberFormatOptions())
        let ordinal = try PluralRules(locale: id, kind: .ordinal)
        #expect(
            [1, 2, 3, 4, 11, 21, 102].map { formatter.pluralCategory(of: .integer($0), rules: ordinal) }
                == ["one", "two", "few", "other", "other", "one", "two"])
    }
}

@Suite struct UTF16TranscodingTests {
    static func transcode(_ units: [UInt16]) -> String {
        units.withUnsafeBufferPointer { makeString(utf16: $0) }
    }

    @Test(arguments: ["", "abc", "1\u{202F}234,5\u{00A0}€", "٢٦٪\u{061C}", "日本語", "🍎 and 🍌", "\u{10FFFF}x"])
    func roundTrips(text: String) {
        #expect(Self.transcode(Array(text.utf16)) == text)
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() {
        #expect(Self.transcode([0x61, 0xD83C, 0x62]) == "a\u{FFFD}b")
        #expect(Self.transcode([0xDC00, 0x61]) == "\u{FFFD}a")
        #expect(Self.transcode([0x61, 0xD83C]) == "a\u{FFFD}")
    }
}

/// A formatted value's text, inline up to 32 bytes of UTF-8 and a String beyond.
@Suite struct FormattedTextTests {
    static func text(_ string: String) -> FormattedText {
        Array(string.utf16).withUnsafeBufferPointer { FormattedText(utf16: $0) }
    }

    static func utf8(_ text: FormattedText) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array($0) }
    }

    // Around the inline capacity: 10 units (written in place), 11 to 32 units (transcoded aside,
    // kept inline if the bytes fit), and past it; with 2- and 3-byte characters crossing 32 bytes.
    @Test(arguments: [
        "", "7", "1,234.5", String(repeating: "9", count: 10), String(repeating: "9", count: 11),
        String(repeating: "8", count: 32), String(repeating: "8", count: 33),
        String(repeating: "é", count: 16), String(repeating: "é", count: 17),
        "1\u{202F}234\u{202F}567,89\u{00A0}€", String(repeating: "٣", count: 20),
        "🍎" + String(repeating: "x", count: 28), "🍎" + String(repeating: "x", count: 29),
        String(repeating: "€", count: 11),
    ])
    func keepsTheTextIntact(string: String) {
        let text = Self.text(string)
        #expect(text.string == string)
        #expect(Self.utf8(text) == Array(string.utf8))
        #expect(text.isEmpty == string.isEmpty)
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() {
        let text = [UInt16]([0x31, 0xD83C, 0x32]).withUnsafeBufferPointer { FormattedText(utf16: $0) }
        #expect(text.string == "1\u{FFFD}2")
    }

    @Test func aStringIsKeptAsItIs() {
        let long = String(repeating: "long text ", count: 10)
        #expect(FormattedText(long).string == long)
        #expect(Self.utf8(FormattedText(long)) == Array(long.utf8))
        #expect(!FormattedText("x").isEmpty)
    }
}
