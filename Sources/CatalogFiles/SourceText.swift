/// The UTF-8 bytes of one file split into lines, with positions.
///
/// Line ends never matter: CR LF and a lone CR are read as LF, so a file checked out with any
/// line ends has the same `text` (block texts, hashes, output) and the same line and column for
/// every position. A byte-order mark at the very start is not part of line 1 (columns on line 1
/// start after it).
struct SourceText {
    /// One line: `start..<end` is its content without the terminator; `next` is where the next line starts.
    struct Line {
        var start: Int
        var end: Int
        var next: Int
    }

    /// The file's text with LF line ends.
    let text: String
    let bytes: [UInt8]
    let lines: [Line]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.contains(0x0D) {
            bytes = Self.withLineFeeds(bytes)
            self.text = String(decoding: bytes, as: UTF8.self)
        } else {
            self.text = text
        }
        self.bytes = bytes
        var lines: [Line] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A {
                lines.append(Line(start: start, end: index, next: index + 1))
                start = index + 1
            }
            index += 1
        }
        lines.append(Line(start: start, end: bytes.count, next: bytes.count))
        self.lines = lines
    }

    /// `bytes` with every CR LF and every lone CR replaced by LF.
    static func withLineFeeds(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(bytes[index])
            }
            index += 1
        }
        return result
    }

    /// The content of line `index` (0-based), without its terminator.
    func content(_ index: Int) -> String {
        string(lines[index].start..<lines[index].end)
    }

    /// The text of a byte range (which falls on scalar boundaries).
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Whether line `index` is empty or only spaces and tabs.
    func isBlank(_ index: Int) -> Bool {
        bytes[lines[index].start..<lines[index].end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The 1-based position of byte `offset` (clamped to the text).
    func position(ofOffset offset: Int) -> Position {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        let line = lines[low]
        var column = 1
        var index = line.start
        while index < min(offset, line.end) {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return Position(line: low + 1, column: column)
    }

    /// The UTF-8 offset of the `column`-th scalar (1-based) of line `index` (0-based).
    func offset(line index: Int, column: Int) -> Int {
        let line = lines[index]
        var remaining = column - 1
        var offset = line.start
        while remaining > 0, offset < line.end {
            offset += 1
            while offset < line.end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }
}

/// The first byte of `bytes` that is not part of valid UTF-8, if any.
func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
        let b0 = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b0 {
        case 0x00...0x7F:
            index += 1
            continue
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return index
        }
        guard index + length <= bytes.count else { return index }
        if !(low...high).contains(bytes[index + 1]) { return index }
        for k in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + k]) { return index }
        index += length
    }
    return nil
}

extension String {
    /// A String from Unicode scalars, built from their UTF-8 in one step (appending scalars one
    /// by one is several times slower, and block lines are parsed for every block).
    init(scalars: some Collection<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
