/// Text as tone rules compare it: whitespace runs read as one space, curly apostrophes as `'`,
/// Arabic diacritics and tatweel left out and Arabic alef forms, `ى`/`ي` and `ة`/`ه` read as one,
/// invisible format characters left out, and (unless case-sensitive) letters lowercased. Each
/// compared scalar remembers the UTF-8 range of the scalar of the original text it came from.
struct ToneFoldedText {
    var scalars: [Unicode.Scalar] = []
    /// UTF-8 offset in the original text where the scalar at the same index came from.
    var starts: [Int] = []
    /// The original text's UTF-8 length.
    let length: Int

    init(_ text: String, caseSensitive: Bool) {
        var offset = 0
        var lastWasSpace = false
        length = text.utf8.count
        scalars.reserveCapacity(length)
        starts.reserveCapacity(length)
        for scalar in text.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            let value = scalar.value
            if value < 0x80 {
                // ASCII, the bulk of most text: no property lookups.
                if value == 0x20 || (0x09...0x0D).contains(value) {
                    if !lastWasSpace { append(" ", offset) }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                    append(!caseSensitive && (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar, offset)
                }
                continue
            }
            if Self.isPlainLetter(scalar) {
                lastWasSpace = false
                append(scalar, offset)
                continue
            }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { append(" ", offset) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            ToneFoldedText.fold(scalar, caseSensitive: caseSensitive) { append($0, offset) }
        }
    }

    @inline(__always)
    private mutating func append(_ scalar: Unicode.Scalar, _ offset: Int) {
        scalars.append(scalar)
        starts.append(offset)
    }

    /// Where the original text of the compared scalar at `index` ends: where the next one's
    /// starts, so that left-out diacritics after a letter belong to it.
    func end(of index: Int) -> Int {
        var next = index + 1
        while next < starts.count, starts[next] == starts[index] { next += 1 }
        return next < starts.count ? starts[next] : length
    }

    /// Kana, CJK ideographs, Hangul syllables and Arabic letters other than those folded: no case,
    /// no whitespace, nothing to leave out (a fast path that needs no property lookups).
    @inline(__always)
    static func isPlainLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
            0x0624, 0x0626...0x0628, 0x062A...0x063A, 0x0641...0x0648, 0x064A, 0x0660...0x0669, 0x0672...0x06D3:
            return true
        default:
            return false
        }
    }

    /// The scalars `scalar` compares as (none, one, or several for some lowercase mappings).
    static func fold(_ scalar: Unicode.Scalar, caseSensitive: Bool, _ emit: (Unicode.Scalar) -> Void) {
        switch scalar.value {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED, 0x0640:
            return  // Arabic harakat, Quranic marks and tatweel: optional in writing
        case 0x0622, 0x0623, 0x0625, 0x0671:
            emit("\u{0627}")  // آ أ إ ٱ → ا
            return
        case 0x0649:
            emit("\u{064A}")  // ى → ي
            return
        case 0x0629:
            emit("\u{0647}")  // ة → ه
            return
        case 0x2018, 0x2019, 0x02BC, 0xFF07:
            emit("'")
            return
        default:
            break
        }
        if scalar.properties.generalCategory == .format { return }  // ZWJ, ZWNJ, bidi controls, soft hyphen
        if caseSensitive || !scalar.properties.changesWhenLowercased {
            emit(scalar)
        } else {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { emit(lower) }
        }
    }

    /// A letter, digit or mark: part of a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar):
    /// phrases in them match anywhere, as substrings.
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F,
            0x20000...0x2FFFF, 0x3005, 0x3006, 0x3007,
            0x0E00...0x0EFF, 0x1780...0x17FF, 0x1000...0x109F:
            return true
        default:
            return false
        }
    }

    /// A word character of a script that separates words with spaces: phrase edges must not touch one.
    static func isSpacedWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isWordScalar(scalar) && !isUnspaced(scalar)
    }
}

/// Where a phrase was found: a UTF-8 range of the original text, and which phrase.
struct ToneMatch: Hashable {
    var start: Int
    var end: Int
    var token: Int
}

/// Phrases compiled for matching: case-insensitive unless asked, whole words in space-separated
/// scripts (`must` does not match `mustard`), substrings in Chinese and Japanese; a `*` at a
/// phrase's start or end stands for the rest of the word (`refund*` matches `refunded`).
struct ToneTokenSet: Sendable {
    struct Token: Sendable {
        var scalars: [Unicode.Scalar]
        var extendStart: Bool
        var extendEnd: Bool
        var checkStart: Bool
        var checkEnd: Bool
        /// Index in the list the set was built from.
        var index: Int
    }

    let caseSensitive: Bool
    /// Tokens by their first scalar, longest first: ASCII ones in a table, the others in a map.
    private var byFirst: [Unicode.Scalar: [Token]] = [:]
    private var byASCII: [[Token]] = Array(repeating: [], count: 128)
    /// Bit `value % 1024` is set when some token starts with a non-ASCII scalar of that value:
    /// most text scalars are rejected without a map lookup.
    private var nonASCIIFilter = [UInt64](repeating: 0, count: 16)
    let isEmpty: Bool

