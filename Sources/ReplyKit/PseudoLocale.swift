public import Intl
import MessageFormat
import MessageFormatSyntax

/// The pseudo-locales: any template renders in them without translation files, so that a team
/// sees what its replies will face before a translator is involved. They follow the conventions
/// of Android and Chrome:
///
/// - `en-XA` (accented): each ASCII letter of the source text becomes an accented look-alike,
///   and each message is padded with filler words by at least 40% of its text's length and
///   bracketed (`[Ŵé ŕéƒûñðéð {$refund}. one two]`), so text that was never made translatable,
///   a message cut short or pieced together, and a layout or channel without room for longer
///   languages all show.
/// - `ar-XB` (bidi): each run of the source text is wrapped in RIGHT-TO-LEFT OVERRIDE … POP
///   DIRECTIONAL FORMATTING (U+202E … U+202C) and the reply's direction is right to left
///   (`dir="rtl"` in HTML), so it lays out mirrored, as a right-to-left language would.
///
/// Only the literal text of the source locale's messages changes: placeholders and the case
/// values they show, markup, declarations and variant keys never do. Numbers, dates, plurals and
/// lists format as ICU formats the requested tag; ICU has no data of its own for the pseudo
/// regions, so it uses `en` for `en-XA` and `ar` (Arabic-Indic digits, Arabic plural rules) for
/// `ar-XB`. A render in a pseudo-locale is never a fallback, and strict mode accepts it.
public enum PseudoLocale: String, CaseIterable, Sendable {
    /// `en-XA`: accented, about 40% longer, bracketed.
    case accented = "en-XA"
    /// `ar-XB`: right to left, mirrored.
    case bidi = "ar-XB"

    /// The pseudo-locale `locale` asks for (`en-XA`, `en-Latn-XA`, `en-XA-u-nu-arab`), or nil.
    public init?(_ locale: LocaleID) {
        switch (locale.language, locale.region) {
        case ("en", "XA"): self = .accented
        case ("ar", "XB"): self = .bidi
        default: return nil
        }
    }

    /// The locale of the pseudo-locale's text (`en-XA`, `ar-XB`).
    public var locale: LocaleID {
        switch self {
        case .accented: Self.accentedLocale
        case .bidi: Self.bidiLocale
        }
    }

    private static let accentedLocale = (try? LocaleID("en-XA")) ?? .root
    private static let bidiLocale = (try? LocaleID("ar-XB")) ?? .root

    /// `message` in the pseudo-locale: the text of each pattern transformed, everything else kept.
    func transform(_ message: Message) -> Message {
        message.mappingPatterns { pattern in
            switch self {
            case .accented: Self.accented(pattern)
            case .bidi: Self.mirrored(pattern)
            }
        }
    }

    /// Letters accented, whole filler words adding at least 40% of the text's length, brackets.
    private static func accented(_ pattern: Pattern) -> Pattern {
        let length = pattern.text.count
        let accented = pattern.mappingText { text in String(text.map { accents[$0] ?? $0 }) }
        return accented.wrapped(prefix: "[", suffix: filler(atLeast: (length * 2 + 4) / 5) + "]")
    }

    /// Each line of each text part (embeddings end at a line break) overridden right to left.
    private static func mirrored(_ pattern: Pattern) -> Pattern {
        pattern.mappingText { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.allSatisfy(\.isWhitespace) ? String(line) : "\u{202E}" + line + "\u{202C}"
            }.joined(separator: "\n")
        }
    }

    /// ` one two three…`: whole words, each after a space, at least `count` characters.
    private static func filler(atLeast count: Int) -> String {
        var filler = ""
        var index = 0
        while filler.count < count {
            filler += " " + fillerWords[index % fillerWords.count]
            index += 1
        }
        return filler
    }

    private static let fillerWords = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]

    /// ASCII letters and their accented look-alikes (the table Google's pseudo-localizers use;
    /// ICU has no such data). Every letter keeps its case and stays one character.
    private static let accents: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented))
    }()
}

extension CompiledBlock {
    /// The block's message for `chain`, or, for a pseudo-locale, the source locale's message
    /// transformed and compiled for it (made once).
    func message(in chain: [LocaleID], pseudo: PseudoLocale?, source: LocaleID)
        -> (locale: LocaleID, formatter: MessageFormatter)?
    {
        guard let pseudo else { return message(in: chain) }
        guard let (_, base) = message(in: [source]) else { return nil }
        return (pseudo.locale, formatter(base, text: pseudo.locale, formatting: pseudo.locale, transform: pseudo.transform))
    }
}
