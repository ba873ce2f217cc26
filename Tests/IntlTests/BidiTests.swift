import Testing

@testable import Intl

@Suite struct BidiTests {
    @Test(arguments: [
        ("Hello", TextDirection.leftToRight), ("שלום", .rightToLeft), ("مرحبا", .rightToLeft),
        ("123 !?", .neutral), ("", .neutral), ("123 שלום abc", .rightToLeft), ("  مرحبا hello", .rightToLeft),
        ("«Bonjour»", .leftToRight), ("42 €", .neutral), ("٣ أيام", .rightToLeft), ("日本語", .leftToRight),
        ("\u{200F}abc", .rightToLeft), ("(1) Zoë", .leftToRight),
    ])
    func firstStrongDirection(text: String, expected: TextDirection) {
        #expect(Bidi.firstStrongDirection(of: text) == expected)
    }
}
