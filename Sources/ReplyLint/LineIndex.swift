/// Where the lines of one file start, computed once per file, so that the line and column of a
/// finding cost a binary search and a short count instead of a scan from the file's start (which
/// made rules quadratic in the findings of one file).
///
/// Lines end at LF, CR LF or CR, and columns count Unicode scalars from 1, as `SourceLocation`
/// counts them.
struct LineIndex: Sendable {
    private let bytes: [UInt8]
    /// UTF-8 offset of the first byte of each line.
    private let starts: [Int]
    /// `scalarsBefore[k]`: the number of scalars in the first `k * stride` bytes.
    private let scalarsBefore: [Int]
    private static let stride = 64

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var scalarsBefore = [0]
        var scalars = 0
        for (offset, byte) in bytes.enumerated() {
            if offset > 0, offset % Self.stride == 0 { scalarsBefore.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            let next = offset + 1 < bytes.count ? bytes[offset + 1] : nil
            if byte == 0x0A || (byte == 0x0D && next != 0x0A) { starts.append(offset + 1) }
        }
        if bytes.count > 0, bytes.count % Self.stride == 0 { scalarsBefore.append(scalars) }
        self.starts = starts
        self.scalarsBefore = scalarsBefore
    }

    /// The size of the text in UTF-8 bytes.
    var byteCount: Int { bytes.count }

    /// The 1-based line and column of UTF-8 `offset` (clamped to the text).
    func location(ofOffset offset: Int) -> (line: Int, column: Int) {
        var offset = min(max(offset, 0), bytes.count)
        // Between the CR and the LF of a CR LF: the next line starts there.
        if offset > 0, offset < bytes.count, bytes[offset - 1] == 0x0D, bytes[offset] == 0x0A { offset += 1 }
        let line = lineIndex(containing: offset)
        return (line + 1, scalars(before: offset) - scalars(before: starts[line]) + 1)
    }

    /// Line `number` (1-based) without its line end, as Unicode scalars; empty past the end.
    func line(_ number: Int) -> [Unicode.Scalar] {
        guard number >= 1, number <= starts.count else { return [] }
        var end = number < starts.count ? starts[number] : bytes.count
        while end > starts[number - 1], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return Array(String(decoding: bytes[starts[number - 1]..<end], as: UTF8.self).unicodeScalars)
    }

    /// The index of the last line starting at or before `offset`.
    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The number of scalars that start before UTF-8 `offset`.
    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / Self.stride
        var count = scalarsBefore[checkpoint]
        for index in (checkpoint * Self.stride)..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
