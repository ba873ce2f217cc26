extension DirectoryReader {
    /// The text of the catalog file at `relative`, or nil after reporting why it is not read:
    /// missing, not a regular file, a symbolic link out of the catalog, larger than
    /// ``CatalogLimits/fileBytes``, or not UTF-8.
    public mutating func read(_ relative: String) -> String? {
        let found = entry(relative)
        guard found == .file else {
            report(relative, found)
            return nil
        }
        let bytes: [UInt8]
        switch FileStatus.contents(of: absolute(relative), limit: CatalogLimits.fileBytes) {
        case .bytes(let read):
            bytes = read
        case .failed(let reason):
            report(relative, "cannot read the file: \(reason)")
            return nil
        case .special(let kind):
            report(relative, .special(kind: kind))
            return nil
        case .tooLarge(let size):
            report(
                relative,
                "the file is larger than \(CatalogLimits.fileBytesText) (\(size) bytes), the limit for a catalog file, so it is not read; split it into smaller files"
            )
            return nil
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            let position = SourceText(String(decoding: bytes[..<bad], as: UTF8.self)).position(ofOffset: bad)
            problems.append(
                CatalogProblem(
                    .io, file: relative, line: position.line, column: position.column,
                    "the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) here); save it as UTF-8"
                ))
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
