/// A span of message source, as UTF-8 byte offsets `[start, end)` from the start of the source.
///
/// Line and column are computed only when a diagnostic is shown: see ``SourceLocation``.
public struct SourceRange: Hashable, Sendable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a range; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }
}

/// A 1-based line and column in a source text. Columns count Unicode scalars.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number; lines end at LF, CR LF or CR.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location of UTF-8 byte `offset` in `source` (clamped to the source).
    public init(offset: Int, in source: String) {
        var line = 1
        var column = 1
        var index = 0
        var previousWasCR = false
        for byte in source.utf8 {
            if index >= offset { break }
            index += 1
            if byte == 0x0A {
                if !previousWasCR { line += 1 }
                column = 1
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            if previousWasCR {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    /// `line:column`, both 1-based.
    public var description: String { "\(line):\(column)" }
}
