/// Finds what channel packs forbid in literal text: links, e-mail addresses, phone numbers and
/// emoji. Each scan returns UTF-8 ranges of the text, in order.
enum ChannelTextScan {
    /// `https://…`, `http://…` and `www.…` up to the next space, without trailing punctuation,
    /// with the host each names.
    static func links(in text: String) -> [(range: Range<Int>, host: String)] {
        let bytes = Array(text.utf8)
        var found: [(Range<Int>, String)] = []
        var index = 0
        while index < bytes.count {
            let rest = bytes[index...]
            let start = index
            var hostStart: Int?
            for prefix in ["https://", "http://", "www."] where hasPrefix(rest, prefix) {
                hostStart = prefix == "www." ? index : index + prefix.utf8.count
                break
            }
            guard let hostStart, start == 0 || !isWordByte(bytes[start - 1]) else {
                index += 1
                continue
            }
            var end = hostStart
            while end < bytes.count, bytes[end] > 0x20, !"\"<>)]}»".utf8.contains(bytes[end]) { end += 1 }
            while end > hostStart, ".,;:!?'".utf8.contains(bytes[end - 1]) { end -= 1 }
            var hostEnd = hostStart
            while hostEnd < end, !"/?#:".utf8.contains(bytes[hostEnd]) { hostEnd += 1 }
            if hostEnd > hostStart {
                found.append((start..<end, String(decoding: bytes[hostStart..<hostEnd], as: UTF8.self).lowercased()))
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// Whether `host` is one of `allowed` hosts or a subdomain of one (`www.` ignored).
    static func isAllowed(host: String, _ allowed: [String]) -> Bool {
        let host = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        return allowed.contains { host == $0.lowercased() || host.hasSuffix("." + $0.lowercased()) }
    }

    /// `name@example.com`: letters, digits and `._%+-` before the `@`, a domain with a dot after it.
    static func emailAddresses(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var found: [Range<Int>] = []
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") {
            var start = at
            while start > 0, isWordByte(bytes[start - 1]) || "._%+-".utf8.contains(bytes[start - 1]) { start -= 1 }
            var end = at + 1
            while end < bytes.count, isWordByte(bytes[end]) || "-.".utf8.contains(bytes[end]) { end += 1 }
            while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            let domain = bytes[(at + 1)..<end]
            guard start < at, let dot = domain.lastIndex(of: UInt8(ascii: ".")), dot > at + 1, dot < end - 1 else { continue }
            if let last = found.last, last.overlaps(start..<end) { continue }
            found.append(start..<end)
        }
        return found
    }

    /// A phone number: an optional `+`, then digits in groups separated by one space, `-`, `.`,
    /// `/` or parentheses, seven digits or more in all.
    static func phoneNumbers(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let opens = byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") || isDigit(byte)
            guard opens, index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            var lastDigitEnd = index
            var separators = 0
            while end < bytes.count {
                let b = bytes[end]
                if isDigit(b) {
                    digits += 1
                    separators = 0
                    lastDigitEnd = end + 1
                } else if " -./()".utf8.contains(b) || (b == UInt8(ascii: "+") && end == index) {
                    separators += 1
                    if separators > 2 { break }
                } else {
                    break
                }
                end += 1
            }
            let followedByWord = lastDigitEnd < bytes.count && isWordByte(bytes[lastDigitEnd])
            if digits >= 7, !followedByWord { found.append(index..<lastDigitEnd) }
            index = max(lastDigitEnd, index + 1)
        }
        return found
    }

    /// Emoji: characters shown as emoji by default, or followed by the emoji variation selector
    /// U+FE0F, and regional-indicator flags.
    static func emoji(in text: String) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var offset = 0
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            defer { offset += UTF8.width(scalar) }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let isEmoji =
                scalar.properties.isEmojiPresentation || (0x1F1E6...0x1F1FF).contains(scalar.value)
                || (scalar.properties.isEmoji && next == "\u{FE0F}" && scalar.value > 0x7F)
            if isEmoji { found.append(offset..<(offset + UTF8.width(scalar))) }
        }
        return found
    }

    private static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ prefix: String) -> Bool {
        guard bytes.count >= prefix.utf8.count else { return false }
        return zip(bytes, prefix.utf8).allSatisfy { a, b in a == b || (a >= 0x41 && a <= 0x5A && a + 0x20 == b) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// ASCII letters and digits, and every byte of a non-ASCII character (a letter, most often).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }
}
