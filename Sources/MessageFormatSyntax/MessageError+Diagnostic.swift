extension MessageError {
    /// The line and column where the error's range starts in `source`, if it has a range.
    public func location(in source: String) -> SourceLocation? {
        range.map { SourceLocation(offset: $0.start, in: source) }
    }

    /// A compiler-style diagnostic: `file:line:column: error: message`, then the source line and
    /// a caret under the error (`^~~~` under a range of several characters on that line).
    ///
    /// ```
    /// greeting.mf2:1:13: error: syntax error: expected '}' to close the placeholder opened at 1:7, found end of message
    /// hello {world
    ///             ^
    /// ```
    ///
    /// The caret is aligned by Unicode scalars, and tabs in the line are kept as tabs so that it
    /// lines up in a terminal. The file prefix is left out when `file` is nil; an error without a
    /// range gets only the first line.
    public func rendered(source: String, file: String? = nil) -> String {
        let prefix = file.map { "\($0):" } ?? ""
        guard let range else { return "\(prefix)\(prefix.isEmpty ? "" : " ")error: \(message)" }
        let location = SourceLocation(offset: range.start, in: source)
        let header = "\(prefix)\(location.line):\(location.column): error: \(message)"

        let bytes = Array(source.utf8)
        let start = min(max(range.start, 0), bytes.count)
        var lineStart = start
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }

        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        var marker = ""
        for scalar in String(decoding: bytes[lineStart..<start], as: UTF8.self).unicodeScalars {
            marker.append(scalar == "\t" ? "\t" : " ")
        }
        marker.append("^")
        let markedEnd = min(max(range.end, start), lineEnd)
        let markedCount = String(decoding: bytes[start..<markedEnd], as: UTF8.self).unicodeScalars.count
        if markedCount > 1 { marker.append(String(repeating: "~", count: markedCount - 1)) }
        return header + "\n" + line + "\n" + marker
    }
}

extension MessageErrors {
    /// Every error rendered with ``MessageError/rendered(source:file:)``, one after the other.
    public func rendered(source: String, file: String? = nil) -> String {
        errors.map { $0.rendered(source: source, file: file) }.joined(separator: "\n")
    }
}