    init(_ phrases: [String], caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
        var compiled = 0
        for (index, phrase) in phrases.enumerated() {
            var core = Substring(phrase)
            let extendStart = core.hasPrefix("*")
            if extendStart { core = core.dropFirst() }
            let extendEnd = core.hasSuffix("*")
            if extendEnd { core = core.dropLast() }
            let folded = ToneFoldedText(String(core), caseSensitive: caseSensitive).scalars
            // Spaces at the ends of a folded phrase never match usefully: trim them.
            var slice = folded[...]
            while slice.first == " " { slice = slice.dropFirst() }
            while slice.last == " " { slice = slice.dropLast() }
            guard let first = slice.first, let last = slice.last else { continue }
            let token = Token(
                scalars: Array(slice), extendStart: extendStart, extendEnd: extendEnd,
                checkStart: ToneFoldedText.isSpacedWordScalar(first),
                checkEnd: ToneFoldedText.isSpacedWordScalar(last), index: index)
            byFirst[first, default: []].append(token)
            if first.value >= 0x80 { nonASCIIFilter[Int(first.value & 1023) >> 6] |= 1 << UInt64(first.value & 63) }
            compiled += 1
        }
        for key in byFirst.keys {
            byFirst[key]!.sort { $0.scalars.count > $1.scalars.count }
            if key.value < 0x80 { byASCII[Int(key.value)] = byFirst.removeValue(forKey: key)! }
        }
        isEmpty = compiled == 0
    }

    /// Every match in `text`, leftmost-longest, not overlapping.
    func matches(in text: ToneFoldedText) -> [ToneMatch] {
        var found: [ToneMatch] = []
        let scalars = text.scalars
        let count = scalars.count
        var lastEnd = 0
        var i = 0
        while i < count {
            var matched: (start: Int, end: Int, token: Int)?
            let first = scalars[i]
            let candidates: [Token]
            if first.value < 0x80 {
                candidates = byASCII[Int(first.value)]
            } else if nonASCIIFilter[Int(first.value & 1023) >> 6] & (1 << UInt64(first.value & 63)) != 0 {
                candidates = byFirst[first] ?? []
            } else {
                candidates = []
            }
            if !candidates.isEmpty {
                for token in candidates {
                    let length = token.scalars.count
                    guard i + length <= count else { continue }
                    var equal = true
                    for k in 1..<length where scalars[i + k] != token.scalars[k] {
                        equal = false
                        break
                    }
                    guard equal else { continue }
                    if token.checkStart, !token.extendStart, i > 0, ToneFoldedText.isSpacedWordScalar(scalars[i - 1]) { continue }
                    if token.checkEnd, !token.extendEnd, i + length < count,
                        ToneFoldedText.isSpacedWordScalar(scalars[i + length])
                    {
                        continue
                    }
                    var start = i
                    var end = i + length
                    if token.extendStart {
                        while start > lastEnd, ToneFoldedText.isSpacedWordScalar(scalars[start - 1]) { start -= 1 }
                    }
                    if token.extendEnd {
                        while end < count, ToneFoldedText.isSpacedWordScalar(scalars[end]) { end += 1 }
                    }
                    matched = (start, end, token.index)
                    break
                }
            }
            if let matched {
                found.append(
                    ToneMatch(start: text.starts[matched.start], end: text.end(of: matched.end - 1), token: matched.token))
                lastEnd = matched.end
                i = matched.end
            } else {
                i += 1
            }
        }
        return found
    }
}

/// Words written in capitals.
enum ToneCapitals {
    /// Words of Latin, Greek or Cyrillic capitals with more than `maxLength` letters and no digit
    /// (`4XL` is a size, not shouting), except `exceptions`; as UTF-8 ranges of `text`.
    static func words(in text: String, maxLength: Int, exceptions: Set<String>) -> [(start: Int, end: Int)] {
        // Most text has no run of capitals that long: find out cheaply first.
        var capitals = 0
        var longest = 0
        for scalar in text.unicodeScalars {
            if isApostrophe(scalar) { continue }  // DON'T
            let isCapital =
                scalar.value < 0x80
                ? (0x41...0x5A).contains(scalar.value)
                : isCasedScript(scalar) && scalar.properties.isUppercase
            capitals = isCapital ? capitals + 1 : 0
            longest = max(longest, capitals)
        }
        guard longest > maxLength else { return [] }
        var found: [(start: Int, end: Int)] = []
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var i = 0
        while i < scalars.count {
            guard ToneFoldedText.isWordScalar(scalars[i]) else {
                i += 1
                continue
            }
            var end = i
            while end < scalars.count {
                if ToneFoldedText.isWordScalar(scalars[end]) {
                    end += 1
                } else if isApostrophe(scalars[end]), end + 1 < scalars.count, scalars[end + 1].properties.isAlphabetic, end > i {
                    end += 1
                } else {
                    break
                }
            }
            let word = scalars[i..<end]
            let letters = word.filter { $0.properties.isAlphabetic }
            let shouting =
                letters.count > maxLength
                && !word.contains { $0.properties.numericType != nil }
                && letters.allSatisfy { isCasedScript($0) && $0.properties.isUppercase }
            if shouting, !exceptions.contains(String(String.UnicodeScalarView(word))) {
                found.append((offsets[i], offsets[end]))
            }
            i = end
        }
        return found
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Latin, Greek or Cyrillic letters.
    static func isCasedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A,
            0xFF41...0xFF5A,
            0x370...0x3FF, 0x1F00...0x1FFF,
            0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
            return true
        default:
            return false
        }
    }
}
