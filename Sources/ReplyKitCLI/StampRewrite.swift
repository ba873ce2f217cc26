/// Sets the `@` stamps on block lines of a translation file, changing no other byte: line ends
/// (LF, CR LF or CR), a byte-order mark, trailing spaces and every line that is not named stay
/// exactly as they were.
enum StampRewrite {
    /// A named line that is not a block line whose stamp can be set.
    struct Problem: Error, Equatable {
        var line: Int
        var message: String
    }

    /// `bytes` with the stamp of each line in `stamps` (1-based line number → 8 hex digits) set:
    /// the `@…` after `[id]` is replaced, or ` @hash` is added right after `]` when there is none.
    /// Lines are counted as the catalog reads them (CR LF and a lone CR each end one line).
    static func rewrite(_ bytes: [UInt8], stamps: [Int: String]) throws(Problem) -> [UInt8] {
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        var lineNumber = 1
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while true {
            let atEnd = index == bytes.count
            if atEnd || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if let hash = stamps[lineNumber] {
                    edits.append(try edit(bytes, line: start..<index, number: lineNumber, hash: hash))
                }
                if atEnd { break }
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                lineNumber += 1
                start = index + 1
            }
            index += 1
        }
        if let missing = stamps.keys.filter({ $0 >= lineNumber + 1 || $0 < 1 }).min() {
            throw Problem(line: missing, message: "the file has no line \(missing)")
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16 * edits.count)
        var copied = 0
        for edit in edits {
            result += bytes[copied..<edit.range.lowerBound]
            result += edit.replacement
            copied = edit.range.upperBound
        }
        result += bytes[copied...]
        return result
    }

    /// The edit that sets the stamp of the block line at `line` (its bytes without the line end).
    private static func edit(
        _ bytes: [UInt8], line: Range<Int>, number: Int, hash: String
    ) throws(Problem) -> (range: Range<Int>, replacement: [UInt8]) {
        let space: Set<UInt8> = [0x20, 0x09]
        guard line.lowerBound < line.upperBound, bytes[line.lowerBound] == UInt8(ascii: "["),
            let close = bytes[line].firstIndex(of: UInt8(ascii: "]")),
            !bytes[(line.lowerBound + 1)..<close].contains(where: { space.contains($0) || $0 == UInt8(ascii: "@") })
        else {
            throw Problem(line: number, message: "line \(number) is not a block line '[id]'; fix it, then stamp again")
        }
        var end = line.upperBound
        while end > close + 1, space.contains(bytes[end - 1]) { end -= 1 }
        let stamp = Array("@\(hash)".utf8)
        var at = close + 1
        while at < end, space.contains(bytes[at]) { at += 1 }
        if at == end { return (close + 1..<close + 1, [0x20] + stamp) }
        guard bytes[at] == UInt8(ascii: "@") else {
            let written = String(decoding: bytes[at..<end], as: UTF8.self)
            throw Problem(
                line: number,
                message:
                    "line \(number) has '\(written)' after the block id where only an '@' stamp may be; fix the line ('replykit lint' says how), then stamp again"
            )
        }
        // `[id]@…` lacks the space a stamp needs: it is written with one.
        return at == close + 1 ? (at..<end, [0x20] + stamp) : (at..<end, stamp)
    }
}
